using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>A fact about an entity the text states (its role, its country), with where it says so.</summary>
public sealed record EntityAttribute(string Name, string Value, string ArticleId, TextSpan Span);
