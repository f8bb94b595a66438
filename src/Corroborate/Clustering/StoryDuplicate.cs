namespace Corroborate.Clustering;

/// <summary>An article of a story that copies another article (<paramref name="DuplicateOf"/>, always an original of the same story).</summary>
public sealed record StoryDuplicate(string ArticleId, string DuplicateOf);
