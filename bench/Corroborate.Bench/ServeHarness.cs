using System.Diagnostics;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run serve</c>: the real <c>corroborate serve</c> (its own process, its own runtime settings:
/// server GC as the web SDK sets it) on a free loopback port over a store holding samples/, then 50
/// concurrent clients in this process, each looping GET /api/stories/{id} of the largest story for 10 s.
/// Prints requests/s and latency percentiles (client-measured: they include the loopback round trip).
/// </summary>
internal static class ServeHarness
{
    public static async Task RunAsync(TextWriter output, int clients = 50, TimeSpan? duration = null)
    {
        var length = duration ?? TimeSpan.FromSeconds(10);
        var samples = FindSamples();
        var folder = Directory.CreateTempSubdirectory("corroborate-serve-bench-");
        try
        {
            var database = Path.Combine(folder.FullName, "samples.db");
            await using (var store = await SqliteArticleStore.OpenAsync(database))
            {
                await new IngestPipeline(store).IngestAsync([samples]);
            }

            var url = $"http://127.0.0.1:{FreePort()}";
            using var server = Process.Start(new ProcessStartInfo("dotnet")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Corroborate.Cli.dll"), "serve", "--db", database, "--urls", url },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            // Drain both pipes so that the server never blocks on a full one; keep its errors for the message below.
            var errors = new System.Text.StringBuilder();
            server.ErrorDataReceived += (_, line) => { lock (errors) { errors.AppendLine(line.Data); } };
            server.OutputDataReceived += (_, _) => { };
            server.BeginErrorReadLine();
            server.BeginOutputReadLine();
            try
            {
                using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
                {
                    BaseAddress = new Uri(url),
                };
                var list = await WaitUntilServingAsync(client, server, errors);
                var story = list.RootElement.GetProperty("stories").EnumerateArray().MaxBy(s => s.GetProperty("articleCount").GetInt32());
                var path = "/api/stories/" + story.GetProperty("id").GetString();
                var body = await client.GetByteArrayAsync(path); // builds and caches the report: the run measures serving, not extraction
                output.WriteLine($"serve: corroborate serve over {samples} ({list.RootElement.GetProperty("total").GetInt32()} stories); GET {path} ({story.GetProperty("articleCount").GetInt32()} articles, {body.Length:N0} bytes), {clients} concurrent clients for {length.TotalSeconds:0} s, {Environment.ProcessorCount} cores");
                // Browsers ask for compression; the story is kept Brotli-compressed, so that is the second run.
                using var brotliClient = new HttpClient(new SocketsHttpHandler
                {
                    MaxConnectionsPerServer = clients,
                    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                    AutomaticDecompression = System.Net.DecompressionMethods.Brotli,
                })
                {
                    BaseAddress = new Uri(url),
                };
                foreach (var (name, target, time, runner) in new[] { ("story", path, length, client), ("story, br", path, length, brotliClient), ("story list", "/api/stories", length / 2, client) })
                {
                    var result = await LoadAsync(runner, target, clients, time);
                    output.WriteLine($"  {name,-11} {result.Requests,8:N0} requests  {result.Requests / result.Seconds,8:N0} requests/s  p50 {result.P50:0.00} ms  p99 {result.P99:0.00} ms  max {result.Max:0.0} ms  errors {result.Errors}");
                }
            }
            finally
            {
                if (!server.HasExited)
                {
                    server.Kill(entireProcessTree: true);
                }

                await server.WaitForExitAsync();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<System.Text.Json.JsonDocument> WaitUntilServingAsync(HttpClient client, Process server, System.Text.StringBuilder errors)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            if (server.HasExited)
            {
                await server.WaitForExitAsync();
                lock (errors)
                {
                    throw new InvalidOperationException("corroborate serve exited: " + errors);
                }
            }

            try
            {
                return System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/stories?limit=200"));
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
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
