using System.Collections.Immutable;
using Corroborate.Clustering;

namespace Corroborate.Storage;

/// <summary>What a batch of placements did to the stories: each changed story as it is now, and the stories merged away.</summary>
public sealed record StoryChanges(ImmutableArray<Story> Changed, ImmutableArray<StoryMerge> Merged)
{
    public static StoryChanges None { get; } = new([], []);

    public bool IsEmpty => Changed.IsEmpty && Merged.IsEmpty;

    /// <summary>
    /// The changes of these placements as the index holds them now: each changed or surviving story once, by its
    /// current id (a story changed early in the batch may have merged into another since).
    /// </summary>
    public static StoryChanges Of(StoryIndex index, IEnumerable<StoryAssignment?> assignments)
    {
        ArgumentNullException.ThrowIfNull(index);
        var merged = ImmutableArray.CreateBuilder<StoryMerge>();
        var changed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            if (assignment is null)
            {
                continue;
            }

            merged.AddRange(assignment.Merges);
            foreach (var id in assignment.ChangedStories.Append(assignment.StoryId).Concat(assignment.Merges.Select(m => m.Into)))
            {
                // The current id only: a snapshot copies the story's articles and ranks its keywords, so each story is
                // snapshotted once per batch, not once per article placed in it.
                if (index.Resolve(id) is { } story && seen.Add(story.Id))
                {
                    changed.Add(story.Id);
                }
            }
        }

        return new([.. changed.Select(id => index.GetStory(id)!)], merged.ToImmutable());
    }
}
