using System.Diagnostics;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Bench;

/// <summary>
/// <c>./bench/run ingest [FILE]</c>: what <c>corroborate ingest FILE --db new.db</c> does (read, clean, assemble,
/// duplicates, stories, SQLite store with its search index), in this process on the ECB+ development articles by
/// default; prints articles/s by wall and by process CPU, and the wall time of each stage summed over threads.
/// A first run over the same articles with the words of every paragraph reversed warms the models and the JIT
/// without leaving their paragraphs in the language identifier's memo of recent answers (which would flatter a
/// second pass over the same text); then one measured run. Run the harness several times for a best-of figure.
/// </summary>
internal static class IngestHarness
{
    public static async Task<int> RunAsync(TextWriter output, string? file)
    {
        if (file is null || !File.Exists(file))
        {
            output.WriteLine("ingest: ../shared/data/ecbplus/dev.jsonl not found (set CORROBORATE_SHARED); nothing measured");
            return 1;
        }

        output.WriteLine($"ingest: {file}, into a new SQLite store each run ({Environment.ProcessorCount} cores)");
        var warm = Path.Combine(Path.GetTempPath(), $"corroborate-bench-ingest-warm-{Environment.ProcessId}.jsonl");
        await File.WriteAllLinesAsync(warm, File.ReadLines(file).Select(Reversed));
        (double Wall, double Cpu, IngestResult Result)? best = null;
        for (var run = 0; run < 2; run++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"corroborate-bench-ingest-{Environment.ProcessId}.db");
            File.Delete(path);
            await using (var store = await SqliteArticleStore.OpenAsync(path))
            {
                var pipeline = await IngestPipeline.OpenAsync(store);
                pipeline.KeepArticles = false;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var result = await pipeline.IngestAsync([run == 0 ? warm : file]);
                var wall = watch.Elapsed.TotalSeconds;
                var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                if (run > 0)
                {
                    output.WriteLine($"  measured run: {result.Added} stored, {wall:F2} s wall, {used:F2} s CPU: {result.Added / wall:F0} articles/s, {result.Added / used:F0} per CPU-second");
                    if (best is null || wall < best.Value.Wall)
                    {
                        best = (wall, used, result);
                    }
                }
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }

        File.Delete(warm);
        var (bestWall, bestCpu, bestResult) = best!.Value;
        output.WriteLine("  stages (wall, summed over threads): " + string.Join(", ",
            bestResult.Timings.Totals.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value.TotalSeconds:F2} s")));
        return 0;
    }

    /// <summary>The line with the words of each paragraph of its text in reverse order.</summary>
    private static string Reversed(string line)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
        if (node["text"]?.GetValue<string>() is { } text)
        {
            node["text"] = string.Join("\n\n", text.Split("\n\n").Select(p => string.Join(' ', p.Split(' ').Reverse())));
        }

        return node.ToJsonString();
    }
}
