using System.Diagnostics;
using System.Text.Json;
using Corroborate.Tests.Support;

namespace Corroborate.Cli.Tests;

/// <summary>The worker's log over a real PostgreSQL store: per-stage timings, as text and as JSON objects.</summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkerLogTests : IDisposable
{
    private readonly DirectoryInfo _inbox = Directory.CreateTempSubdirectory("corroborate-worker-log-");

    private void WriteInbox()
    {
        File.WriteAllText(Path.Combine(_inbox.FullName, "ferry.txt"), "A ferry ran aground off the island on Sunday, the coast guard said. All 40 passengers were taken ashore by lifeboat.");
        File.WriteAllText(Path.Combine(_inbox.FullName, "bridge.txt"), "The old bridge over the river closed on Monday after engineers found cracks, the city council said.");
    }

    [PostgresFact]
    public async Task Text_log_ends_with_the_time_of_each_stage()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        WriteInbox();

        var (exitCode, _, error) = await CliRunner.RunAsync("worker", "--db", schema.Location, "--inbox", _inbox.FullName, "--once", "--name", "w1");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"w1: stage clean \d+\.\d{3} s", error);
        Assert.Matches(@"w1: stage stories \d+\.\d{3} s", error);
        Assert.Contains("w1: done; read 2 inputs", error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Json_log_is_one_object_a_line_with_the_worker_and_stage_as_fields()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        WriteInbox();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Corroborate.Cli.dll"), "worker", "--db", schema.Location, "--inbox", _inbox.FullName, "--once", "--name", "w2", "--log-format", "json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var worker = Process.Start(start)!;
        var errorText = worker.StandardError.ReadToEndAsync();
        await worker.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await worker.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, worker.ExitCode);
        var entries = (await errorText).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(entries, e => Assert.Equal("Corroborate.Worker", e.GetProperty("Category").GetString()));
        var clean = Assert.Single(entries, e => e.GetProperty("State").TryGetProperty("Stage", out var stage) && stage.GetString() == "clean");
        Assert.Equal("w2", clean.GetProperty("State").GetProperty("Worker").GetString());
        Assert.True(clean.GetProperty("State").GetProperty("Seconds").GetDouble() >= 0);
        Assert.Contains(entries, e => e.GetProperty("State").TryGetProperty("Text", out var text) && text.GetString()!.StartsWith("done; read 2 inputs", StringComparison.Ordinal));
    }

    public void Dispose() => _inbox.Delete(recursive: true);
}
