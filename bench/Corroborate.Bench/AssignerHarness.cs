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
public static class AssignerHarness
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
            WriteFiles(files, count);
            var warm = Path.Combine(folder.FullName, "warm");
            WriteFiles(warm, 200);
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
        await ExecuteAsync(admin, $"CREATE SCHEMA {schema}");
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

            var assigner = new StoryAssigner(store, preparers[0]) { BatchSize = batch };
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await assigner.RunAsync(stopWhenIdle: true, CancellationToken.None);
            var wall = watch.Elapsed;
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var stored = await store.CountAsync();
            long unsearchable;
            await using (var connection = new NpgsqlConnection(inSchema))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT count(*) FROM articles WHERE search IS NULL", connection);
                unsearchable = (long)(await command.ExecuteScalarAsync())!;
            }

            var stages = string.Join(", ", assigner.Timings.Totals.OrderByDescending(t => t.Value).Select(t => Invariant($"{t.Key} {t.Value.TotalSeconds:F2} s")));
            output.WriteLine(Invariant($"  {assigner.InputsAssigned:N0} inputs placed ({stored:N0} articles stored) in {wall.TotalSeconds:F2} s: {assigner.InputsAssigned / wall.TotalSeconds:N0} inputs/s; our CPU {used.TotalMilliseconds / assigner.InputsAssigned:F2} ms/input; {stages}; {unsearchable:N0} left without a search vector"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static void WriteFiles(string folder, int count)
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

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
