namespace Corroborate.Clustering;

/// <summary>Where <see cref="StoryClusterer.Assign"/> placed an article.</summary>
/// <param name="StoryId">The story the article now belongs to.</param>
/// <param name="IsNew">True when the article started this story.</param>
/// <param name="DuplicateOf">Id of the original when the article is an exact or near copy; copies never start a story.</param>
/// <param name="Score">Combined similarity to the story it joined (0 for a new story, 1 for a copy).</param>
public sealed record StoryAssignment(string StoryId, bool IsNew, string? DuplicateOf, double Score);
