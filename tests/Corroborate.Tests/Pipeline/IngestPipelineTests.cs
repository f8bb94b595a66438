using System.Text;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Pipeline;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-pipeline-");

    private string Inputs => Path.Combine(_folder.FullName, "in");

    private static int TextFixtures => Directory.EnumerateFiles(Fixtures.PathOf("Text")).Count();

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

        Assert.Equal(TextFixtures, result.Articles.Length);
        Assert.Equal(TextFixtures, result.Added);
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
        Assert.Equal(TextFixtures, await store.CountAsync());
    }

    [Fact]
    public void Times_each_stage_it_runs()
    {
        var pipeline = new IngestPipeline(new NullStore());

        pipeline.Process(Corroborate.Ingest.PlainTextHeaderReader.Read(Fixtures.Text("Text/caption-and-bullet-teaser.txt"), "x.txt"));

        Assert.Contains("clean", pipeline.Timings.Totals.Keys);
        Assert.Contains("assemble", pipeline.Timings.Totals.Keys);
    }

    [Fact]
    public async Task Empty_articles_shared_one_content_hash_and_vanished_as_already_stored_regression_each_is_named_and_none_stored()
    {
        Directory.CreateDirectory(Inputs);
        File.WriteAllText(Path.Combine(Inputs, "a-share-bar.txt"), "Share this article: Facebook Twitter Email\n\nAdvertisement\n");
        File.WriteAllText(Path.Combine(Inputs, "b-cookie-banner.txt"), "We use cookies to improve your experience. By continuing you agree to our use of cookies.\n");
        File.WriteAllText(Path.Combine(Inputs, "c-report.txt"), "The harbour reopened on Monday after the storm repairs were finished.\n");
        await using var store = await SqliteArticleStore.OpenAsync(Path.Combine(_folder.FullName, "store.db"));

        var result = await new IngestPipeline(store).IngestAsync([Inputs]);

        Assert.Equal(1, result.Added);
        Assert.Equal(1, await store.CountAsync());
        Assert.Equal(2, result.Errors.Length);
        Assert.All(result.Errors, e => Assert.Contains("no article text left after cleaning", e.Message, StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Source.EndsWith("b-cookie-banner.txt", StringComparison.Ordinal) && e.Message.Contains("cookie-notice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_byte_identical_copy_disappeared_without_a_trace_regression_it_is_listed_with_the_article_it_copies()
    {
        Directory.CreateDirectory(Inputs);
        const string text = "Harbour reopens\n\nThe harbour reopened on Monday after the storm repairs were finished.\n";
        File.WriteAllText(Path.Combine(Inputs, "first.txt"), text);
        File.WriteAllText(Path.Combine(Inputs, "second.txt"), text);
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");

        var pipeline = new IngestPipeline(store) { KeepArticles = false, KeepCopies = true };
        var result = await pipeline.IngestAsync([Inputs]);

        Assert.Equal(1, result.Added);
        Assert.Equal(2, result.Read);
        var copy = Assert.Single(result.Copies);
        Assert.EndsWith("second.txt", copy.Source, StringComparison.Ordinal);
        Assert.Equal((await store.ListAsync()).Single().Id, copy.ArticleId);
        Assert.Empty(result.Articles);
    }

    [Fact]
    public async Task A_large_input_was_one_transaction_held_in_memory_regression_it_is_stored_in_batches()
    {
        Directory.CreateDirectory(Inputs);
        var lines = Enumerable.Range(1, 35).Select(i => $"{{\"title\": \"Report {i}\", \"text\": \"Report {i}: the river at gauge {i} rose by {i} centimetres overnight.\"}}");
        File.WriteAllLines(Path.Combine(Inputs, "crawl.jsonl"), lines);
        var store = new CountingStore();

        var result = await new IngestPipeline(store) { BatchSize = 10, KeepArticles = false }.IngestAsync([Inputs]);

        Assert.Equal(35, result.Read);
        Assert.Equal([10, 10, 10, 5], store.Batches);
    }

    [Fact]
    public async Task Documents_cleaned_on_every_core_keep_their_input_order_with_errors_in_place()
    {
        // 150 lines: more than two cleaning windows; every seventh has no text left after cleaning, every
        // eleventh is not JSON. Articles and errors come out in line order, as one at a time gives them.
        Directory.CreateDirectory(Inputs);
        var lines = Enumerable.Range(1, 150).Select(i =>
            i % 11 == 0 ? "{not json"
            : i % 7 == 0 ? $"{{\"title\": \"Share {i}\", \"text\": \"Share this article: Facebook Twitter Email\"}}"
            : $"{{\"title\": \"Gauge {i}\", \"text\": \"The river at gauge {i} rose by {i * 3} centimetres overnight, the water board said on Tuesday.\"}}");
        File.WriteAllLines(Path.Combine(Inputs, "crawl.jsonl"), lines);

        var pipeline = new IngestPipeline(new NullStore());
        var (articles, errors) = pipeline.ReadInput(Path.Combine(Inputs, "crawl.jsonl"), default);

        var expected = Enumerable.Range(1, 150).Where(i => i % 11 != 0 && i % 7 != 0).Select(i => $"Gauge {i}").ToList();
        Assert.Equal(expected, articles.Select(a => a.Title ?? "").ToList());
        var errorOrder = errors.Select(e => e.Message.Contains("no article text", StringComparison.Ordinal) ? "empty" : "json").ToList();
        Assert.Equal(Enumerable.Range(1, 150).Where(i => i % 11 == 0 || i % 7 == 0).Select(i => i % 11 == 0 ? "json" : "empty").ToList(), errorOrder);
    }

    [Fact]
    public async Task A_folder_of_small_files_read_several_at_once_is_stored_in_name_order_with_each_bad_file_named_in_its_place()
    {
        // 70 files: more than one run of small files read at once; every ninth is empty, every thirteenth has no text left.
        Directory.CreateDirectory(Inputs);
        for (var i = 1; i <= 70; i++)
        {
            var text = i % 9 == 0 ? ""
                : i % 13 == 0 ? "Share this article: Facebook Twitter Email\n"
                : $"Gauge {i:D2} report\n\nThe river at gauge {i} rose by {i * 3} centimetres overnight, the water board said on Tuesday.\n";
            File.WriteAllText(Path.Combine(Inputs, $"page-{i:D2}.txt"), text);
        }

        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var done = new List<string>();
        var pipeline = new IngestPipeline(store) { KeepArticles = false };
        pipeline.InputDone += done.Add;

        var result = await pipeline.IngestAsync([Inputs]);

        var good = Enumerable.Range(1, 70).Where(i => i % 9 != 0 && i % 13 != 0).ToList();
        Assert.Equal(good.Count, result.Added);
        Assert.Equal(good.Select(i => $"page-{i:D2}.txt"), (await store.ListAsync(limit: 100)).Select(a => Path.GetFileName(a.Source)));
        Assert.Equal(Enumerable.Range(1, 70).Where(i => i % 9 == 0 || i % 13 == 0).Select(i => $"page-{i:D2}.txt"),
            result.Errors.Select(e => Path.GetFileName(e.Source)));
        Assert.Equal(Enumerable.Range(1, 70).Select(i => $"page-{i:D2}.txt"), done.Select(Path.GetFileName));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    /// <summary>A store that keeps nothing and counts the articles of each transaction.</summary>
    private sealed class CountingStore : IArticleStore
    {
        private readonly NullStore _inner = new();

        public List<int> Batches { get; } = [];

        public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Corroborate.Model.Article> articles, CancellationToken cancellationToken = default) => _inner.AddAsync(articles, cancellationToken);

        public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Corroborate.Model.Article Article, Corroborate.Clustering.StoryAssignment? Story)> articles, CancellationToken cancellationToken = default)
        {
            Batches.Add(articles.Count);
            return _inner.AddAsync(articles, cancellationToken);
        }

        public Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default) => _inner.ContainsAsync(contentHash, cancellationToken);

        public IAsyncEnumerable<Corroborate.Clustering.StoredStoryAssignment> StoryAssignmentsAsync(CancellationToken cancellationToken = default) => _inner.StoryAssignmentsAsync(cancellationToken);

        public Task<Corroborate.Model.Article?> GetAsync(string id, CancellationToken cancellationToken = default) => _inner.GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<ArticleSummary>> ListAsync(int offset = 0, int limit = 100, CancellationToken cancellationToken = default) => _inner.ListAsync(offset, limit, cancellationToken);

        public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellationToken = default) => _inner.SearchAsync(query, limit, cancellationToken);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => _inner.CountAsync(cancellationToken);

        public Task RecordErrorAsync(string source, string message, CancellationToken cancellationToken = default) => _inner.RecordErrorAsync(source, message, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
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
