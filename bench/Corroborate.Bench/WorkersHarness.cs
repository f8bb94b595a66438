using System.Diagnostics;
using System.Globalization;
using Corroborate.Extraction;
using Corroborate.Pipeline;
using Corroborate.Pipeline.Workers;
using Corroborate.Reporting;
using Corroborate.Storage;
using Npgsql;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run workers [--count N]</c>: the same generated files (<see cref="StoryStreamGenerator"/>, seed 42,
/// written as plain-text files; writing them is not timed) ingested by 1, 2, 3 and 4 workers sharing one
/// PostgreSQL (in-process workers, each with its own connections, one read loop each) and by one process
/// on SQLite. Prints articles/s to "every article in a story" and to "every story report built", and where
/// the time went per stage, summed over workers. PostgreSQL comes from $CORROBORATE_BENCH_PG, else
/// $CORROBORATE_TEST_PG (source .ci/postgres); each run gets a fresh schema, dropped afterwards.
/// </summary>
internal static class WorkersHarness
{
    /// <param name="only">Run these numbers of workers only (the issue's check: <c>--workers 3</c>; <c>--workers 1,2,4</c>), else 1, 2, 3 and 4.</param>
    public static async Task RunAsync(TextWriter output, int count, int[]? only = null)
    {
        var folder = Directory.CreateTempSubdirectory("corroborate-bench-workers-");
        try
        {
            var files = Path.Combine(folder.FullName, "files");
            WriteFiles(files, count);
            output.WriteLine(Invariant($"workers: {count:N0} generated articles (seed 42) as files; {Environment.ProcessorCount} cores"));
            output.WriteLine(Invariant($"  load average at start: {LoadAverage()} (wall-clock figures count other processes' use of the cores too)"));
            output.WriteLine("  store         workers   to stories (art/s)   to reports (art/s)   our CPU ms/article   busiest stages (seconds, summed over workers)");
            // Warm up first (JIT, the language and word lists loaded once per process), so no run pays for it.
            var warmUp = Path.Combine(folder.FullName, "warm-up");
            WriteFiles(warmUp, 50);
            await SqliteAsync(warmUp, ":memory:");
            var sqlite = await SqliteAsync(files, Path.Combine(folder.FullName, "bench.db"));
            output.WriteLine(Invariant($"  SQLite              1   {count / sqlite.Stories.TotalSeconds,18:N0}   {count / sqlite.Reports.TotalSeconds,18:N0}   {sqlite.Cpu.TotalMilliseconds / count,18:N1}   {sqlite.Stages}"));
            var location = Environment.GetEnvironmentVariable("CORROBORATE_BENCH_PG") is { Length: > 0 } bench ? bench
                : Environment.GetEnvironmentVariable("CORROBORATE_TEST_PG");
            if (location is null)
            {
                output.WriteLine("  PostgreSQL: not configured (set CORROBORATE_BENCH_PG, or source .ci/postgres)");
                return;
            }

            var differences = new List<string>();
            foreach (var workers in only ?? [1, 2, 3, 4])
            {
                var run = await PostgresAsync(files, location, workers);
                output.WriteLine(Invariant($"  PostgreSQL   {workers,8}   {count / run.Stories.TotalSeconds,18:N0}   {count / run.Reports.TotalSeconds,18:N0}   {run.Cpu.TotalMilliseconds / count,18:N1}   {run.Stages}"));
                var differing = sqlite.Partition.Count(p => !run.Partition.TryGetValue(p.Key, out var story) || story != p.Value)
                    + run.Partition.Keys.Count(k => !sqlite.Partition.ContainsKey(k));
                var reportsDiffering = sqlite.StoryReports.Count(p => !run.StoryReports.TryGetValue(p.Key, out var report) || report != p.Value)
                    + run.StoryReports.Keys.Count(k => !sqlite.StoryReports.ContainsKey(k));
                differences.Add(Invariant($"{workers} workers: {(differing == 0 ? "same stories" : $"{differing} articles differ")}, {(reportsDiffering == 0 ? "same reports" : $"{reportsDiffering} reports differ")}"));
            }

            output.WriteLine(Invariant($"  story of every article and report of every story against one process on SQLite ({sqlite.Partition.Count:N0} articles, {sqlite.Partition.Values.Select(v => v.Story).Distinct().Count():N0} stories): {string.Join("; ", differences)}"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The generated stream as text files, one article each with a Unix-timestamp header (shared with the assigner bench).</summary>
    internal static void WriteFiles(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var generator = new StoryStreamGenerator(42);
        for (var i = 0; i < count; i++)
        {
            var (article, _) = generator.Next();
            var body = article.Body[(article.Body.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
            File.WriteAllText(Path.Combine(folder, Invariant($"{i:D6}.txt")), Invariant($"{article.Published!.Value.ToUnixTimeSeconds()} {article.Title}\n\n{body}\n"));
        }
    }

    private static async Task<Run> SqliteAsync(string files, string database)
    {
        await using var store = await SqliteArticleStore.OpenAsync(database);
        var cpu = Cpu();
        var watch = Stopwatch.StartNew();
        var pipeline = new IngestPipeline(store);
        var result = await pipeline.IngestAsync([files]);
        var stories = watch.Elapsed;
        // One process builds each story's report once, at the end: the least work a report can cost.
        var articles = result.Articles.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // A fresh analyzer, as a process without kept state reports a story: the bytes the workers store (grown between rebuild points).
        var analyzer = new StoryAnalyzer(AnalysisOptions.Default);
        var reportTime = Stopwatch.StartNew();
        var reportsByStory = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in pipeline.Stories.Stories())
        {
            reportsByStory[story.Id] = StoryJobRunner.Json(analyzer.Analyze(story, articles));
        }

        pipeline.Timings.Add("reports", (long)(reportTime.Elapsed.TotalSeconds * Stopwatch.Frequency));
        return new Run(stories, watch.Elapsed, Cpu() - cpu, Busiest(pipeline.Timings.Totals), await PartitionAsync(store), reportsByStory);
    }

    private static async Task<Run> PostgresAsync(string files, string location, int count)
    {
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        var admin = PostgresLocation.ToConnectionString(location);
        await ExecuteAsync(admin, $"CREATE SCHEMA {schema}");
        try
        {
            var inSchema = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
            var stores = new List<PostgresArticleStore>();
            for (var i = 0; i < count; i++)
            {
                stores.Add(await PostgresArticleStore.OpenAsync(inSchema, $"bench-{i}"));
            }

            var cpu = Cpu();
            var watch = Stopwatch.StartNew();
            var queueTime = Stopwatch.StartNew();
            await new InputQueue(stores[0]).EnqueueFilesAsync([.. InputQueue.InboxFiles(files)]);
            var queued = queueTime.Elapsed;
            var workers = stores.Select((store, i) => new Worker(store, new WorkerOptions
            {
                Name = $"bench-{i}",
                Once = true,
                Readers = 1,
                Poll = TimeSpan.FromMilliseconds(10),
                TakeoverInterval = TimeSpan.FromMilliseconds(200),
            }, _ => { })).ToList();
            var running = workers.Select(w => Task.Run(() => w.RunAsync(CancellationToken.None))).ToList();
            var stories = TimeSpan.Zero;
            var queue = new InputQueue(stores[0]);
            while (!running.All(t => t.IsCompleted))
            {
                if (stories == TimeSpan.Zero && (await queue.StateAsync()).WaitingInputs == 0)
                {
                    stories = watch.Elapsed;
                }

                await Task.Delay(20);
            }

            await Task.WhenAll(running);
            var reports = watch.Elapsed;
            var cpuUsed = Cpu() - cpu;
            var totals = new Dictionary<string, TimeSpan> { ["queue"] = queued };
            foreach (var worker in workers)
            {
                Merge(totals, worker.Preparer.Timings.Totals);
                Merge(totals, worker.Assigner.Timings.Totals);
            }

            var runs = workers.Sum(w => w.Jobs.Runs);
            var partition = await PartitionAsync(stores[0]);
            var storyReports = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var connection = new NpgsqlConnection(inSchema))
            {
                await connection.OpenAsync();
                await using var select = new NpgsqlCommand("SELECT story_id, report FROM story_reports", connection);
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    storyReports[reader.GetString(0)] = reader.GetString(1);
                }
            }

            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }

            return new Run(stories == TimeSpan.Zero ? reports : stories, reports, cpuUsed, Busiest(totals) + Invariant($"; {runs:N0} report runs"), partition, storyReports);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static void Merge(Dictionary<string, TimeSpan> into, IReadOnlyDictionary<string, TimeSpan> from)
    {
        foreach (var (stage, time) in from)
        {
            into[stage] = into.GetValueOrDefault(stage) + time;
        }
    }

    private static string Busiest(IReadOnlyDictionary<string, TimeSpan> totals) =>
        string.Join(", ", totals.OrderByDescending(p => p.Value).Take(5).Select(p => Invariant($"{p.Key} {p.Value.TotalSeconds:F1}")));

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <remarks><see cref="Cpu"/> is this process only: the PostgreSQL server's own CPU is not in it.</remarks>
    /// <param name="StoryReports">Each story's report JSON (entities, quotes, timeline, amounts), as the contract writes it.</param>
    private sealed record Run(TimeSpan Stories, TimeSpan Reports, TimeSpan Cpu, string Stages, Dictionary<string, (string Story, string? DuplicateOf)> Partition,
        Dictionary<string, string> StoryReports);

    /// <summary>Each stored article's story and original: equal maps mean the same partition, the same story ids and the same copy links.</summary>
    private static async Task<Dictionary<string, (string Story, string? DuplicateOf)>> PartitionAsync(IArticleStore store)
    {
        var partition = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        await foreach (var assignment in store.StoryAssignmentsAsync())
        {
            partition[assignment.Article.Id] = (assignment.StoryId, assignment.DuplicateOf);
        }

        return partition;
    }
}
