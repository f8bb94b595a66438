using System.Diagnostics;
using Corroborate.Storage;
using Corroborate.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Corroborate.Tests.Reliability;

/// <summary>The real CLI process interrupted and killed on a large input: it stops cleanly, and what it committed stays.</summary>
public sealed class ProcessFaultTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-faults-");

    /// <summary>A crawl-sized JSON Lines file: distinct short reports, so nothing is a copy of anything.</summary>
    private string WriteCrawl(int lines)
    {
        var path = Path.Combine(_folder.FullName, "crawl.jsonl");
        using var writer = new StreamWriter(path);
        for (var i = 1; i <= lines; i++)
        {
            writer.WriteLine($$"""{"id": "r{{i}}", "title": "Gauge {{i}} report", "text": "The river at gauge {{i}} rose by {{i % 97}} centimetres overnight, station {{i}} reported. Crews checked levee {{i * 7 % 1013}} on the {{i % 28 + 1}}th."}""");
        }

        return path;
    }

    [Fact]
    public async Task Ctrl_C_during_analyze_was_ignored_until_the_end_then_crashed_regression_it_stops_promptly_with_130()
    {
        var input = WriteCrawl(20_000);
        var analyze = CliProcess.Start("analyze", input, "--quiet");
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.False(analyze.HasExited, "analyze finished before it could be interrupted; the input is too small for this machine");

        var interrupted = Stopwatch.StartNew();
        Signal(analyze, "INT");
        await CliProcess.WaitForExitAsync(analyze, TimeSpan.FromSeconds(30));

        Assert.Equal(130, analyze.ExitCode);
        Assert.True(interrupted.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_large_input_was_one_transaction_and_a_kill_kept_nothing_regression_it_commits_in_batches_and_a_rerun_resumes()
    {
        const int lines = 3_000;
        var input = WriteCrawl(lines);
        var database = Path.Combine(_folder.FullName, "store.db");
        var ingest = CliProcess.Start("ingest", input, "--db", database, "--quiet");
        try
        {
            await StoredArticles.WaitForAsync(database, 500, ingest);
        }
        finally
        {
            CliProcess.KillHard(ingest);
        }

        await using (var store = await SqliteArticleStore.OpenAsync(database))
        {
            Assert.Equal("ok", await store.IntegrityCheckAsync());
            var count = await store.CountAsync();
            // Batches commit whole: a kill leaves a whole number of them.
            Assert.InRange(count, 500, lines);
            Assert.True(count % 500 == 0 || count == lines, $"{count} articles stored: not a whole number of 500-article batches");
        }

        var again = CliProcess.Start("ingest", input, "--db", database, "--quiet");
        await CliProcess.WaitForExitAsync(again, TimeSpan.FromMinutes(5));
        Assert.Equal(0, again.ExitCode);
        await using var finished = await SqliteArticleStore.OpenAsync(database);
        Assert.Equal(lines, await finished.CountAsync());
        Assert.Equal("ok", await finished.IntegrityCheckAsync());
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
