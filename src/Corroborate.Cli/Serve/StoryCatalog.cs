using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Cli.Serve;

/// <summary>
/// What the server serves: the store, the one pipeline that places new articles in stories, and a cache of
/// story reports. The store's connection and the story index are not thread-safe, so every use of either
/// goes through one gate (writes are thereby serialised); reads of the story list use an immutable
/// snapshot instead. Extraction is costly, so each story's report is built once and rebuilt only when the
/// story has gained articles.
/// </summary>
public sealed class StoryCatalog : IAsyncDisposable
{
    private readonly IArticleStore _store;
    private readonly IngestPipeline _pipeline;
    private readonly StoryAnalyzer _analyzer;
    private readonly bool _ownsStore;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _extraction = new(1, 1);
    private readonly ConcurrentDictionary<string, Lazy<Task<StoryEntry>>> _reports = new(StringComparer.Ordinal);
    private StorySnapshot _snapshot;
    private long _articlesRead;

    private StoryCatalog(IArticleStore store, IngestPipeline pipeline, StoryAnalyzer analyzer, bool ownsStore, StorySnapshot snapshot)
    {
        (_store, _pipeline, _analyzer, _ownsStore, _snapshot) = (store, pipeline, analyzer, ownsStore, snapshot);
    }

    /// <summary>Opens the catalog over <paramref name="store"/>, restoring the story index; disposing the catalog disposes the store when <paramref name="ownsStore"/>.</summary>
    public static async Task<StoryCatalog> OpenAsync(IArticleStore store, StoryAnalyzer analyzer, bool ownsStore = true, CancellationToken cancellationToken = default)
    {
        var pipeline = await IngestPipeline.OpenAsync(store, cancellationToken).ConfigureAwait(false);
        var summaries = ImmutableDictionary.CreateBuilder<string, ArticleSummary>(StringComparer.Ordinal);
        const int page = 1000;
        for (var offset = 0; ; offset += page)
        {
            var batch = await store.ListAsync(offset, page, cancellationToken).ConfigureAwait(false);
            foreach (var summary in batch)
            {
                summaries[summary.Id] = summary;
            }

            if (batch.Count < page)
            {
                break;
            }
        }

        return new StoryCatalog(store, pipeline, analyzer, ownsStore, Snapshot(pipeline.Stories, summaries.ToImmutable(), 1));
    }

    public StorySnapshot Current => Volatile.Read(ref _snapshot);

    /// <summary>The store under the catalog, for the health probe and metrics.</summary>
    internal IArticleStore Store => _store;

    /// <summary>Time spent so far in each ingest stage of articles posted to this server, for metrics.</summary>
    internal StageTimings Timings => _pipeline.Timings;

    /// <summary>Articles read from documents posted to this catalog since it opened (copies included).</summary>
    internal long ArticlesRead => Interlocked.Read(ref _articlesRead);

    public async Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _store.SearchAsync(query, limit, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The story's report, from the cache while the story has not changed.</summary>
    public async Task<StoryEntry?> GetStoryAsync(string id, CancellationToken cancellationToken)
    {
        if (!Current.ById.TryGetValue(id, out var story))
        {
            return null;
        }

        var key = id + "#" + story.ArticleIds.Length;
        var lazy = _reports.GetOrAdd(key, _ => new Lazy<Task<StoryEntry>>(() => BuildAsync(story)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed build must not stay cached: the next request tries again.
            _reports.TryRemove(new KeyValuePair<string, Lazy<Task<StoryEntry>>>(key, lazy));
            throw;
        }
    }

    /// <summary>Reports of every story (built as needed), for lookups across stories such as an entity's.</summary>
    public async Task<IReadOnlyList<StoryEntry>> AllStoriesAsync(CancellationToken cancellationToken)
    {
        var entries = new List<StoryEntry>();
        foreach (var story in Current.NewestFirst)
        {
            if (await GetStoryAsync(story.Id, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>
    /// Cleans, places and stores one arriving document through the single pipeline, then builds its
    /// story's report at once so that the first reader does not pay for it.
    /// </summary>
    public async Task<(Article Article, string? StoryId)> AddAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        Article article;
        string? storyId;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var articles = await _pipeline.IngestDocumentsAsync([document], cancellationToken).ConfigureAwait(false);
            article = articles[0];
            Interlocked.Increment(ref _articlesRead);
            storyId = _pipeline.Stories.StoryOf(article.Id);
            var current = Current;
            var summaries = current.Articles.ContainsKey(article.Id) ? current.Articles : current.Articles.SetItem(article.Id, Summary(article));
            Volatile.Write(ref _snapshot, Snapshot(_pipeline.Stories, summaries, current.Version + 1));
        }
        finally
        {
            _gate.Release();
        }

        if (storyId is not null)
        {
            DropStale(storyId);
            await GetStoryAsync(storyId, cancellationToken).ConfigureAwait(false);
        }

        return (article, storyId);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsStore)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
        _extraction.Dispose();
    }

    private async Task<StoryEntry> BuildAsync(Story story)
    {
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            foreach (var id in story.ArticleIds)
            {
                if (await _store.GetAsync(id).ConfigureAwait(false) is { } article)
                {
                    articles[id] = article;
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        // Extraction runs outside the store gate (reads go on meanwhile), one story at a time.
        await _extraction.WaitAsync().ConfigureAwait(false);
        try
        {
            var report = await Task.Run(() => _analyzer.Analyze(story, articles)).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            using (var json = ContractJson.Open(buffer, indented: false))
            {
                StoryJsonWriter.Write(json, report);
            }

            return new StoryEntry(story.ArticleIds.Length, report, buffer.ToArray());
        }
        finally
        {
            _extraction.Release();
        }
    }

    private void DropStale(string storyId)
    {
        var prefix = storyId + "#";
        var current = Current.ById.TryGetValue(storyId, out var story) ? prefix + story.ArticleIds.Length : null;
        foreach (var key in _reports.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k != current))
        {
            _reports.TryRemove(key, out _);
        }
    }

    private static StorySnapshot Snapshot(StoryIndex index, ImmutableDictionary<string, ArticleSummary> summaries, long version)
    {
        var stories = index.Stories().ToList();
        var newestFirst = stories
            .Select((story, order) => (story, order))
            .OrderByDescending(x => x.story.LastSeen ?? DateTimeOffset.MinValue)
            .ThenByDescending(x => x.order)
            .Select(x => x.story)
            .ToImmutableArray();
        var storyOfArticle = stories.SelectMany(s => s.ArticleIds.Select(a => KeyValuePair.Create(a, s.Id))).ToFrozenDictionary(StringComparer.Ordinal);
        return new StorySnapshot(version, newestFirst, stories.ToImmutableDictionary(s => s.Id, StringComparer.Ordinal), summaries, storyOfArticle);
    }

    private static ArticleSummary Summary(Article article) =>
        new(article.Id, article.Source, article.Title, article.Outlet, article.Published, article.Language, article.CleanText.Length);
}
