using System.Diagnostics;
using Corroborate.Pipeline.Workers;
using Corroborate.Storage;
using Corroborate.Tests.Support;
using Npgsql;

namespace Corroborate.Tests.Pipeline.Workers;

[Collection(PostgresCollection.Name)]
public sealed class WorkerTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-workers-");
    private PostgresTestSchema? _schema;

    private string Inbox => Path.Combine(_folder.FullName, "inbox");

    private string Location => _schema!.Location;

    [PostgresFact]
    public async Task Three_workers_give_the_same_stories_and_reports_as_one_process()
    {
        NewsFiles.Write(Inbox, 240, seed: 11);
        var expected = await SharedStoreResult.OneProcessAsync(Inbox);

        var workers = await StartWorkersAsync(3, inbox: Inbox);
        await Task.WhenAll(workers.Select(w => w.Run)).WaitAsync(Limit);

        (await SharedStoreResult.OfPostgresAsync(Location)).AssertSameAs(expected);
        Assert.True(workers.Count(w => w.Worker.InputsPrepared > 0) >= 2, "reading was not shared between workers");
        Assert.Equal(1, workers.Count(w => w.Worker.Assigner.InputsAssigned > 0));
        Assert.Empty(InputQueue.InboxFiles(Inbox));
        await DisposeAsync(workers);
    }

    [PostgresFact]
    public async Task Queuing_the_same_inbox_twice_stores_each_article_once()
    {
        NewsFiles.Write(Inbox, 40, seed: 5);
        var expected = await SharedStoreResult.OneProcessAsync(Inbox);
        var copy = Path.Combine(_folder.FullName, "again");
        CopyFolder(Inbox, copy);
        await using var store = await PostgresArticleStore.OpenAsync(Location);
        var queue = new InputQueue(store);

        Assert.Equal(40, await queue.EnqueueFolderAsync(Inbox));
        // The same files again (a worker that died before moving them): same source and content, not queued twice.
        CopyFolder(copy, Inbox);
        Assert.Equal(0, await queue.EnqueueFolderAsync(Inbox));

        var workers = await StartWorkersAsync(2, inbox: null);
        await Task.WhenAll(workers.Select(w => w.Run)).WaitAsync(Limit);
        (await SharedStoreResult.OfPostgresAsync(Location)).AssertSameAs(expected);
        await DisposeAsync(workers);
    }

    [PostgresFact]
    public async Task Two_workers_poll_a_feed_once_between_them_and_place_its_entries_in_stories()
    {
        var feed = string.Join('\n', new[] { "a", "b", "c" }.Select(id =>
            $$"""{"id": "{{id}}", "url": "/pages/{{id}}", "title": "Harbour fire {{id}}", "text": "Summary {{id}}."}"""));
        await using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/feed"
            ? new(200, feed)
            : new(200, $"A fire broke out at the harbour of Port Elise on Monday, officials said, and crews fought it through the night. Page {request.Url.AbsolutePath}."));
        var stores = new List<PostgresArticleStore>();
        var workers = new List<Worker>();
        for (var i = 0; i < 2; i++)
        {
            stores.Add(await PostgresArticleStore.OpenAsync(Location, $"f{i}"));
            workers.Add(new Worker(stores[i], new WorkerOptions
            {
                Name = $"f{i}",
                Once = true,
                Readers = 1,
                Feeds = [server.Url("/feed")],
                // The test server is on loopback: this feed is allowed to reach its own host there.
                Watch = new Corroborate.Ingest.Watching.WatchOptions { AllowPrivate = new HashSet<string> { server.Url("/feed") } },
                Poll = TimeSpan.FromMilliseconds(20),
                TakeoverInterval = TimeSpan.FromMilliseconds(200),
            }, _ => { }));
        }

        await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(CancellationToken.None)))).WaitAsync(Limit);

        var result = await SharedStoreResult.OfPostgresAsync(Location);
        Assert.Equal(3, result.ArticleCount);
        Assert.Equal(3, result.Stories.Count);
        Assert.Single(result.Stories.Values.Select(s => s.Story).Distinct());
        Assert.Single(result.Reports);
        Assert.Equal(0, result.WaitingInputs + result.WaitingJobs);
        Assert.Equal(1, server.Requests.Count(r => r.Path == "/feed"));
        Assert.Equal(3, server.Requests.Count(r => r.Path.StartsWith("/pages/", StringComparison.Ordinal)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task Go_zero_time_killed_the_assigner_and_report_jobs_and_worker_once_hung_regression_the_run_completes()
    {
        Directory.CreateDirectory(Inbox);
        await File.WriteAllLinesAsync(Path.Combine(Inbox, "crawl.jsonl"),
        [
            """{"id": "z1", "title": "Council", "published": "0001-01-01T00:00:00Z", "text": "On 0001-01-01 the council met on Monday. It had met last Friday too, and will meet next Monday in the summer."}""",
            """{"id": "z2", "title": "Far", "published": "9999-12-31T00:00:00Z", "text": "Officials said next year would differ and last month was quiet."}""",
            """{"id": "z3", "title": "Harbour reopens", "published": "2024-05-06T08:00:00Z", "text": "The harbour reopened on Monday after storm repairs."}""",
            """{"id": "z4", broken line""",
        ]);

        var workers = await StartWorkersAsync(2, inbox: Inbox);
        await Task.WhenAll(workers.Select(w => w.Run)).WaitAsync(Limit);

        var result = await SharedStoreResult.OfPostgresAsync(Location);
        Assert.Equal(3, result.ArticleCount);
        Assert.Equal(0, result.WaitingInputs + result.WaitingJobs);
        Assert.Equal(result.Stories.Values.Select(s => s.Story).Distinct().Count(), result.Reports.Count);
        Assert.Equal(1, result.InputErrors);
        await DisposeAsync(workers);
    }

    [PostgresFact(RestartsServer = true)]
    public async Task Restarting_postgres_under_load_loses_and_doubles_nothing()
    {
        NewsFiles.Write(Inbox, 300, seed: 23);
        var expected = await SharedStoreResult.OneProcessAsync(Inbox);
        await using (var store = await PostgresArticleStore.OpenAsync(Location))
        {
            await new InputQueue(store).EnqueueFolderAsync(Inbox);
        }

        var workers = await StartWorkersAsync(3, inbox: null);
        await WaitForDoneInputsAsync(40);
        Assert.Equal(0, await PostgresTestSchema.RestartAsync());
        await Task.WhenAll(workers.Select(w => w.Run)).WaitAsync(Limit);

        var actual = await SharedStoreResult.OfPostgresAsync(Location);
        actual.AssertSameAs(expected);
        await DisposeAsync(workers);
    }

    [PostgresFact]
    public async Task Killing_a_worker_process_and_then_the_story_assigner_loses_and_doubles_nothing()
    {
        NewsFiles.Write(Inbox, 400, seed: 31);
        var expected = await SharedStoreResult.OneProcessAsync(Inbox);
        var prefix = "k" + Guid.NewGuid().ToString("N")[..6];
        await using (var store = await PostgresArticleStore.OpenAsync(Location))
        {
            await new InputQueue(store).EnqueueFolderAsync(Inbox);
        }

        var processes = Enumerable.Range(0, 3).Select(i => StartWorkerProcess($"{prefix}-{i}")).ToList();
        try
        {
            await WaitForDoneInputsAsync(60);
            var assigner = await AssignerNameAsync(prefix);
            var reader = processes.First(p => p.Name != assigner);
            CliProcess.KillHard(reader.Process);

            await WaitForDoneInputsAsync(150);
            var assigning = await AssignerNameAsync(prefix);
            CliProcess.KillHard(processes.Single(p => p.Name == assigning).Process);
            // The survivor takes over within seconds; a replacement joins it, as an operator would start one.
            processes.Add(StartWorkerProcess($"{prefix}-3"));
            foreach (var (_, process) in processes.Where(p => !p.Process.HasExited))
            {
                await CliProcess.WaitForExitAsync(process, Limit);
                Assert.Equal(0, process.ExitCode);
            }
        }
        finally
        {
            foreach (var (_, process) in processes.Where(p => !p.Process.HasExited))
            {
                process.Kill();
            }
        }

        (await SharedStoreResult.OfPostgresAsync(Location)).AssertSameAs(expected);
    }

    private (string Name, Process Process) StartWorkerProcess(string name) =>
        (name, CliProcess.Start("worker", "--db", Location, "--once", "--name", name, "--readers", "1", "--quiet"));

    /// <summary>The application name of the worker holding the story assigner lock.</summary>
    private async Task<string> AssignerNameAsync(string prefix)
    {
        await using var connection = new NpgsqlConnection(PostgresTestSchema.ConnectionString);
        await connection.OpenAsync();
        // Up to 30 s: under a full parallel test run the role can pass between workers (or a worker start) slowly.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var command = new NpgsqlCommand($"""
                SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.objid = {PostgresArticleStore.AssignerLock}
                    AND a.application_name LIKE $1
                """, connection);
            command.Parameters.AddWithValue(prefix + "%");
            if (await command.ExecuteScalarAsync() is string name)
            {
                return name;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no worker holds the story assigner role");
    }

    private async Task WaitForDoneInputsAsync(int count)
    {
        await using var connection = new NpgsqlConnection(Location);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Limit)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pending_inputs WHERE done", connection);
            if ((long)(await command.ExecuteScalarAsync())! >= count)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"fewer than {count} inputs were placed in stories within {Limit}");
    }

    private async Task<List<(Worker Worker, PostgresArticleStore Store, Task Run)>> StartWorkersAsync(int count, string? inbox)
    {
        var workers = new List<(Worker, PostgresArticleStore, Task)>();
        for (var i = 0; i < count; i++)
        {
            var store = await PostgresArticleStore.OpenAsync(Location, $"w{i}");
            var options = new WorkerOptions
            {
                Name = $"w{i}",
                Inbox = inbox,
                Once = true,
                Readers = 1,
                Poll = TimeSpan.FromMilliseconds(20),
                TakeoverInterval = TimeSpan.FromMilliseconds(200),
            };
            var worker = new Worker(store, options, _ => { });
            workers.Add((worker, store, Task.Run(() => worker.RunAsync(CancellationToken.None))));
        }

        return workers;
    }

    private static async Task DisposeAsync(List<(Worker Worker, PostgresArticleStore Store, Task Run)> workers)
    {
        foreach (var (_, store, _) in workers)
        {
            await store.DisposeAsync();
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in InputQueue.InboxFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    public async Task InitializeAsync() => _schema = await PostgresTestSchema.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }
}
