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

    /// <summary>A stored story's stored articles, in the story's order (copies included), read in one query.</summary>
    public static async Task<Dictionary<string, Model.Article>> ArticlesAsync(IStoryStore stories, Story story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(story);
        var found = await stories.GetArticlesAsync(story.ArticleIds, cancellationToken).ConfigureAwait(false);
        var ordered = new Dictionary<string, Model.Article>(found.Count, StringComparer.Ordinal);
        foreach (var id in story.ArticleIds)
        {
            if (found.TryGetValue(id, out var article))
            {
                ordered[id] = article;
            }
        }

        return ordered;
    }

    /// <summary>
    /// What <c>corroborate story ID</c> shows: one stored story's report, analysed from its stored articles. Costs one
    /// story row, that story's articles and its analysis, whatever the size of the store. Null when there is no such story.
    /// </summary>
    public static async Task<StoredStory?> LoadAsync(IStoryStore stories, StoryAnalyzer analyzer, string storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(analyzer);
        if (await stories.GetStoryAsync(storyId, cancellationToken).ConfigureAwait(false) is not { } story)
        {
            return null;
        }

        var articles = await ArticlesAsync(stories, story, cancellationToken).ConfigureAwait(false);
        return new StoredStory(story, articles, analyzer.Analyze(story, articles, cancellationToken));
    }
}

