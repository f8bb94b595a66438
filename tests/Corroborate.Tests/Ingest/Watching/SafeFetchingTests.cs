using System.Net;
using System.Net.Sockets;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Watching;
using Corroborate.Model;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Ingest.Watching;

/// <summary>
/// A feed is someone else's document: its entry links and redirects must not reach this machine or its network
/// (issue 14: an internal page with a secret token became an article served by serve).
/// </summary>
public sealed class SafeFetchingTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly List<SourceDocument> _sunk = [];
    private SqliteArticleStore _store = null!;

    private static string Feed(string link) =>
        $$"""{"id": "e1", "url": "{{link}}", "title": "Entry", "text": "The entry's own summary of the story."}""";

    private FeedWatcher Watcher(WatchOptions options, HttpClient? http = null) =>
        new(http ?? SafeHttp.CreateClient(), new InputReader(), new SqliteWatchStateStore(_store.Connection),
            (documents, _) => { _sunk.AddRange(documents); return Task.CompletedTask; }, options, _time);

    [Fact]
    public async Task A_feed_on_a_loopback_address_is_refused_unless_the_user_allows_it()
    {
        await using var server = new LoopbackServer(_ => new(200, Feed("/page")));

        var result = await Watcher(new WatchOptions { FollowLinks = false }).PollAsync(server.Url("/feed"), CancellationToken.None);

        Assert.Contains("refused to connect to 127.0.0.1", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Entry_links_to_internal_pages_were_followed_regression_a_link_to_another_private_host_is_refused()
    {
        await using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/feed"
            ? new(200, Feed($"http://localhost:{request.Url.Port}/admin/secret"))
            : new(200, "Internal page: deploy token 0000-SECRET. Keep this page private, it has more text than the entry."));
        var feed = server.Url("/feed");

        var result = await Watcher(new WatchOptions { AllowPrivate = new HashSet<string> { feed } }).PollAsync(feed, CancellationToken.None);

        Assert.Null(result.Error);
        var stored = Assert.Single(_sunk);
        Assert.Equal("The entry's own summary of the story.", stored.Text);
        Assert.DoesNotContain(server.Requests, r => r.Path.Contains("secret", StringComparison.Ordinal));
        Assert.Contains(result.EntryErrors, e => e.Contains("refused to connect to localhost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redirect_to_a_private_host_is_checked_like_the_first_request()
    {
        await using var server = new LoopbackServer(request => request.Url!.AbsolutePath switch
        {
            "/feed" => new(200, Feed("/page")),
            "/page" => new(302, "", Headers: new Dictionary<string, string> { ["Location"] = $"http://localhost:{request.Url.Port}/admin/secret" }),
            _ => new(200, "Internal page: deploy token 0000-SECRET. Keep this page private, it has more text than the entry."),
        });
        var feed = server.Url("/feed");

        var result = await Watcher(new WatchOptions { AllowPrivate = new HashSet<string> { feed } }).PollAsync(feed, CancellationToken.None);

        Assert.Equal("The entry's own summary of the story.", Assert.Single(_sunk).Text);
        Assert.DoesNotContain(server.Requests, r => r.Path.Contains("secret", StringComparison.Ordinal));
        Assert.Contains(result.EntryErrors, e => e.Contains("refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_link_crashed_the_watcher_on_every_restart_regression_the_entry_is_kept_and_the_link_named()
    {
        await using var server = new LoopbackServer(_ => new(200, Feed("file:///etc/passwd")));
        var feed = server.Url("/feed");

        var result = await Watcher(new WatchOptions { AllowPrivate = new HashSet<string> { feed } }).PollAsync(feed, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal("The entry's own summary of the story.", Assert.Single(_sunk).Text);
        Assert.Contains(result.EntryErrors, e => e.Contains("not an http or https URL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_that_trickles_hung_forever_regression_the_whole_response_is_bounded_in_time()
    {
        using var trickle = new TricklingServer();
        var watcher = Watcher(new WatchOptions { FollowLinks = false, RequestTimeout = TimeSpan.FromSeconds(1) }, new HttpClient());
        var started = DateTime.UtcNow;

        var result = await watcher.PollAsync(trickle.Url, CancellationToken.None);

        Assert.Contains("no complete response within 1 s", result.Error, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task An_entry_the_store_refuses_is_named_and_marked_seen_and_the_poll_goes_on()
    {
        await using var server = new LoopbackServer(_ => new(200, Feed("/page") + "\n" + Feed("/other").Replace("e1", "e2", StringComparison.Ordinal)));
        var calls = 0;
        var watcher = new FeedWatcher(new HttpClient(), new InputReader(), new SqliteWatchStateStore(_store.Connection),
            (documents, _) => ++calls == 1 ? throw new InputException(documents[0].Source, "no article text left after cleaning") : Task.CompletedTask,
            new WatchOptions { FollowLinks = false }, _time);

        var result = await watcher.PollAsync(server.Url("/feed"), CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Single(result.NewDocuments);
        Assert.Contains("not stored: ", Assert.Single(result.EntryErrors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("93.184.216.34", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", false)]
    public void Loopback_link_local_and_private_addresses_are_internal(string address, bool isInternal)
    {
        Assert.Equal(isInternal, SafeHttp.IsInternal(IPAddress.Parse(address)));
    }

    public async Task InitializeAsync() => _store = await SqliteArticleStore.OpenAsync(":memory:");

    public async Task DisposeAsync() => await _store.DisposeAsync();

    /// <summary>Answers headers at once, then one byte of body a second, never finishing.</summary>
    private sealed class TricklingServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public TricklingServer()
        {
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/feed";

        private async Task ServeAsync()
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var stream = client.GetStream();
                _ = await stream.ReadAsync(new byte[4096], _stop.Token); // the request; its content does not matter
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"), _stop.Token);
                while (!_stop.IsCancellationRequested)
                {
                    await stream.WriteAsync("{"u8.ToArray(), _stop.Token);
                    await Task.Delay(1000, _stop.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // the test is over
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}
