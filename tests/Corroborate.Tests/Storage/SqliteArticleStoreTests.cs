using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Storage;

public sealed class SqliteArticleStoreTests : ArticleStoreContract, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-store-");

    private string DatabasePath => Path.Combine(_folder.FullName, "test.db");

    protected override async Task<IArticleStore> OpenAsync() => await SqliteArticleStore.OpenAsync(DatabasePath);

    [Fact]
    public Task Round_trips_an_article_with_its_segments_sentences_and_removals() => Round_trips_an_article_with_its_segments_sentences_and_removals_case();

    [Fact]
    public Task Stores_the_same_article_once_however_often_it_is_added() => Stores_the_same_article_once_however_often_it_is_added_case();

    [Fact]
    public Task Finds_an_article_by_its_external_id() => Finds_an_article_by_its_external_id_case();

    [Fact]
    public async Task An_id_names_its_own_article_before_any_article_carrying_it_as_external_id_and_a_shared_external_id_the_first_stored()
    {
        var first = Articles.FromFixture("Text/caption-and-bullet-teaser.txt") with { ExternalId = "wire-9" };
        var second = Articles.FromFixture("Text/dated-dateline-with-agency.txt") with { ExternalId = "wire-9" };
        var third = Articles.FromFixture("Text/date-header-and-capital-dateline.txt") with { ExternalId = second.Id };
        await using var store = await OpenAsync();
        await store.AddAsync([first, second, third]);

        Assert.Equal(first.Id, (await store.GetAsync("wire-9"))?.Id);
        Assert.Equal(second.Id, (await store.GetAsync(second.Id))?.Id);
        Assert.Equal(third.Id, (await store.GetAsync(third.Id))?.Id);
    }

    [Fact]
    public Task Rolls_back_a_whole_input_when_one_of_its_articles_cannot_be_written() => Rolls_back_a_whole_input_when_one_of_its_articles_cannot_be_written_case();

    [Fact]
    public Task Keeps_story_assignments_in_arrival_order_and_the_first_one_of_an_article() => Keeps_story_assignments_in_arrival_order_and_the_first_one_of_an_article_case();

    [Fact]
    public Task Lists_articles_oldest_first() => Lists_articles_oldest_first_case();

    [Fact]
    public Task Keeps_each_story_as_the_index_has_it_after_every_batch() => Keeps_each_story_as_the_index_has_it_after_every_batch_case();

    [Fact]
    public Task Finds_a_merged_story_by_its_old_id_and_tells_a_reader_what_changed_since_its_revision() => Finds_a_merged_story_by_its_old_id_and_tells_a_reader_what_changed_since_its_revision_case();

    [Fact]
    public Task Serves_a_stored_report_only_for_the_article_set_and_analysis_it_was_built_for() => Serves_a_stored_report_only_for_the_article_set_and_analysis_it_was_built_for_case();

    [Fact]
    public Task Keeps_a_story_entity_index_with_its_report_and_drops_it_with_the_report() => Keeps_a_story_entity_index_with_its_report_and_drops_it_with_the_report_case();

    [Fact]
    public Task Searches_clean_text_ignoring_accents_and_never_reading_the_query_as_syntax() => Searches_clean_text_ignoring_accents_and_never_reading_the_query_as_syntax_case();

    [Fact]
    public Task Applies_migrations_once_so_reopening_keeps_the_data() => Applies_migrations_once_so_reopening_keeps_the_data_case();

    [Fact]
    public async Task Gives_a_store_written_before_stories_were_kept_its_stories_from_one_replay_on_first_read()
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            await new Corroborate.Pipeline.IngestPipeline(store).IngestAsync([Repository.Samples]);
        }

        // Back to the schema of the version before (step 4): assignments, no stories.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "DROP TABLE stories; DROP TABLE story_aliases; DROP TABLE story_reports; DROP TABLE store_state; DELETE FROM schema_version WHERE version >= 5;";
            await downgrade.ExecuteNonQueryAsync();
        }

        await using var reopened = await SqliteArticleStore.OpenAsync(DatabasePath);
        Assert.False(await reopened.HasStoriesAsync());
        Assert.Empty(await reopened.ListStoriesAsync());

        var stories = await Corroborate.Pipeline.StoredStories.OpenAsync(reopened);

        Assert.True(await stories.HasStoriesAsync());
        var restored = (await Corroborate.Pipeline.IngestPipeline.OpenAsync(reopened)).Stories.Stories().ToList();
        var stored = await stories.ListStoriesAsync();
        Assert.Equal(restored.Select(s => (s.Id, s.Title, string.Join(',', s.ArticleIds))), stored.Select(s => (s.Id, s.Title, string.Join(',', s.ArticleIds))));
    }

    [Fact]
    public async Task A_new_store_keeps_stories_from_its_first_article()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);
        Assert.True(await store.HasStoriesAsync());
    }

    [Fact]
    public async Task Stays_intact_after_a_rolled_back_input()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);
        var broken = Articles.FromPlainText("Another story entirely, told in one sentence.") with { Language = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => store.AddAsync([Articles.FromFixture("Text/caption-and-bullet-teaser.txt"), broken]));

        Assert.Equal("ok", await store.IntegrityCheckAsync());
    }

    [Fact]
    public async Task A_scratch_store_without_a_search_index_reads_back_what_it_stored()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath, fullTextIndex: false);
        var article = Articles.FromPlainText("The ferry operator cancelled every crossing to the island on Sunday as gales closed the harbour.");

        await store.AddAsync([article]);

        Assert.Equal(article.CleanText, (await store.GetAsync(article.Id))?.CleanText);
        Assert.Empty(await store.SearchAsync("ferry"));
        Assert.Equal("ok", await store.IntegrityCheckAsync());
    }

    [Fact]
    public async Task Names_the_file_when_it_is_not_a_database()
    {
        await File.WriteAllTextAsync(DatabasePath, new string('x', 4096));

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(DatabasePath));

        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_factory_opens_sqlite_for_a_file_path()
    {
        await using var store = await ArticleStores.OpenAsync(DatabasePath);

        Assert.IsType<SqliteArticleStore>(store);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
