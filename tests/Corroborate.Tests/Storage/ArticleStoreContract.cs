using Corroborate.Clustering;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Storage;

/// <summary>
/// What every <see cref="IArticleStore"/> must do, written once and run against each store by a subclass
/// (which marks each case with the fact attribute its store needs).
/// </summary>
public abstract partial class ArticleStoreContract
{
    /// <summary>Opens the subclass's store; a second call opens the same store again.</summary>
    protected abstract Task<IArticleStore> OpenAsync();

    protected async Task Round_trips_an_article_with_its_segments_sentences_and_removals_case()
    {
        var article = Articles.FromFixture("Text/embedded-posts-and-share-junk.txt");
        await using (var store = await OpenAsync())
        {
            Assert.Equal([true], await store.AddAsync([article]));
        }

        await using var reopened = await OpenAsync();
        var read = await reopened.GetAsync(article.Id);

        Assert.NotNull(read);
        Assert.Equal(article.CleanText, read.CleanText);
        Assert.Equal(article.Segments.ToArray(), read.Segments.ToArray());
        Assert.Equal(article.Sentences.ToArray(), read.Sentences.ToArray());
        Assert.Equal(article.Removed.ToArray(), read.Removed.ToArray());
        Assert.Equal(article.BodyLength, read.BodyLength);
        Assert.Equal(article.Published, read.Published);
        Assert.Equal(article.ContentHash, read.ContentHash);
    }

    protected async Task Stores_the_same_article_once_however_often_it_is_added_case()
    {
        var article = Articles.FromFixture("Text/caption-and-bullet-teaser.txt");
        await using var store = await OpenAsync();

        var first = await store.AddAsync([article]);
        var second = await store.AddAsync([article with { Source = "elsewhere.txt" }]);

        Assert.Equal([true], first);
        Assert.Equal([false], second);
        Assert.Equal(1, await store.CountAsync());
        Assert.True(await store.ContainsAsync(article.ContentHash));
        Assert.False(await store.ContainsAsync(new string('0', 64)));
    }

    protected async Task Finds_an_article_by_its_external_id_case()
    {
        var article = Articles.FromFixture("Text/caption-and-bullet-teaser.txt") with { ExternalId = "wire-77" };
        await using var store = await OpenAsync();
        await store.AddAsync([article]);

        Assert.Equal(article.Id, (await store.GetAsync("wire-77"))?.Id);
        Assert.Null(await store.GetAsync("wire-78"));
    }

    protected async Task Rolls_back_a_whole_input_when_one_of_its_articles_cannot_be_written_case()
    {
        var good = Articles.FromFixture("Text/caption-and-bullet-teaser.txt");
        var other = Articles.FromFixture("Text/dated-dateline-with-agency.txt");
        // A row the schema refuses (no language) after a good one: the good one must not stay half-committed.
        var broken = Articles.FromPlainText("Another story entirely, told in one sentence.") with { Language = null! };
        await using var store = await OpenAsync();
        await store.AddAsync([other]);

        await Assert.ThrowsAnyAsync<Exception>(() => store.AddAsync([good, broken]));

        Assert.Equal(1, await store.CountAsync());
        Assert.Null(await store.GetAsync(good.Id));
    }

    protected async Task Keeps_story_assignments_in_arrival_order_and_the_first_one_of_an_article_case()
    {
        var first = Articles.FromFixture("Text/caption-and-bullet-teaser.txt");
        var second = Articles.FromFixture("Text/dated-dateline-with-agency.txt");
        await using var store = await OpenAsync();
        await store.AddAsync([(first, new StoryAssignment("s-" + first.Id, true, null, 0))]);
        await store.AddAsync([(second, new StoryAssignment("s-" + first.Id, false, null, 0.5)), (first, new StoryAssignment("s-other", true, null, 0))]);

        var assignments = new List<StoredStoryAssignment>();
        await foreach (var assignment in store.StoryAssignmentsAsync())
        {
            assignments.Add(assignment);
        }

        Assert.Equal([first.Id, second.Id], assignments.Select(a => a.Article.Id));
        Assert.All(assignments, a => Assert.Equal("s-" + first.Id, a.StoryId));
        Assert.Equal(second.CleanText, assignments[1].Article.CleanText);
    }

    protected async Task Lists_articles_oldest_first_case()
    {
        var first = Articles.FromFixture("Text/caption-and-bullet-teaser.txt");
        var second = Articles.FromFixture("Text/dated-dateline-with-agency.txt");
        await using var store = await OpenAsync();
        await store.AddAsync([second]);
        await store.AddAsync([first]);
        await store.RecordErrorAsync("broken.html", "not a document");

        Assert.Equal([second.Id, first.Id], (await store.ListAsync()).Select(a => a.Id));
        Assert.Equal([first.Id], (await store.ListAsync(offset: 1, limit: 5)).Select(a => a.Id));
        Assert.Equal(2, await store.CountAsync());
    }

    protected async Task Searches_clean_text_ignoring_accents_and_never_reading_the_query_as_syntax_case()
    {
        await using var store = await OpenAsync();
        var havana = Articles.FromPlainText("Leaders meet in Havana\n\nThe presidents met in Havana on Monday and signed a trade pact.", "havana");
        var quake = Articles.FromPlainText("Quake shakes the coast\n\nA strong earthquake struck the coast near Kōchi on Friday.", "quake");
        await store.AddAsync([havana, quake]);

        var hits = await store.SearchAsync("HAVANA pact");
        Assert.Equal([havana.Id], hits.Select(h => h.ArticleId));
        Assert.Contains("[Havana]", hits[0].Snippet, StringComparison.Ordinal);
        Assert.Equal([quake.Id], (await store.SearchAsync("kochi")).Select(h => h.ArticleId));
        Assert.Empty(await store.SearchAsync("\"pact\" OR NEAR(coast) *"));
        Assert.Empty(await store.SearchAsync("pact & !coast | quake:*"));
        Assert.Empty(await store.SearchAsync("  ** "));
    }

    protected async Task Applies_migrations_once_so_reopening_keeps_the_data_case()
    {
        await using (var store = await OpenAsync())
        {
            await store.AddAsync([Articles.FromFixture("Text/caption-and-bullet-teaser.txt")]);
        }

        await using var again = await OpenAsync();
        Assert.Equal(1, await again.CountAsync());
    }
}
