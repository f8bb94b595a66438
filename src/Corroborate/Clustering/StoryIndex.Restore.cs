namespace Corroborate.Clustering;

/// <summary>Rebuilding a <see cref="StoryIndex"/> from stored assignments (see the class remarks).</summary>
public sealed partial class StoryIndex
{
    /// <summary>
    /// Rebuilds an index from stored assignments, replayed in arrival order (see the class remarks): each
    /// article goes to the story it was placed in, and the same bounded re-check runs after it, so young
    /// stories merge again exactly as they did. Throws <see cref="ArgumentException"/> if an article repeats
    /// or a copy names an original that was not replayed before it.
    /// </summary>
    public static StoryIndex Restore(IEnumerable<StoredStoryAssignment> assignments, StoryClusteringOptions? options = null)
    {
        var index = new StoryIndex(options ?? StoryClusteringOptions.Default);
        var clusterer = new StoryClusterer(index);
        foreach (var stored in assignments)
        {
            clusterer.Replay(stored);
        }

        return index;
    }
}
