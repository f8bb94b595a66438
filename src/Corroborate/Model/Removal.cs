namespace Corroborate.Model;

/// <summary>Text taken out of an article while reading or cleaning, with the rule that took it.</summary>
public sealed record Removal(string Text, string Reason);
