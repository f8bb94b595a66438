using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Cli.Serve;

/// <summary>
/// What the server serves: the stored stories (read from the store, never replayed), their reports, and the one
/// pipeline that places posted articles in stories (its story index is rebuilt on the first post only). The store's
/// connection is not thread-safe, so every use of it goes through one gate (writes are thereby serialised); reads
/// of the story list use an immutable snapshot instead, refreshed every <see cref="PollInterval"/> from the stories
/// written since (by this server or by workers sharing the store). Extraction is costly, so each story's report is
/// built once per article set, and stored; a stored report of the same article set is served without building.
/// </summary>
internal sealed class StoryCatalog : IAsyncDisposable
{
    private readonly IArticleStore _store;
    private readonly IStoryStore _stories;
    private readonly IReportStore _storedReports;
    private readonly StoryAnalyzer _analyzer;
    private readonly bool _ownsStore;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _extraction = new(1, 1);
    private readonly ConcurrentDictionary<string, Lazy<Task<StoryEntry>>> _reports = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoryDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoryEntities> _entities = new(StringComparer.Ordinal);
    private long _entitiesVersion = -1;
    private readonly StageTimings _noTimings = new();
    private readonly CancellationTokenSource _stopPolling = new();
    private IngestPipeline? _pipeline;
    private StorySnapshot _snapshot;
    private long _revision;
    private long _articlesRead;
    private Task _polling = Task.CompletedTask;

    private StoryCatalog(IArticleStore store, StoryAnalyzer analyzer, bool ownsStore, StorySnapshot snapshot, long revision)
    {
        (_store, _analyzer, _ownsStore, _snapshot, _revision) = (store, analyzer, ownsStore, snapshot, revision);
        _stories = ArticleStores.Stories(store);
        _storedReports = ArticleStores.Reports(store);
    }

    /// <summary>How often the stored stories are checked for changes made outside this server (workers, another ingest).</summary>
    public static TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Opens the catalog over <paramref name="store"/>'s stored stories; disposing the catalog disposes the store when <paramref name="ownsStore"/>.</summary>
    public static async Task<StoryCatalog> OpenAsync(IArticleStore store, StoryAnalyzer analyzer, bool ownsStore = true, CancellationToken cancellationToken = default)
    {
        var stories = await StoredStories.OpenAsync(store, cancellationToken).ConfigureAwait(false);
        // The revision first: a change made while the list is read is read again at the first poll, never missed.
        var revision = await stories.StoryRevisionAsync(cancellationToken).ConfigureAwait(false);
        var list = await stories.ListStoriesAsync(cancellationToken).ConfigureAwait(false);
        var summaries = ImmutableDictionary.CreateBuilder<string, ArticleSummary>(StringComparer.Ordinal);
        // One pass: pages by OFFSET would step over every earlier row (long rows: their article text) again for each page.
        foreach (var summary in await store.ListAsync(0, int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            summaries[summary.Id] = summary;
        }

        var catalog = new StoryCatalog(store, analyzer, ownsStore, Snapshot(list, summaries.ToImmutable(), 1), revision);
        catalog._polling = catalog.PollAsync(catalog._stopPolling.Token);
        return catalog;
    }

    public StorySnapshot Current => Volatile.Read(ref _snapshot);

    /// <summary>The store under the catalog, for the health probe and metrics.</summary>
    internal IArticleStore Store => _store;

    /// <summary>Time spent so far in each ingest stage of articles posted to this server, for metrics.</summary>
    internal StageTimings Timings => _pipeline?.Timings ?? _noTimings;

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

    /// <summary>
    /// The story's report JSON: built here before, else stored for its current article set (by a worker, or by this
    /// server before a restart), else built and stored. Costs what that one story costs, whatever the store's size.
    /// </summary>
    public async Task<StoryDocument?> GetStoryDocumentAsync(string id, CancellationToken cancellationToken)
    {
        if (!Current.ById.TryGetValue(id, out var story))
        {
            return null;
        }

        var key = Key(story);
        if (_reports.TryGetValue(key, out var built) && built.Value.IsCompletedSuccessfully)
        {
            return built.Value.Result;
        }

        if (_documents.TryGetValue(key, out var document))
        {
            return document;
        }

        if (_analyzer.StoredReportKey is { } analysis)
        {
            string? stored;
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                stored = await _storedReports.GetReportAsync(story.Id, StoryVersions.ArticleSet(story), analysis, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }

            if (stored is not null)
            {
                return _documents.GetOrAdd(key, _ => new StoryDocument(System.Text.Encoding.UTF8.GetBytes(stored)));
            }
        }

        return await GetStoryAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The story's report, from the cache while the story has not changed.</summary>
    public async Task<StoryEntry?> GetStoryAsync(string id, CancellationToken cancellationToken)
    {
        if (!Current.ById.TryGetValue(id, out var story))
        {
            return null;
        }

        var key = Key(story);
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

    /// <summary>
    /// The entities and quotes of every story, newest first, for lookups across stories (an entity's page, <c>?entity=</c>):
    /// read from the entity indexes stored beside the reports (small rows, no report read or built); a story without one
    /// of its current article set takes it from its stored (or cached) report, and only a story with neither is built.
    /// </summary>
    public async Task<IReadOnlyList<StoryEntities>> AllStoryEntitiesAsync(CancellationToken cancellationToken)
    {
        var snapshot = Current;
        if (_analyzer.StoredReportKey is { } analysis && _entitiesVersion != snapshot.Version)
        {
            IReadOnlyList<StoredEntities> stored;
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                stored = await _storedReports.ListEntitiesAsync(analysis, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }

            foreach (var row in stored)
            {
                var key = row.StoryId + "#" + row.ArticleSet;
                if (snapshot.ById.TryGetValue(row.StoryId, out var story) && Key(story) == key && !_entities.ContainsKey(key))
                {
                    _entities[key] = StoryEntities.Parse(row.Entities);
                }
            }

            _entitiesVersion = snapshot.Version;
        }

        var all = new List<StoryEntities>(snapshot.NewestFirst.Length);
        foreach (var story in snapshot.NewestFirst)
        {
            var key = Key(story);
            if (!_entities.TryGetValue(key, out var entities))
            {
                if (await GetStoryDocumentAsync(story.Id, cancellationToken).ConfigureAwait(false) is not { } document)
                {
                    continue;
                }

                using (var parsed = System.Text.Json.JsonDocument.Parse(document.Json))
                {
                    entities = StoryEntities.FromDocument(parsed.RootElement);
                }

                _entities[key] = entities;
                await KeepEntitiesAsync(story, entities, cancellationToken).ConfigureAwait(false);
            }

            all.Add(entities);
        }

        return all;
    }

    /// <summary>Attaches an index taken from a stored report (a worker's stores none) to that report, for the next server.</summary>
    private async Task KeepEntitiesAsync(Story story, StoryEntities entities, CancellationToken cancellationToken)
    {
        if (_analyzer.StoredReportKey is not { } analysis)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _storedReports.PutEntitiesAsync(story.Id, StoryVersions.ArticleSet(story), analysis, entities.ToJson(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Failures.IsRecoverable(e))
        {
            // Not kept: taken from the report again by the next server.
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Cleans, places and stores one arriving document through the single pipeline (its story index rebuilt from the
    /// store on the first post), then builds its story's report at once so that the first reader does not pay for it.
    /// </summary>
    public async Task<(Article Article, string? StoryId)> AddAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        Article article;
        string? storyId;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _pipeline ??= await IngestPipeline.OpenAsync(_store, cancellationToken).ConfigureAwait(false);
            var articles = await _pipeline.IngestDocumentsAsync([document], cancellationToken).ConfigureAwait(false);
            article = articles[0];
            Interlocked.Increment(ref _articlesRead);
            storyId = _pipeline.Stories.StoryOf(article.Id);
            var current = Current;
            if (!current.Articles.ContainsKey(article.Id))
            {
                Volatile.Write(ref _snapshot, current with { Articles = current.Articles.SetItem(article.Id, Summary(article)) });
            }

            await RefreshLockedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }

        if (storyId is not null)
        {
            await GetStoryAsync(storyId, cancellationToken).ConfigureAwait(false);
        }

        return (article, storyId);
    }

    /// <summary>Takes in the stories written since the last look (by this server, workers or another ingest); true when there were any.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RefreshLockedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> RefreshLockedAsync(CancellationToken cancellationToken)
    {
        var update = await _stories.StoriesChangedSinceAsync(_revision, cancellationToken).ConfigureAwait(false);
        if (update.Revision == _revision)
        {
            return false;
        }

        var current = Current;
        var byId = current.ById.RemoveRange(update.Removed).SetItems(update.Changed.Select(s => KeyValuePair.Create(s.Id, s)));
        var missing = update.Changed.SelectMany(s => s.ArticleIds).Where(id => !current.Articles.ContainsKey(id)).ToList();
        var summaries = current.Articles;
        if (missing.Count > 0)
        {
            var articles = await _stories.GetArticlesAsync(missing, cancellationToken).ConfigureAwait(false);
            summaries = summaries.SetItems(articles.Values.Select(a => KeyValuePair.Create(a.Id, Summary(a))));
        }

        Volatile.Write(ref _snapshot, Snapshot(byId.Values.OrderBy(s => s.Sequence).ThenBy(s => s.Id, StringComparer.Ordinal), summaries, current.Version + 1));
        _revision = update.Revision;
        foreach (var story in update.Changed)
        {
            DropStale(story);
        }

        return true;
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(PollInterval);
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await RefreshAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException && Failures.IsRecoverable(e))
                {
                    // An unreachable store is the health probe's to report; the stories shown stay as they were.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // disposed
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopPolling.CancelAsync().ConfigureAwait(false);
        await _polling.ConfigureAwait(false);
        _stopPolling.Dispose();
        if (_ownsStore)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
        _extraction.Dispose();
    }

    private async Task<StoryEntry> BuildAsync(Story story)
    {
        IReadOnlyDictionary<string, Article> articles;
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            articles = await StoredStories.ArticlesAsync(_stories, story).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }

        // Extraction runs outside the store gate (reads go on meanwhile), one story at a time.
        StoryEntry entry;
        await _extraction.WaitAsync().ConfigureAwait(false);
        try
        {
            var report = await Task.Run(() => _analyzer.Analyze(story, articles)).ConfigureAwait(false);
            entry = new StoryEntry(story.ArticleIds.Length, report, StoryJsonWriter.Document(report));
        }
        finally
        {
            _extraction.Release();
        }

        if (_analyzer.StoredReportKey is { } analysis)
        {
            // Kept for the next server, and for this one after a restart: the store's copy is keyed by the article set.
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                await _storedReports.PutReportAsync(story.Id, StoryVersions.ArticleSet(story), analysis, System.Text.Encoding.UTF8.GetString(entry.Json.Span), StoryEntities.Of(entry.Report).ToJson()).ConfigureAwait(false);
            }
            catch (Exception e) when (Failures.IsRecoverable(e))
            {
                // Not kept: the report is still served from memory, and built again by a later server.
            }
            finally
            {
                _gate.Release();
            }
        }

        return entry;
    }

    private static string Key(Story story) => story.Id + "#" + StoryVersions.ArticleSet(story);

    private void DropStale(Story story)
    {
        var prefix = story.Id + "#";
        var current = Key(story);
        foreach (var key in _reports.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k != current))
        {
            _reports.TryRemove(key, out _);
        }

        foreach (var key in _documents.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k != current))
        {
            _documents.TryRemove(key, out _);
        }

        foreach (var key in _entities.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k != current))
        {
            _entities.TryRemove(key, out _);
        }
    }

    private static StorySnapshot Snapshot(IEnumerable<Story> startOrder, ImmutableDictionary<string, ArticleSummary> summaries, long version)
    {
        var stories = startOrder.ToList();
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
