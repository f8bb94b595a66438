namespace Corroborate.Storage;

/// <summary>
/// One article matching a full-text search. <see cref="Snippet"/> is a piece of the clean text around the
/// match with the matched words between '[' and ']' (untrusted article text: escape it before showing it).
/// </summary>
/// <param name="Score">Higher is a better match; comparable only within one search.</param>
public sealed record SearchHit(string ArticleId, string? Title, string Snippet, double Score);
