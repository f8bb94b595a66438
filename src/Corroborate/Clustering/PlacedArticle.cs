namespace Corroborate.Clustering;

/// <summary>What the index remembers of every placed article: enough to move it, with its copies, between stories.</summary>
internal sealed record PlacedArticle(string Id, long Arrival, DateTimeOffset? Time, string? Outlet, string? Title);
