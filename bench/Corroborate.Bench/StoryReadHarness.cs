using System.Diagnostics;
using Corroborate.Cli.Serve;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run storyread [--sizes 10000,100000] [--stories 40]</c>: a SQLite store of N generated articles (the story
/// stream of <c>bench/run stories</c>), placed in stories and stored batch by batch as ingest does (stories with
/// their placements), then reading one story as the CLI and the server do, for stories of several sizes:
/// <list type="bullet">
/// <item><c>story ID</c>'s library call (open the store, read the story row and its articles, analyse), and its read alone;</item>
/// <item>the API story endpoint in process over loopback: first GET (built and stored), repeat GET (cached), and
/// first GET after the server restarted (the stored report);</item>
/// <item><c>story ID</c> printed from the stored report (no analysis), and the entity endpoint before and after every
/// story's entity index is stored;</item>
/// <item>what a read cost before stories were stored: the replay of the whole store (<see cref="IngestPipeline.OpenAsync"/>).</item>
/// </list>
/// Flat in N is the point: every figure but the replay should not grow with the store.
/// </summary>
internal static class StoryReadHarness
{
    public static async Task RunAsync(TextWriter output, IReadOnlyList<int> sizes, int stories)
    {
        output.WriteLine($"storyread: SQLite store of generated articles, {stories} stories read per size (sizes spread from 1 article to the largest), {Environment.ProcessorCount} cores; times in ms, median / p95 / max");
        foreach (var size in sizes)
        {
            var folder = Directory.CreateTempSubdirectory("corroborate-storyread-");
            try
            {
                await RunSizeAsync(output, Path.Combine(folder.FullName, "store.db"), size, stories);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }
    }

    private static async Task RunSizeAsync(TextWriter output, string database, int size, int sampleCount)
    {
        var build = Stopwatch.StartNew();
        await using (var store = await SqliteArticleStore.OpenAsync(database))
        {
            await FillAsync(store, size);
        }

        build.Stop();
        List<Story> sample;
        await using (var store = await SqliteArticleStore.OpenAsync(database))
        {
            var all = await store.ListStoriesAsync();
            // Stories of every size: the median story is small, the largest is what a busy event looks like.
            var bySize = all.OrderBy(s => s.ArticleIds.Length).ToList();
            sample = [.. Enumerable.Range(0, sampleCount).Select(i => bySize[(int)((long)i * (bySize.Count - 1) / Math.Max(1, sampleCount - 1))]).DistinctBy(s => s.Id)];
            output.WriteLine($"  {size:N0} articles in {all.Count:N0} stories (largest {bySize[^1].ArticleIds.Length} articles), built and stored in {build.Elapsed.TotalSeconds:0.0} s, {new FileInfo(database).Length / 1e6:0} MB");
        }

        var analyzer = new StoryAnalyzer(AnalysisOptions.Default);
        // Warm-up: the analysis's resources load once per process, not per story.
        await using (var warm = await SqliteArticleStore.OpenAsync(database))
        {
            await StoredStories.LoadAsync(warm, analyzer, sample[^1].Id);
        }

        var readOnly = new List<double>();
        var storyCommand = new List<double>();
        foreach (var story in sample)
        {
            var start = Stopwatch.GetTimestamp();
            await using (var store = await SqliteArticleStore.OpenAsync(database))
            {
                var stories = await StoredStories.OpenAsync(store);
                var read = await stories.GetStoryAsync(story.Id);
                await StoredStories.ArticlesAsync(stories, read!);
            }

            readOnly.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            await using (var store = await SqliteArticleStore.OpenAsync(database))
            {
                var loaded = await StoredStories.LoadAsync(await StoredStories.OpenAsync(store), analyzer, story.Id);
                if (loaded is null || loaded.Report.Articles.Length != story.ArticleIds.Length)
                {
                    throw new InvalidOperationException($"story {story.Id} read back wrong");
                }
            }

            storyCommand.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        output.WriteLine($"    story ID, read only (open store, story row, its articles)      {Summary(readOnly)}");
        output.WriteLine($"    story ID, library call (read + analysis, as the CLI)           {Summary(storyCommand)}");

        var (first, repeat, serveStart) = await ServeAsync(database, analyzer, sample, restarted: false);
        var (stored, _, restartStart) = await ServeAsync(database, analyzer, sample, restarted: true);
        output.WriteLine($"    GET /api/stories/ID, first (built, stored)                      {Summary(first)}");
        output.WriteLine($"    GET /api/stories/ID, repeat (cached)                            {Summary(repeat)}");
        output.WriteLine($"    GET /api/stories/ID, first after a restart (stored report)      {Summary(stored)}");
        output.WriteLine($"    serve start (stories, article summaries): {serveStart:0} ms; again: {restartStart:0} ms");

        // story ID as the CLI prints it now: the serve runs above stored the sample's reports, so this reads them back.
        var printed = new List<double>();
        foreach (var story in sample)
        {
            var start = Stopwatch.GetTimestamp();
            await using (var store = await SqliteArticleStore.OpenAsync(database))
            {
                var read = await StoryRead.ReadAsync(store, analyzer, story.Id) ?? throw new InvalidOperationException($"story {story.Id} not found");
                if (read.Report is not null)
                {
                    throw new InvalidOperationException($"story {story.Id} was analysed, not read from its stored report");
                }

                Corroborate.Reporting.MarkdownReportWriter.Write(TextWriter.Null, [.. read.Articles.Values], [read.View], []);
            }

            printed.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        output.WriteLine($"    story ID, printed from the stored report (read + Markdown)      {Summary(printed)}");
        var (entityFirst, entityStored) = await EntityAsync(database, analyzer, sample);
        output.WriteLine($"    GET /api/entities/ID, first (every story's index: built where no report is stored): {entityFirst:N0} ms");
        output.WriteLine($"    GET /api/entities/ID, after a restart (stored entity indexes):                      {entityStored:N0} ms");

        var replay = Stopwatch.StartNew();
        await using (var store = await SqliteArticleStore.OpenAsync(database))
        {
            await IngestPipeline.OpenAsync(store);
        }

        output.WriteLine($"    before: every read replayed the store first (IngestPipeline.OpenAsync): {replay.Elapsed.TotalMilliseconds:N0} ms");
    }

    /// <summary>Places and stores the stream batch by batch, as <see cref="IngestPipeline"/> does: each batch's changed stories with it.</summary>
    private static async Task FillAsync(SqliteArticleStore store, int size)
    {
        var generator = new StoryStreamGenerator(2024);
        var clusterer = new StoryClusterer();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<(Article, StoryAssignment?)>(500);
        for (var i = 0; i < size; i++)
        {
            var (article, _) = generator.Next();
            batch.Add((article, seen.Add(article.ContentHash) && clusterer.Index.StoryOf(article.Id) is null ? clusterer.Assign(article) : null));
            if (batch.Count == 500 || i == size - 1)
            {
                await store.AddAsync(batch, StoryChanges.Of(clusterer.Index, batch.Select(item => item.Item2)));
                batch.Clear();
            }
        }
    }

    private static async Task<(List<double> First, List<double> Repeat, double StartMs)> ServeAsync(string database, StoryAnalyzer analyzer, List<Story> sample, bool restarted)
    {
        var start = Stopwatch.GetTimestamp();
        await using var catalog = await StoryCatalog.OpenAsync(await SqliteArticleStore.OpenAsync(database), analyzer, ownsStore: true);
        var startMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var (host, addresses) = await CorroborateServer.StartAsync(catalog, new ServeOptions(["http://127.0.0.1:0"], Token: null));
        using (host)
        {
            using var client = new HttpClient { BaseAddress = new Uri(addresses[0]) };
            await client.GetByteArrayAsync("/api/stories?limit=1");
            var first = new List<double>();
            var repeat = new List<double>();
            foreach (var story in sample)
            {
                var path = "/api/stories/" + story.Id;
                var t = Stopwatch.GetTimestamp();
                using (var response = await client.GetAsync(path))
                {
                    response.EnsureSuccessStatusCode();
                    await response.Content.ReadAsByteArrayAsync();
                }

                first.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                t = Stopwatch.GetTimestamp();
                using (var response = await client.GetAsync(path))
                {
                    response.EnsureSuccessStatusCode();
                    await response.Content.ReadAsByteArrayAsync();
                }

                repeat.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }

            await host.StopAsync();
            _ = restarted;
            return (first, repeat, startMs);
        }
    }

    /// <summary>The entity endpoint for an entity of the largest sampled story that has one: on a server that must index every story, then after a restart.</summary>
    private static async Task<(double First, double Stored)> EntityAsync(string database, StoryAnalyzer analyzer, List<Story> sample)
    {
        string? entityId = null;
        var times = new List<double>();
        for (var run = 0; run < 2; run++)
        {
            await using var catalog = await StoryCatalog.OpenAsync(await SqliteArticleStore.OpenAsync(database), analyzer, ownsStore: true);
            var (host, addresses) = await CorroborateServer.StartAsync(catalog, new ServeOptions(["http://127.0.0.1:0"], Token: null));
            using (host)
            {
                using var client = new HttpClient { BaseAddress = new Uri(addresses[0]), Timeout = TimeSpan.FromHours(1) };
                foreach (var story in Enumerable.Reverse(sample))
                {
                    if (entityId is not null)
                    {
                        break;
                    }

                    using var document = System.Text.Json.JsonDocument.Parse(await client.GetByteArrayAsync("/api/stories/" + story.Id));
                    if (document.RootElement.TryGetProperty("entities", out var entities) && entities.GetArrayLength() > 0)
                    {
                        entityId = entities[0].GetProperty("entityId").GetString()!;
                    }
                }

                // Generated text may name no one: an unknown id costs the same lookup (every story's index), then 404.
                entityId ??= "E000000000000";

                var start = Stopwatch.GetTimestamp();
                using (var response = await client.GetAsync("/api/entities/" + Uri.EscapeDataString(entityId)))
                {
                    if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.NotFound)
                    {
                        response.EnsureSuccessStatusCode();
                    }

                    await response.Content.ReadAsByteArrayAsync();
                }

                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                await host.StopAsync();
            }
        }

        return (times[0], times[1]);
    }

    private static string Summary(List<double> times)
    {
        var sorted = times.Order().ToList();
        return $"{sorted[sorted.Count / 2],7:0.0} / {sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.95))],7:0.0} / {sorted[^1],7:0.0}";
    }
}
