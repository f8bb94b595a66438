namespace Corroborate.Clustering;

/// <summary>Rebuilding a <see cref="StoryIndex"/> from stored assignments (see the class remarks).</summary>
public sealed partial class StoryIndex
{
    /// <summary>
    /// Rebuilds an index from stored assignments, replayed in arrival order (see the class remarks).
    /// Throws <see cref="ArgumentException"/> if an article repeats or a copy names an original that was
    /// not replayed before it.
    /// </summary>
    public static StoryIndex Restore(IEnumerable<StoredStoryAssignment> assignments, StoryClusteringOptions? options = null)
    {
        var index = new StoryIndex(options ?? StoryClusteringOptions.Default);
        foreach (var stored in assignments)
        {
            if (stored.DuplicateOf is { } original)
            {
                if (!index._storyOfArticle.ContainsKey(original))
                {
                    throw new ArgumentException($"stored copy {stored.Article.Id} names original {original}, which was not replayed before it", nameof(assignments));
                }

                index.AddDuplicate(stored.Article, original);
                continue;
            }

            var fingerprint = index.Duplicates.Fingerprint(stored.Article);
            var features = index.Extractor.Extract(stored.Article);
            if (index._stories.TryGetValue(stored.StoryId, out var story))
            {
                index.Join(story, stored.Article, features, fingerprint, index.Similarity(story, features));
            }
            else
            {
                index.Create(stored.StoryId, stored.Article, features, fingerprint);
            }
        }

        return index;
    }
}
