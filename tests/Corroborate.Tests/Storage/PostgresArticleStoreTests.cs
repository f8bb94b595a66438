using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresArticleStoreTests : ArticleStoreContract, IAsyncLifetime
{
    private PostgresTestSchema? _schema;

    protected override async Task<IArticleStore> OpenAsync() => await ArticleStores.OpenAsync(_schema!.Location);

    [PostgresFact]
    public Task Round_trips_an_article_with_its_segments_sentences_and_removals() => Round_trips_an_article_with_its_segments_sentences_and_removals_case();

    [PostgresFact]
    public Task Stores_the_same_article_once_however_often_it_is_added() => Stores_the_same_article_once_however_often_it_is_added_case();

    [PostgresFact]
    public Task Finds_an_article_by_its_external_id() => Finds_an_article_by_its_external_id_case();

    [PostgresFact]
    public Task Rolls_back_a_whole_input_when_one_of_its_articles_cannot_be_written() => Rolls_back_a_whole_input_when_one_of_its_articles_cannot_be_written_case();

    [PostgresFact]
    public Task Keeps_story_assignments_in_arrival_order_and_the_first_one_of_an_article() => Keeps_story_assignments_in_arrival_order_and_the_first_one_of_an_article_case();

    [PostgresFact]
    public Task Lists_articles_oldest_first() => Lists_articles_oldest_first_case();

    [PostgresFact]
    public Task Keeps_each_story_as_the_index_has_it_after_every_batch() => Keeps_each_story_as_the_index_has_it_after_every_batch_case();

    [PostgresFact]
    public Task Finds_a_merged_story_by_its_old_id_and_tells_a_reader_what_changed_since_its_revision() => Finds_a_merged_story_by_its_old_id_and_tells_a_reader_what_changed_since_its_revision_case();

    [PostgresFact]
    public Task Serves_a_stored_report_only_for_the_article_set_and_analysis_it_was_built_for() => Serves_a_stored_report_only_for_the_article_set_and_analysis_it_was_built_for_case();

    [PostgresFact]
    public Task Keeps_a_story_entity_index_with_its_report_and_drops_it_with_the_report() => Keeps_a_story_entity_index_with_its_report_and_drops_it_with_the_report_case();

    [PostgresFact]
    public Task Searches_clean_text_ignoring_accents_and_never_reading_the_query_as_syntax() => Searches_clean_text_ignoring_accents_and_never_reading_the_query_as_syntax_case();

    [PostgresFact]
    public Task Applies_migrations_once_so_reopening_keeps_the_data() => Applies_migrations_once_so_reopening_keeps_the_data_case();

    [PostgresFact]
    public async Task Two_stores_opening_a_fresh_database_together_migrate_it_once()
    {
        var opening = Enumerable.Range(0, 4).Select(_ => OpenAsync()).ToList();
        var stores = await Task.WhenAll(opening);
        try
        {
            await stores[0].AddAsync([Articles.FromFixture("Text/caption-and-bullet-teaser.txt")]);
            Assert.All(await Task.WhenAll(stores.Select(s => s.CountAsync())), count => Assert.Equal(1, count));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [PostgresFact]
    public async Task Never_puts_the_password_in_an_error_message()
    {
        var location = "postgresql://someone:s3cret-pa55@127.0.0.1:1/nowhere";

        var error = await Assert.ThrowsAsync<StoreException>(() => ArticleStores.OpenAsync(location));

        Assert.DoesNotContain("s3cret-pa55", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("postgresql://someone@127.0.0.1:1/nowhere", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Refuses_story_assignments_from_outside_while_a_worker_holds_the_assigner_role()
    {
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var article = Articles.FromFixture("Text/caption-and-bullet-teaser.txt");
        await using var worker = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(_schema.Location) { Pooling = false }.ConnectionString);
        await worker.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({PostgresArticleStore.LockClass}, {PostgresArticleStore.AssignerLock})", worker))
        {
            await take.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<StoreException>(() => store.AddAsync([(article, new Corroborate.Clustering.StoryAssignment("s-" + article.Id, true, null, 0))]));
        Assert.Contains("worker", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountAsync());

        await using (var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({PostgresArticleStore.LockClass}, {PostgresArticleStore.AssignerLock})", worker))
        {
            await release.ExecuteNonQueryAsync();
        }

        Assert.Equal([true], await store.AddAsync([(article, new Corroborate.Clustering.StoryAssignment("s-" + article.Id, true, null, 0))]));
    }

    public async Task InitializeAsync() => _schema = await PostgresTestSchema.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}
