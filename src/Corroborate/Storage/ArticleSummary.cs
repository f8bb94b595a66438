namespace Corroborate.Storage;

/// <summary>One line of an article listing.</summary>
public sealed record ArticleSummary(string Id, string Source, string? Title, string? Outlet, DateTimeOffset? Published, string Language, int Length);
