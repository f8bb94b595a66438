using System.Net;
using Corroborate.Ingest;
using Corroborate.Ingest.Watching;
using Corroborate.Model;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Ingest.Watching;

/// <summary>
/// The watcher against a loopback server. The feed here is JSON Lines (content sniffing picks the
/// format), so these tests exercise polling, not feed parsing.
/// </summary>
public sealed class FeedWatcherTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly List<SourceDocument> _sunk = [];
    private SqliteArticleStore _store = null!;

    private static string Feed(params string[] ids) =>
        string.Join('\n', ids.Select(id => $$"""{"id": "{{id}}", "url": "/pages/{{id}}", "title": "Entry {{id}}", "text": "Short summary {{id}}."}"""));

    private FeedWatcher Watcher(LoopbackServer server, WatchOptions? options = null)
    {
        var http = new HttpClient();
        return new FeedWatcher(http, new InputReader(), new SqliteWatchStateStore(_store.Connection),
            (documents, _) => { _sunk.AddRange(documents); return Task.CompletedTask; },
            options ?? new WatchOptions { Interval = TimeSpan.FromMinutes(10) }, _time);
    }

    [Fact]
    public async Task Follows_new_entries_to_their_pages_then_asks_conditionally_and_takes_nothing_twice()
    {
        await using var server = new LoopbackServer(request => request.Url!.AbsolutePath switch
        {
            "/feed" when request.Headers["If-None-Match"] == "\"v1\"" => new(304, ""),
            "/feed" => new(200, Feed("a", "b"), Headers: new Dictionary<string, string> { ["ETag"] = "\"v1\"" }),
            var path => new(200, $"The full article at {path} has two sentences. This is the second one."),
        });
        var watcher = Watcher(server);

        var first = await watcher.PollAsync(server.Url("/feed"), CancellationToken.None);
        _time.Now += TimeSpan.FromMinutes(10);
        var second = await watcher.PollAsync(server.Url("/feed"), CancellationToken.None);

        Assert.Equal(2, first.NewDocuments.Count);
        Assert.All(_sunk, d => Assert.StartsWith("The full article at /pages/", d.Text, StringComparison.Ordinal));
        Assert.Equal("Entry a", _sunk[0].Title);
        Assert.True(second.NotModified);
        Assert.Empty(second.NewDocuments);
        Assert.Contains(server.Requests, r => r.Path == "/feed" && r.IfNoneMatch == "\"v1\"");
        Assert.Equal(2, server.Requests.Count(r => r.Path.StartsWith("/pages/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Takes_only_the_entries_it_has_not_seen_when_the_feed_changes()
    {
        var version = 1;
        await using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/feed"
            ? new(200, version == 1 ? Feed("a", "b") : Feed("c", "a", "b"))
            : new(404, "gone"));
        var watcher = Watcher(server);

        await watcher.PollAsync(server.Url("/feed"), CancellationToken.None);
        version = 2;
        var second = await watcher.PollAsync(server.Url("/feed"), CancellationToken.None);

        var entry = Assert.Single(second.NewDocuments);
        Assert.Equal("Short summary c.", entry.Text);
        Assert.Equal(3, _sunk.Count);
    }

    [Fact]
    public async Task Backs_off_on_errors_honouring_retry_after_and_resets_after_a_success()
    {
        var status = 503;
        await using var server = new LoopbackServer(request => status switch
        {
            503 => new(503, "busy", Headers: new Dictionary<string, string> { ["Retry-After"] = "3600" }),
            500 => new(500, "broken"),
            _ => new(200, Feed("a")),
        });
        var watcher = Watcher(server, new WatchOptions { Interval = TimeSpan.FromMinutes(10), FollowLinks = false });
        var url = server.Url("/feed");

        var busy = await watcher.PollAsync(url, CancellationToken.None);
        status = 500;
        var broken1 = await watcher.PollAsync(url, CancellationToken.None);
        var broken2 = await watcher.PollAsync(url, CancellationToken.None);
        status = 200;
        var fine = await watcher.PollAsync(url, CancellationToken.None);

        Assert.Equal(_time.Now + TimeSpan.FromHours(1), busy.NextPollAt);
        Assert.Contains("503", busy.Error, StringComparison.Ordinal);
        Assert.Equal(_time.Now + TimeSpan.FromMinutes(20), broken1.NextPollAt);
        Assert.Equal(_time.Now + TimeSpan.FromMinutes(40), broken2.NextPollAt);
        Assert.Null(fine.Error);
        Assert.Equal(_time.Now + TimeSpan.FromMinutes(10), fine.NextPollAt);
    }

    [Fact]
    public async Task Keeps_the_entry_text_when_its_page_cannot_be_fetched()
    {
        await using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/feed" ? new(200, Feed("a")) : new(500, "down"));

        var result = await Watcher(server).PollAsync(server.Url("/feed"), CancellationToken.None);

        Assert.Equal("Short summary a.", Assert.Single(result.NewDocuments).Text);
    }

    [Fact]
    public async Task Stops_when_cancelled_with_what_it_read_already_handed_over()
    {
        await using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/feed" ? new(200, Feed("a", "b")) : new(404, ""));
        using var cancel = new CancellationTokenSource();
        var watcher = Watcher(server, new WatchOptions { Interval = TimeSpan.FromHours(1), FollowLinks = false });

        var run = watcher.RunAsync([server.Url("/feed")], _ => cancel.CancelAfter(TimeSpan.FromMilliseconds(50)), cancel.Token);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.Same(run, finished);
        Assert.Equal(2, _sunk.Count);
        Assert.True(await new SqliteWatchStateStore(_store.Connection).IsSeenAsync(server.Url("/feed"), "/pages/a", CancellationToken.None));
    }

    public async Task InitializeAsync() => _store = await SqliteArticleStore.OpenAsync(":memory:");

    public async Task DisposeAsync() => await _store.DisposeAsync();
}
