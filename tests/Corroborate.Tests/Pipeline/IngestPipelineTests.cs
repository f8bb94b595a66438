using System.Text;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Pipeline;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-pipeline-");

    private string Inputs => Path.Combine(_folder.FullName, "in");

    private void WriteFixturesAndBadFiles()
    {
        Directory.CreateDirectory(Inputs);
        foreach (var fixture in Directory.EnumerateFiles(Fixtures.PathOf("Text")))
        {
            File.Copy(fixture, Path.Combine(Inputs, Path.GetFileName(fixture)));
        }

        File.WriteAllBytes(Path.Combine(Inputs, "image.png"), [0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8]);
        File.WriteAllBytes(Path.Combine(Inputs, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(Inputs, "broken-utf8.txt"), [.. Encoding.UTF8.GetBytes("Ra\u00fal Castro met "), 0xE2, 0x82, .. " in Havana "u8, 0xC3, 0xA9, .. " ok"u8]);
    }

    [Fact]
    public async Task Keeps_the_good_articles_and_names_each_bad_input_with_its_reason()
    {
        WriteFixturesAndBadFiles();
        var databasePath = Path.Combine(_folder.FullName, "store.db");
        await using var store = await SqliteArticleStore.OpenAsync(databasePath);

        var result = await new IngestPipeline(store).IngestAsync([Inputs]);

        Assert.Equal(5, result.Articles.Length);
        Assert.Equal(5, result.Added);
        Assert.Equal(3, result.Errors.Length);
        Assert.Contains(result.Errors, e => e.Source.EndsWith("image.png", StringComparison.Ordinal) && e.Message.Contains("not text", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Source.EndsWith("empty.txt", StringComparison.Ordinal) && e.Message.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Source.EndsWith("broken-utf8.txt", StringComparison.Ordinal) && e.Message.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Equal("ok", await store.IntegrityCheckAsync());
    }

    [Fact]
    public async Task Stores_nothing_new_when_the_same_inputs_are_ingested_again()
    {
        WriteFixturesAndBadFiles();
        var databasePath = Path.Combine(_folder.FullName, "store.db");
        await using var store = await SqliteArticleStore.OpenAsync(databasePath);
        await new IngestPipeline(store).IngestAsync([Inputs]);

        var again = await new IngestPipeline(store).IngestAsync([Inputs]);

        Assert.Equal(0, again.Added);
        Assert.Equal(5, await store.CountAsync());
    }

    [Fact]
    public void Times_each_stage_it_runs()
    {
        var pipeline = new IngestPipeline(new NullStore());

        pipeline.Process(Corroborate.Ingest.PlainTextHeaderReader.Read(Fixtures.Text("Text/caption-and-bullet-teaser.txt"), "x.txt"));

        Assert.Contains("clean", pipeline.Timings.Totals.Keys);
        Assert.Contains("assemble", pipeline.Timings.Totals.Keys);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private sealed class NullStore : IArticleStore
    {
        public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Corroborate.Model.Article> articles, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<bool>>([.. articles.Select(_ => true)]);

        public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Corroborate.Model.Article Article, Corroborate.Clustering.StoryAssignment? Story)> articles, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<bool>>([.. articles.Select(_ => true)]);

        public Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public async IAsyncEnumerable<Corroborate.Clustering.StoredStoryAssignment> StoryAssignmentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.CompletedTask;
            yield break;
        }

        public Task<Corroborate.Model.Article?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult<Corroborate.Model.Article?>(null);

        public Task<IReadOnlyList<ArticleSummary>> ListAsync(int offset = 0, int limit = 100, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ArticleSummary>>([]);

        public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SearchHit>>([]);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

        public Task RecordErrorAsync(string source, string message, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
