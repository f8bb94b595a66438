using Corroborate.Cli.Serve;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

/// <summary>The server's stories come from the store's stored stories and reports, and follow what others write to it.</summary>
public sealed class StoryCatalogTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-catalog-");

    private string DatabasePath => Path.Combine(_folder.FullName, "store.db");

    private static StoryAnalyzer Analyzer => new(AnalysisOptions.Default);

    [Fact]
    public async Task Sees_stories_another_writer_adds_to_the_store_while_it_serves()
    {
        var samples = Directory.EnumerateFiles(Repository.Samples).Order(StringComparer.Ordinal).ToList();
        await using (var first = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            await new IngestPipeline(first).IngestAsync(samples.Where(f => Path.GetFileName(f).StartsWith("election", StringComparison.Ordinal)));
        }

        await using var catalog = await StoryCatalog.OpenAsync(await SqliteArticleStore.OpenAsync(DatabasePath), Analyzer);
        var before = catalog.Current;
        Assert.False(await catalog.RefreshAsync(CancellationToken.None));

        // Another process (an ingest, a worker) places more articles in the same store.
        await using (var writer = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            var pipeline = await IngestPipeline.OpenAsync(writer);
            await pipeline.IngestAsync(samples.Where(f => Path.GetFileName(f).StartsWith("quake", StringComparison.Ordinal)));
        }

        // Taken in by the catalog's own poll (every second) or by this call, whichever comes first.
        await catalog.RefreshAsync(CancellationToken.None);
        var after = catalog.Current;
        Assert.True(after.Version > before.Version);
        Assert.True(after.ById.Count > before.ById.Count);
        await using var check = await SqliteArticleStore.OpenAsync(DatabasePath);
        var restored = (await IngestPipeline.OpenAsync(check)).Stories.Stories().ToList();
        Assert.Equal(restored.Select(s => s.Id).Order(StringComparer.Ordinal), after.ById.Keys.Order(StringComparer.Ordinal));
        var quake = restored.First(s => !before.ById.ContainsKey(s.Id));
        Assert.Equal(quake.ArticleIds.ToArray(), after.ById[quake.Id].ArticleIds.ToArray());
        Assert.All(quake.ArticleIds, id => Assert.True(after.Articles.ContainsKey(id)));
        Assert.Equal(quake.Id, after.StoryOfArticle[quake.ArticleIds[0]]);
        Assert.NotNull(await catalog.GetStoryDocumentAsync(quake.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Serves_the_report_it_stored_after_a_restart_byte_for_byte_without_building_it_again()
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            await new IngestPipeline(store).IngestAsync([Repository.Samples]);
        }

        string storyId;
        byte[] built;
        await using (var catalog = await StoryCatalog.OpenAsync(await SqliteArticleStore.OpenAsync(DatabasePath), Analyzer))
        {
            storyId = catalog.Current.NewestFirst.MaxBy(s => s.ArticleIds.Length)!.Id;
            var document = await catalog.GetStoryDocumentAsync(storyId, CancellationToken.None);
            Assert.IsType<StoryEntry>(document);
            built = document!.Json.ToArray();
        }

        await using var restarted = await StoryCatalog.OpenAsync(await SqliteArticleStore.OpenAsync(DatabasePath), Analyzer);
        var stored = await restarted.GetStoryDocumentAsync(storyId, CancellationToken.None);

        Assert.IsNotType<StoryEntry>(stored);
        Assert.Equal(built, stored!.Json.ToArray());
        // The full report (briefing, entity lookups) is built as before, to the same bytes.
        Assert.Equal(built, (await restarted.GetStoryAsync(storyId, CancellationToken.None))!.Json.ToArray());
    }

    [Fact]
    public async Task Links_entities_across_stories_from_the_stored_entity_indexes_after_a_restart()
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            await new IngestPipeline(store).IngestAsync([Repository.Samples]);
        }

        List<string> first;
        await using (var catalog = await StoryCatalog.OpenAsync(await SqliteArticleStore.OpenAsync(DatabasePath), Analyzer))
        {
            first = [.. (await catalog.AllStoryEntitiesAsync(CancellationToken.None)).Select(e => e.ToJson())];
        }

        Assert.Equal(4, first.Count);
        // What the restarted server reads is the stored index: one altered in the store comes back altered.
        var altered = Corroborate.Reporting.StoryEntities.Parse(first[0]);
        altered = altered with { Entities = [altered.Entities[0] with { Name = "A name only the stored index has" }, .. altered.Entities[1..]] };
        await using (var store = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            var story = await ArticleStores.Stories(store).GetStoryAsync(altered.StoryId);
            await ArticleStores.Reports(store).PutEntitiesAsync(story!.Id, StoryVersions.ArticleSet(story), StoryVersions.BuiltInAnalysis, altered.ToJson());
        }

        await using var restarted = await StoryCatalog.OpenAsync(await SqliteArticleStore.OpenAsync(DatabasePath), Analyzer);
        var read = (await restarted.AllStoryEntitiesAsync(CancellationToken.None)).Select(e => e.ToJson()).ToList();

        Assert.Equal([altered.ToJson(), .. first[1..]], read);
    }

    [Fact]
    public async Task Does_not_serve_a_stored_report_of_another_article_set_or_of_a_user_analysis()
    {
        string id;
        await using (var store = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            await new IngestPipeline(store).IngestAsync([Repository.Samples]);
            var story = (await store.ListStoriesAsync())[0];
            id = story.Id;
            await store.PutReportAsync(story.Id, StoryVersions.ArticleSet(story with { ArticleIds = [.. story.ArticleIds, "gone"] }), StoryVersions.BuiltInAnalysis, "{\"stale\":true}");
        }

        await using var catalog = await StoryCatalog.OpenAsync(await SqliteArticleStore.OpenAsync(DatabasePath), Analyzer);
        var document = await catalog.GetStoryDocumentAsync(id, CancellationToken.None);
        Assert.DoesNotContain("stale", System.Text.Encoding.UTF8.GetString(document!.Json.Span), StringComparison.Ordinal);
        Assert.IsType<StoryEntry>(document);
        Assert.Null(new StoryAnalyzer(AnalysisOptions.Default with { MaxParallelism = 1 }).StoredReportKey);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
