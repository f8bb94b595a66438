using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Corroborate.Pipeline.Workers;
using Corroborate.Storage;
using Corroborate.Tests.Support;
using Npgsql;

namespace Corroborate.Tests.Pipeline.Workers;

/// <summary>
/// What an operator reads from the built CLI over a shared PostgreSQL store: the worker's log with its
/// per-stage timings (text and JSON), and serve's /healthz naming the story-assigner role and the queue.
/// Here, in the PostgreSQL collection, because a fault test of this assembly restarts the server.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SharedStoreOperationsTests : IDisposable
{
    private readonly DirectoryInfo _inbox = Directory.CreateTempSubdirectory("corroborate-worker-log-");

    private void WriteInbox()
    {
        File.WriteAllText(Path.Combine(_inbox.FullName, "ferry.txt"), "A ferry ran aground off the island on Sunday, the coast guard said. All 40 passengers were taken ashore by lifeboat.");
        File.WriteAllText(Path.Combine(_inbox.FullName, "bridge.txt"), "The old bridge over the river closed on Monday after engineers found cracks, the city council said.");
    }

    private static async Task<(int ExitCode, string Error)> RunWorkerAsync(params string[] arguments)
    {
        using var worker = Start(["worker", .. arguments]);
        var error = worker.StandardError.ReadToEndAsync();
        await worker.StandardOutput.ReadToEndAsync();
        await CliProcess.WaitForExitAsync(worker, TimeSpan.FromMinutes(2));
        return (worker.ExitCode, await error);
    }

    private static Process Start(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(CliProcess.Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    [PostgresFact]
    public async Task Worker_text_log_ends_with_the_time_of_each_stage()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        WriteInbox();

        var (exitCode, error) = await RunWorkerAsync("--db", schema.Location, "--inbox", _inbox.FullName, "--once", "--name", "w1");

        Assert.True(exitCode == 0, error);
        Assert.Matches(@"w1: stage clean \d+\.\d{3} s", error);
        Assert.Matches(@"w1: stage stories \d+\.\d{3} s", error);
        // "read N": the read loops' count; the assigner prepares an input itself when it gets there first.
        Assert.Matches(@"w1: done; read \d inputs?, placed 2,", error);
    }

    [PostgresFact]
    public async Task Worker_json_log_is_one_object_a_line_with_the_worker_and_stage_as_fields()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        WriteInbox();

        var (exitCode, error) = await RunWorkerAsync("--db", schema.Location, "--inbox", _inbox.FullName, "--once", "--name", "w2", "--log-format", "json");

        Assert.True(exitCode == 0, error);
        var entries = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(entries, e => Assert.Equal("Corroborate.Worker", e.GetProperty("Category").GetString()));
        var clean = Assert.Single(entries, e => e.GetProperty("State").TryGetProperty("Stage", out var stage) && stage.GetString() == "clean");
        Assert.Equal("w2", clean.GetProperty("State").GetProperty("Worker").GetString());
        Assert.True(clean.GetProperty("State").GetProperty("Seconds").GetDouble() >= 0);
        Assert.True(entries.Any(e => e.GetProperty("State").TryGetProperty("Text", out var text) && text.GetString()!.StartsWith("done; read ", StringComparison.Ordinal) && text.GetString()!.Contains("placed 2,", StringComparison.Ordinal)), error);
    }

    [PostgresFact]
    public async Task Healthz_names_the_assigner_role_and_the_queue_of_a_shared_store()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await using (await PostgresArticleStore.OpenAsync(schema.Location))
        {
            // Creates the schema's tables before serve opens it.
        }

        using var serve = Start(["serve", "--db", schema.Location, "--urls", "http://127.0.0.1:0"]);
        var lines = new ConcurrentQueue<string>();
        serve.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lines.Enqueue(e.Data);
            }
        };
        serve.OutputDataReceived += (_, _) => { };
        serve.BeginErrorReadLine();
        serve.BeginOutputReadLine();
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(1);
            string? listening;
            while ((listening = lines.FirstOrDefault(l => l.Contains("listening on http://", StringComparison.Ordinal))) is null)
            {
                Assert.False(serve.HasExited || DateTime.UtcNow > deadline, "serve did not start: " + string.Join('\n', lines));
                await Task.Delay(50);
            }

            using var client = new HttpClient { BaseAddress = new Uri(listening[listening.IndexOf("http://", StringComparison.Ordinal)..].Split(' ')[0]) };
            var idle = await HealthAsync(client);
            Assert.Equal("postgresql", idle.GetProperty("storeKind").GetString());
            Assert.Equal("free", idle.GetProperty("assigner").GetString());
            Assert.Equal(0, idle.GetProperty("queue").GetProperty("waitingInputs").GetInt64());

            await using (var store = await PostgresArticleStore.OpenAsync(schema.Location))
            {
                await new InputQueue(store).EnqueueAsync("test:ferry.txt", "A ferry ran aground off the island on Sunday, the coast guard said."u8.ToArray());
            }

            // What a worker does when it becomes the assigner (StoryAssigner): a session advisory lock, keyed by schema and role.
            await using var worker = new NpgsqlConnection(schema.Location);
            await worker.OpenAsync();
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresArticleStore.LockClass}, {PostgresArticleStore.AssignerLock})", worker))
            {
                await take.ExecuteNonQueryAsync();
            }

            var busy = await HealthAsync(client);
            Assert.Equal("held", busy.GetProperty("assigner").GetString());
            Assert.Equal(1, busy.GetProperty("queue").GetProperty("waitingInputs").GetInt64());
            Assert.Equal(1, busy.GetProperty("queue").GetProperty("unreadInputs").GetInt64());
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static async Task<JsonElement> HealthAsync(HttpClient client)
    {
        var response = await client.GetAsync("/healthz");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    public void Dispose() => _inbox.Delete(recursive: true);
}
