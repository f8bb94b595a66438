using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Storage;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-store-");

    private string DatabasePath => Path.Combine(_folder.FullName, "test.db");

    [Fact]
    public async Task Round_trips_an_article_with_its_segments_sentences_and_removals()
    {
        var article = Articles.FromFixture("Text/embedded-posts-and-share-junk.txt");
        await using (var store = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            Assert.Equal([true], await store.AddAsync([article]));
        }

        await using var reopened = await SqliteArticleStore.OpenAsync(DatabasePath);
        var read = await reopened.GetAsync(article.Id);

        Assert.NotNull(read);
        Assert.Equal(article.CleanText, read.CleanText);
        Assert.Equal(article.Segments.ToArray(), read.Segments.ToArray());
        Assert.Equal(article.Sentences.ToArray(), read.Sentences.ToArray());
        Assert.Equal(article.Removed.ToArray(), read.Removed.ToArray());
        Assert.Equal(article.BodyLength, read.BodyLength);
    }

    [Fact]
    public async Task Stores_the_same_article_once_however_often_it_is_added()
    {
        var article = Articles.FromFixture("Text/caption-and-bullet-teaser.txt");
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);

        var first = await store.AddAsync([article]);
        var second = await store.AddAsync([article with { Source = "elsewhere.txt" }]);

        Assert.Equal([true], first);
        Assert.Equal([false], second);
        Assert.Equal(1, await store.CountAsync());
    }

    [Fact]
    public async Task Finds_an_article_by_its_external_id()
    {
        var article = Articles.FromFixture("Text/caption-and-bullet-teaser.txt") with { ExternalId = "wire-77" };
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);
        await store.AddAsync([article]);

        Assert.Equal(article.Id, (await store.GetAsync("wire-77"))?.Id);
    }

    [Fact]
    public async Task Rolls_back_a_whole_input_when_one_of_its_articles_cannot_be_written()
    {
        var good = Articles.FromFixture("Text/caption-and-bullet-teaser.txt");
        var other = Articles.FromFixture("Text/dated-dateline-with-agency.txt");
        // A row the schema refuses (no language) after a good one: the good one must not stay half-committed.
        var broken = Articles.FromPlainText("Another story entirely, told in one sentence.") with { Language = null! };
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);
        await store.AddAsync([other]);

        await Assert.ThrowsAnyAsync<Exception>(() => store.AddAsync([good, broken]));

        Assert.Equal(1, await store.CountAsync());
        Assert.Null(await store.GetAsync(good.Id));
        Assert.Equal("ok", await store.IntegrityCheckAsync());
    }

    [Fact]
    public async Task Searches_clean_text_ignoring_accents_and_never_reading_the_query_as_syntax()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);
        var havana = Articles.FromPlainText("Leaders meet in Havana\n\nThe presidents met in Havana on Monday and signed a trade pact.", "havana");
        var quake = Articles.FromPlainText("Quake shakes the coast\n\nA strong earthquake struck the coast near Kōchi on Friday.", "quake");
        await store.AddAsync([havana, quake]);

        var hits = await store.SearchAsync("HAVANA pact");
        Assert.Equal([havana.Id], hits.Select(h => h.ArticleId));
        Assert.Contains("[Havana]", hits[0].Snippet, StringComparison.Ordinal);
        Assert.Equal([quake.Id], (await store.SearchAsync("kochi")).Select(h => h.ArticleId));
        Assert.Empty(await store.SearchAsync("\"pact\" OR NEAR(coast) *"));
        Assert.Empty(await store.SearchAsync("  ** "));
    }

    [Fact]
    public async Task Applies_migrations_once_so_reopening_keeps_the_data()
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            await store.AddAsync([Articles.FromFixture("Text/caption-and-bullet-teaser.txt")]);
        }

        await using var again = await SqliteArticleStore.OpenAsync(DatabasePath);
        Assert.Equal(1, await again.CountAsync());
    }

    [Fact]
    public async Task Names_the_file_when_it_is_not_a_database()
    {
        await File.WriteAllTextAsync(DatabasePath, new string('x', 4096));

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(DatabasePath));

        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
