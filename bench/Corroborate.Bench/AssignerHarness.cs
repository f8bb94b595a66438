using System.Diagnostics;
using System.Globalization;
using Corroborate.Pipeline.Workers;
using Corroborate.Storage;
using Npgsql;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run assigner [--count N] [--batch B]</c>: the story assigner alone, on prepared inputs. N generated
/// articles (<see cref="StoryStreamGenerator"/>, seed 42) are queued and read by workers first (not timed); then
/// one <see cref="StoryAssigner"/> places them all and commits, B inputs a transaction, and only that is timed:
/// inputs/s by wall, this process's CPU per input, where the assigner's time went (stories = placing, store = its
/// transactions), and how many articles were left for the search vectors to be built outside it. PostgreSQL from
/// $CORROBORATE_BENCH_PG, else $CORROBORATE_TEST_PG; a fresh schema per run, dropped afterwards.
/// </summary>
internal static class AssignerHarness
{
    public static async Task<int> RunAsync(TextWriter output, int count, int batch)
    {
        var location = Environment.GetEnvironmentVariable("CORROBORATE_BENCH_PG") is { Length: > 0 } bench ? bench
            : Environment.GetEnvironmentVariable("CORROBORATE_TEST_PG");
        if (location is null)
        {
            output.WriteLine("assigner: PostgreSQL not configured (set CORROBORATE_BENCH_PG, or source .ci/postgres)");
            return 1;
        }

        var folder = Directory.CreateTempSubdirectory("corroborate-bench-assigner-");
        try
        {
            var files = Path.Combine(folder.FullName, "files");
            WorkersHarness.WriteFiles(files, count);
            var warm = Path.Combine(folder.FullName, "warm");
            WorkersHarness.WriteFiles(warm, 200);
            output.WriteLine(Invariant($"assigner alone: {count:N0} generated articles (seed 42), prepared by readers first; {batch} inputs a transaction; {Environment.ProcessorCount} cores"));
            output.WriteLine(Invariant($"  load average at start: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
            await OnceAsync(TextWriter.Null, warm, location, batch);
            for (var run = 1; run <= 2; run++)
            {
                await OnceAsync(output, files, location, batch);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    private static async Task OnceAsync(TextWriter output, string files, string location, int batch)
    {
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        var admin = PostgresLocation.ToConnectionString(location);
        await WorkersHarness.ExecuteAsync(admin, $"CREATE SCHEMA {schema}");
        try
        {
            var inSchema = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
            await using var store = await PostgresArticleStore.OpenAsync(inSchema, "bench-assigner");
            var inputs = InputQueue.InboxFiles(files);
            await new InputQueue(store).EnqueueFilesAsync([.. inputs]);
            var preparers = Enumerable.Range(0, Environment.ProcessorCount).Select(i => new InputPreparer(store, $"bench-reader-{i}")).ToList();
            await Task.WhenAll(preparers.Select(p => Task.Run(async () =>
            {
                while (await p.PrepareAsync(32, CancellationToken.None) > 0)
                {
                }
            })));

            var rows = await PreparedRowsAsync(inSchema);
            var assigner = new StoryAssigner(store, preparers[0]) { BatchSize = batch };
            var postmaster = await PostmasterAsync(inSchema);
            // Every backend the readers used closed and reaped first, and again at the end: a backend that exits between the
            // two readings would otherwise have its CPU counted at one and not yet at the other.
            await SettleAsync(store);
            var serverCpu = ServerCpu(postmaster);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await assigner.RunAsync(stopWhenIdle: true, CancellationToken.None);
            var wall = watch.Elapsed;
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            await SettleAsync(store);
            var server = ServerCpu(postmaster) - serverCpu;
            var staged = await StagedRowsAsync(inSchema);
            var stored = await store.CountAsync();
            long unsearchable;
            await using (var connection = new NpgsqlConnection(inSchema))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT count(*) FROM articles WHERE search IS NULL", connection);
                unsearchable = (long)(await command.ExecuteScalarAsync())!;
            }

            var placement = preparers.Sum(p => p.Timings.Totals.GetValueOrDefault("placement").TotalMilliseconds);
            var stages = string.Join(", ", assigner.Timings.Totals.OrderByDescending(t => t.Value).Select(t => Invariant($"{t.Key} {t.Value.TotalSeconds:F2} s")));
            output.WriteLine(Invariant($"  {assigner.InputsAssigned:N0} inputs placed ({stored:N0} articles stored) in {wall.TotalSeconds:F2} s: {assigner.InputsAssigned / wall.TotalSeconds:N0} inputs/s; our CPU {used.TotalMilliseconds / assigner.InputsAssigned:F2} ms/input, server CPU {(postmaster is null ? "(not a local server)" : Invariant($"{server.TotalMilliseconds / assigner.InputsAssigned:F2} ms/input"))}; {stages}; {unsearchable:N0} left without a search vector, {staged:N0} staged rows left to prune"));
            CpuBreakdown(output, rows, batch);
            output.WriteLine(Invariant($"    placement features: computed by the readers {placement / Math.Max(1, stored):F3} ms/article (wall on their threads, before timing); computed by the assigner for {assigner.UnpreparedArticles:N0} articles"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await WorkersHarness.ExecuteAsync(admin, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    /// <summary>Staged article rows left (none where the build stages none: the harness also runs against older builds).</summary>
    private static async Task<long> StagedRowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM prepared_articles", connection);
        try
        {
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    /// <summary>Closes the store's pooled connections and gives the server a moment to reap their backends.</summary>
    private static async Task SettleAsync(PostgresArticleStore store)
    {
        store.DataSource.Clear();
        NpgsqlConnection.ClearAllPools();
        await Task.Delay(500);
    }

    /// <summary>Every waiting input's prepared articles (JSON) and placement features, in arrival order.</summary>
    private static async Task<List<(string Prepared, byte[]? Placement)>> PreparedRowsAsync(string connectionString)
    {
        var rows = new List<(string, byte[]?)>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT prepared, placement FROM pending_inputs WHERE NOT done ORDER BY seq", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1)));
        }

        return rows;
    }

    /// <summary>
    /// Where the assigner's own CPU goes per input, each step replayed alone in this process over the same inputs with no
    /// database (process CPU, best of three): parsing what it reads, placing (with the readers' features, and computing
    /// them itself as before), the story snapshots of each batch, and encoding the article rows it writes.
    /// </summary>
    private static void CpuBreakdown(TextWriter output, List<(string Prepared, byte[]? Placement)> rows, int batch)
    {
        if (output == TextWriter.Null)
        {
            return;
        }

        var inputs = rows.Select(r => (Articles: PreparedInputJson.Articles(r.Prepared), Placements: r.Placement is null ? null : PlacementBinary.Read(r.Placement))).ToList();
        var n = rows.Count;
        var parse = Best(() =>
        {
            foreach (var (prepared, _) in rows)
            {
                PreparedInputJson.Articles(prepared);
            }
        });
        var parsePlacement = Best(() =>
        {
            foreach (var (_, placement) in rows)
            {
                if (placement is not null)
                {
                    PlacementBinary.Read(placement);
                }
            }
        });
        var placeWith = Best(() => Place(inputs, usePlacements: true, batch: 0));
        var placeWithout = Best(() => Place(inputs, usePlacements: false, batch: 0));
        var placeAndSnapshot = Best(() => Place(inputs, usePlacements: true, batch));
        var encode = Best(() =>
        {
            foreach (var (articles, _) in inputs)
            {
                foreach (var a in articles)
                {
                    ArticleJson.Segments(a.Segments);
                    ArticleJson.Spans(a.Sentences);
                    ArticleJson.Removed(a.Removed);
                }
            }
        });
        output.WriteLine(Invariant($"    our CPU replayed without the database (ms/input, best of 3): parse articles JSON {parse / n:F3}, placement features {parsePlacement / n:F3}; place {placeWith / n:F3} (computing the features in the assigner as before: {placeWithout / n:F3}); story snapshots and JSON per batch {(placeAndSnapshot - placeWith) / n:F3}; re-encode segments/sentences {encode / n:F3}"));

        static double Best(Action work)
        {
            var best = double.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                work();
                best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            }

            return best;
        }

        static void Place(List<(List<Corroborate.Model.Article> Articles, List<Corroborate.Clustering.PlacementFeatures>? Placements)> inputs, bool usePlacements, int batch)
        {
            var clusterer = new Corroborate.Clustering.StoryClusterer();
            var assignments = new List<Corroborate.Clustering.StoryAssignment?>();
            var touched = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var inBatch = 0;
            foreach (var (articles, placements) in inputs)
            {
                for (var i = 0; i < articles.Count; i++)
                {
                    if (!seen.Add(articles[i].ContentHash) || clusterer.Index.StoryOf(articles[i].Id) is not null)
                    {
                        continue;
                    }

                    var assignment = clusterer.Assign(articles[i], usePlacements ? placements?[i] : null);
                    assignments.Add(assignment);
                    touched.AddRange(assignment.ChangedStories);
                }

                if (batch > 0 && ++inBatch == batch)
                {
                    Snapshot(clusterer, assignments, touched);
                    inBatch = 0;
                }
            }

            if (batch > 0)
            {
                Snapshot(clusterer, assignments, touched);
            }
        }

        // As StoryAssigner does per batch: the changed stories for the stories table and a snapshot per report job, as JSON.
        static void Snapshot(Corroborate.Clustering.StoryClusterer clusterer, List<Corroborate.Clustering.StoryAssignment?> assignments, List<string> touched)
        {
            var changes = StoryChanges.Of(clusterer.Index, assignments);
            var jobs = touched.Distinct(StringComparer.Ordinal).Select(id => clusterer.Index.GetStory(id)!).DistinctBy(story => story.Id, StringComparer.Ordinal).ToList();
            foreach (var story in changes.Changed.Concat(jobs))
            {
                PreparedInputJson.Story(story);
            }

            assignments.Clear();
            touched.Clear();
        }
    }

    /// <summary>The server's process id when it runs on this machine (its data directory readable), else null.</summary>
    private static async Task<int?> PostmasterAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        var pidFile = Path.Combine((string)(await command.ExecuteScalarAsync())!, "postmaster.pid");
        try
        {
            return int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// CPU used by the server: the postmaster, its live backends, and (through cutime/cstime) the backends it has
    /// reaped. A figure the other processes on a shared machine do not inflate, unlike wall time.
    /// </summary>
    private static TimeSpan ServerCpu(int? postmaster)
    {
        if (postmaster is not { } pid)
        {
            return TimeSpan.Zero;
        }

        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var candidate))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // Fields after the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
                if (candidate == pid)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                        + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
                }
                else if (int.Parse(fields[1], CultureInfo.InvariantCulture) == pid)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // a process that ended while we looked
            }
        }

        // Linux reports these in clock ticks of 1/100 s (USER_HZ).
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
