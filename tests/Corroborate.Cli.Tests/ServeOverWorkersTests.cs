using Corroborate.Cli.Serve;
using Corroborate.Pipeline;
using Corroborate.Pipeline.Workers;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Cli.Tests;

/// <summary>A server over a PostgreSQL store that workers fill: it serves the workers' reports and sees the stories they add while it runs.</summary>
public sealed class ServeOverWorkersTests
{
    [PostgresFact]
    public async Task Serves_the_workers_stored_reports_and_takes_in_the_stories_they_add_while_it_runs()
    {
        await using var heldServer = await PostgresTestSchema.HoldServerAsync();
        await using var schema = await PostgresTestSchema.CreateAsync();
        var files = Directory.EnumerateFiles(Repository.Samples).Order(StringComparer.Ordinal).ToList();
        await using var workerStore = await PostgresArticleStore.OpenAsync(schema.Location);
        await RunWorkerAsync(workerStore, files.Where(f => Path.GetFileName(f).StartsWith("election", StringComparison.Ordinal)).ToList());

        var analyzer = new StoryAnalyzer(AnalysisOptions.Default);
        await using var catalog = await StoryCatalog.OpenAsync(await ArticleStores.OpenAsync(schema.Location), analyzer);
        var before = catalog.Current.ById.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(before);
        foreach (var id in before)
        {
            await AssertServedFromTheWorkersReportAsync(catalog, id);
        }

        await RunWorkerAsync(workerStore, files.Where(f => Path.GetFileName(f).StartsWith("quake", StringComparison.Ordinal)).ToList());

        // Taken in by the catalog's own poll (every second) or by this call, whichever comes first.
        await catalog.RefreshAsync(CancellationToken.None);
        var added = catalog.Current.ById.Keys.Where(id => !before.Contains(id)).ToList();
        Assert.NotEmpty(added);
        var stories = ArticleStores.Stories(workerStore);
        Assert.Equal((await stories.ListStoriesAsync()).Select(s => s.Id).Order(StringComparer.Ordinal), catalog.Current.ById.Keys.Order(StringComparer.Ordinal));
        foreach (var id in added)
        {
            await AssertServedFromTheWorkersReportAsync(catalog, id);
        }
    }

    private static async Task AssertServedFromTheWorkersReportAsync(StoryCatalog catalog, string id)
    {
        var served = await catalog.GetStoryDocumentAsync(id, CancellationToken.None);
        // Not built here: read from the report the worker stored for this article set.
        Assert.IsNotType<StoryEntry>(served);
        var built = await catalog.GetStoryAsync(id, CancellationToken.None);
        Assert.Equal(built!.Json.ToArray(), served!.Json.ToArray());
    }

    private static async Task RunWorkerAsync(PostgresArticleStore store, IReadOnlyList<string> files)
    {
        await new InputQueue(store).EnqueueFilesAsync(files);
        var worker = new Worker(store, new WorkerOptions { Name = "test-worker", Once = true, Readers = 1, ReportSettle = TimeSpan.Zero, Poll = TimeSpan.FromMilliseconds(20) }, _ => { });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await worker.RunAsync(timeout.Token);
        Assert.False(timeout.IsCancellationRequested, "the worker did not finish its queue in time");
    }
}
