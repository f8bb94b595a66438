using System.Diagnostics;
using Corroborate.Cli.Serve;
using Corroborate.Extraction;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Microsoft.Extensions.Hosting;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run serve</c>: the real server (Kestrel, loopback, random port) over a store holding samples/,
/// then 50 concurrent clients, each looping GET /api/stories/{id} of the largest story for 10 s.
/// Prints requests/s and latency percentiles (client-measured, so they include the loopback round trip).
/// </summary>
public static class ServeHarness
{
    public static async Task RunAsync(TextWriter output, int clients = 50, TimeSpan? duration = null)
    {
        var length = duration ?? TimeSpan.FromSeconds(10);
        var samples = FindSamples();
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        await new IngestPipeline(store).IngestAsync([samples]);
        await using var catalog = await StoryCatalog.OpenAsync(store, new StoryExtractor(), ownsStore: false);
        var (host, addresses) = await CorroborateServer.StartAsync(catalog, new ServeOptions(["http://127.0.0.1:0"], Token: null));
        using (host)
        {
            var story = catalog.Current.NewestFirst.OrderByDescending(s => s.ArticleIds.Length).First();
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = new Uri(addresses[0]),
            };
            var path = "/api/stories/" + story.Id;
            var body = await client.GetByteArrayAsync(path); // builds and caches the report: the run measures serving, not extraction
            output.WriteLine($"serve: {catalog.Current.ById.Count} stories from {samples}; GET {path} ({story.ArticleIds.Length} articles, {body.Length:N0} bytes), {clients} concurrent clients for {length.TotalSeconds:0} s, {Environment.ProcessorCount} cores");
            foreach (var (name, url) in new[] { ("story", path), ("story list", "/api/stories") })
            {
                var result = await LoadAsync(client, url, clients, name == "story" ? length : length / 2);
                output.WriteLine($"  {name,-10} {result.Requests,8:N0} requests  {result.Requests / result.Seconds,8:N0} requests/s  p50 {result.P50:0.00} ms  p99 {result.P99:0.00} ms  max {result.Max:0.0} ms  errors {result.Errors}");
            }

            await host.StopAsync();
        }
    }

    private sealed record LoadResult(long Requests, double Seconds, double P50, double P99, double Max, long Errors);

    private static async Task<LoadResult> LoadAsync(HttpClient client, string path, int clients, TimeSpan length)
    {
        var latencies = new List<double>[clients];
        var errors = 0L;
        var stopwatch = Stopwatch.StartNew();
        var deadline = stopwatch.Elapsed + length;
        var workers = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = new List<double>(64 * 1024);
            var buffer = new byte[64 * 1024];
            while (stopwatch.Elapsed < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                    await using var stream = await response.Content.ReadAsStreamAsync();
                    while (await stream.ReadAsync(buffer) > 0)
                    {
                    }

                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
        return new LoadResult(all.Length, seconds, Percentile(0.50), Percentile(0.99), all.Length == 0 ? 0 : all[^1], errors);
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }
}
