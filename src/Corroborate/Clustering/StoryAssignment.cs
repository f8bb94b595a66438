using System.Collections.Immutable;

namespace Corroborate.Clustering;

/// <summary>Where <see cref="StoryClusterer.Assign"/> placed an article.</summary>
/// <param name="StoryId">
/// The story the clusterer placed the article in: what a store keeps, and what <see cref="StoryIndex.Restore"/>
/// replays. When the placement made that story merge into an older one (<see cref="Merges"/>), the article's
/// story is now the survivor: ask <see cref="StoryIndex.StoryOf"/> for the current one.
/// </param>
/// <param name="IsNew">True when the article started this story.</param>
/// <param name="DuplicateOf">Id of the original when the article is an exact or near copy; copies never start a story.</param>
/// <param name="Score">Combined similarity to the story it joined (0 for a new story, 1 for a copy).</param>
public sealed record StoryAssignment(string StoryId, bool IsNew, string? DuplicateOf, double Score)
{
    /// <summary>Young stories merged because of this placement, in the order they merged (usually none).</summary>
    public ImmutableArray<StoryMerge> Merges { get; init; } = [];

    /// <summary>
    /// Every story whose articles changed with this placement, by its current id: the one the article is in
    /// now, and any the re-check moved articles out of or into. Reports of these need rebuilding.
    /// </summary>
    public ImmutableArray<string> ChangedStories { get; init; } = [];

    /// <summary>Equal when every field is, the lists compared item by item (not by reference).</summary>
    public bool Equals(StoryAssignment? other) =>
        other is not null && StoryId == other.StoryId && IsNew == other.IsNew && DuplicateOf == other.DuplicateOf && Score.Equals(other.Score)
        && Merges.SequenceEqual(other.Merges) && ChangedStories.SequenceEqual(other.ChangedStories);

    public override int GetHashCode() => HashCode.Combine(StoryId, IsNew, DuplicateOf, Score, Merges.Length, ChangedStories.Length);
}
