using Corroborate.Clustering;
using Corroborate.Storage;

namespace Corroborate.Pipeline;

/// <summary>Reading stories from a store without replaying it: the stories each placement stored (see <see cref="IStoryStore"/>).</summary>
public static class StoredStories
{
    /// <summary>
    /// The store's stories for a reader. A store written by a version that did not keep stories is rebuilt from its
    /// assignments once (the cost of one replay) and its stories stored; every later read costs only what it reads.
    /// </summary>
    public static async Task<IStoryStore> OpenAsync(IArticleStore store, CancellationToken cancellationToken = default)
    {
        var stories = ArticleStores.Stories(store);
        if (!await stories.HasStoriesAsync(cancellationToken).ConfigureAwait(false))
        {
            await IngestPipeline.OpenAsync(store, cancellationToken).ConfigureAwait(false);
        }

        return stories;
    }

    /// <summary>Stores every story of <paramref name="index"/>, and each of <paramref name="storyIds"/> that merged into another as an alias of its survivor.</summary>
    internal static Task FillAsync(IStoryStore store, StoryIndex index, IEnumerable<string> storyIds, CancellationToken cancellationToken)
    {
        var merged = new List<StoryMerge>();
        foreach (var id in storyIds.Distinct(StringComparer.Ordinal))
        {
            if (index.GetStory(id) is { } survivor && survivor.Id != id)
            {
                merged.Add(new StoryMerge(id, survivor.Id));
            }
        }

        return store.FillStoriesAsync([.. index.Stories()], merged, cancellationToken);
    }

    /// <summary>One stored story with its stored articles, read in one query each; null when there is no such story.</summary>
    public static async Task<(Story Story, IReadOnlyDictionary<string, Model.Article> Articles)?> ReadAsync(IStoryStore stories, string storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        if (await stories.GetStoryAsync(storyId, cancellationToken).ConfigureAwait(false) is not { } story)
        {
            return null;
        }

        return (story, await stories.GetArticlesAsync(story.ArticleIds, cancellationToken).ConfigureAwait(false));
    }
}
