using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Corroborate.Clustering;
using Corroborate.Cli.Serve;
using Corroborate.Model;
using Corroborate.Storage;
using Corroborate.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corroborate.Web.Tests;

/// <summary>What an operator reads from <c>serve</c>: the health probe and the request log (metrics: <see cref="ServeProcessTests"/>).</summary>
public sealed class OperationsTests(WritableApiFactory factory) : IClassFixture<WritableApiFactory>
{
    [Fact]
    public async Task Healthz_answers_ok_with_the_store_reachable_and_its_counts()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("reachable", health.GetProperty("store").GetString());
        Assert.Equal("sqlite", health.GetProperty("storeKind").GetString());
        Assert.Equal(factory.Catalog.Current.ById.Count, health.GetProperty("stories").GetInt32());
        Assert.True(health.GetProperty("articles").GetInt32() >= factory.Catalog.Current.Articles.Count);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Healthz_answers_503_naming_the_failure_when_the_store_stops_answering_and_200_when_it_is_back()
    {
        var store = new SwitchableStore(await SqliteArticleStore.OpenAsync(":memory:"));
        await using var catalog = await StoryCatalog.OpenAsync(store, new Corroborate.Pipeline.StoryAnalyzer(Corroborate.Pipeline.AnalysisOptions.Default), ownsStore: true);
        var (host, addresses) = await CorroborateServer.StartAsync(catalog, new ServeOptions(["http://127.0.0.1:0"], Token: null));
        using (host)
        {
            using var client = new HttpClient { BaseAddress = new Uri(addresses[0]) };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

            store.Down = true;
            var down = await client.GetAsync("/healthz");
            var health = JsonDocument.Parse(await down.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("unavailable", health.GetProperty("status").GetString());
            Assert.Equal("unreachable", health.GetProperty("store").GetString());
            Assert.Contains("the test took the store down", health.GetProperty("error").GetString(), StringComparison.Ordinal);

            store.Down = false;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Request_log_carries_method_path_status_and_milliseconds_as_fields_without_the_query()
    {
        var entries = new ConcurrentQueue<(string Category, LogLevel Level, IReadOnlyDictionary<string, object?> Fields)>();
        // A host of its own: the shared factory's metrics are asserted by another test.
        var store = await SqliteArticleStore.OpenAsync(":memory:");
        await using var catalog = await StoryCatalog.OpenAsync(store, new Corroborate.Pipeline.StoryAnalyzer(Corroborate.Pipeline.AnalysisOptions.Default), ownsStore: true);
        using var host = CorroborateServer.CreateHostBuilder(catalog, new ServeOptions(["http://127.0.0.1:0"], Token: null))
            .ConfigureLogging(logging =>
            {
                logging.AddProvider(new CapturingLoggerProvider(entries));
                logging.AddFilter<CapturingLoggerProvider>(RequestLog.Category, LogLevel.Trace);
            }).Build();
        await host.StartAsync();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/stories/no-such-story?secret=reader-query")).StatusCode);
        await client.GetAsync("/healthz");

        var request = Assert.Single(entries, e => e.Category == RequestLog.Category && Equals(e.Fields.GetValueOrDefault("Path"), "/api/stories/no-such-story"));
        Assert.Equal(LogLevel.Information, request.Level);
        Assert.Equal("GET", request.Fields["Method"]);
        Assert.Equal(404, request.Fields["Status"]);
        Assert.IsType<double>(request.Fields["ElapsedMs"]);
        Assert.DoesNotContain(entries, e => e.Fields.Values.Any(v => v?.ToString()?.Contains("reader-query", StringComparison.Ordinal) == true));
        Assert.Equal(LogLevel.Debug, Assert.Single(entries, e => Equals(e.Fields.GetValueOrDefault("Path"), "/healthz")).Level);
        await host.StopAsync();
    }

    /// <summary>A store that can be taken down: every call fails as an unreachable store's would.</summary>
    private sealed class SwitchableStore(SqliteArticleStore inner) : IArticleStore, IStoryStore, IReportStore
    {
        public volatile bool Down;

        private IArticleStore Up => Down ? throw new StoreException("the test took the store down") : inner;

        public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) => Up.AddAsync(articles, cancellationToken);

        public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> articles, CancellationToken cancellationToken = default) => Up.AddAsync(articles, cancellationToken);

        public Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default) => Up.ContainsAsync(contentHash, cancellationToken);

        public IAsyncEnumerable<StoredStoryAssignment> StoryAssignmentsAsync(CancellationToken cancellationToken = default) => Up.StoryAssignmentsAsync(cancellationToken);

        public Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default) => Up.GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<ArticleSummary>> ListAsync(int offset = 0, int limit = 100, CancellationToken cancellationToken = default) => Up.ListAsync(offset, limit, cancellationToken);

        public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellationToken = default) => Up.SearchAsync(query, limit, cancellationToken);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => Up.CountAsync(cancellationToken);

        public Task RecordErrorAsync(string source, string message, CancellationToken cancellationToken = default) => Up.RecordErrorAsync(source, message, cancellationToken);

        public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> articles, StoryChanges changes, CancellationToken cancellationToken = default) => Stories.AddAsync(articles, changes, cancellationToken);

        public Task<bool> HasStoriesAsync(CancellationToken cancellationToken = default) => Stories.HasStoriesAsync(cancellationToken);

        public Task FillStoriesAsync(IReadOnlyList<Story> stories, IReadOnlyList<StoryMerge> merged, CancellationToken cancellationToken = default) => Stories.FillStoriesAsync(stories, merged, cancellationToken);

        public Task<Story?> GetStoryAsync(string id, CancellationToken cancellationToken = default) => Stories.GetStoryAsync(id, cancellationToken);

        public Task<IReadOnlyList<Story>> ListStoriesAsync(CancellationToken cancellationToken = default) => Stories.ListStoriesAsync(cancellationToken);

        public Task<long> StoryRevisionAsync(CancellationToken cancellationToken = default) => Stories.StoryRevisionAsync(cancellationToken);

        public Task<StoryUpdate> StoriesChangedSinceAsync(long revision, CancellationToken cancellationToken = default) => Stories.StoriesChangedSinceAsync(revision, cancellationToken);

        public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Stories.GetArticlesAsync(ids, cancellationToken);

        public Task<string?> GetReportAsync(string storyId, string articleSet, string analysis, CancellationToken cancellationToken = default) => Reports.GetReportAsync(storyId, articleSet, analysis, cancellationToken);

        public Task PutReportAsync(string storyId, string articleSet, string analysis, string report, string? entities = null, CancellationToken cancellationToken = default) => Reports.PutReportAsync(storyId, articleSet, analysis, report, entities, cancellationToken);

        public Task PutEntitiesAsync(string storyId, string articleSet, string analysis, string entities, CancellationToken cancellationToken = default) => Reports.PutEntitiesAsync(storyId, articleSet, analysis, entities, cancellationToken);

        public Task<IReadOnlyList<StoredEntities>> ListEntitiesAsync(string analysis, CancellationToken cancellationToken = default) => Reports.ListEntitiesAsync(analysis, cancellationToken);

        private SqliteArticleStore Stories => Down ? throw new StoreException("the test took the store down") : inner;

        private SqliteArticleStore Reports => Stories;

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<(string, LogLevel, IReadOnlyDictionary<string, object?>)> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, IReadOnlyDictionary<string, object?>)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : [];
                entries.Enqueue((category, logLevel, fields));
            }
        }
    }
}
