using Corroborate.Events;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Events;

/// <summary>Story-level events on the five seed articles (the Iranian president's June 2023 visit to Cuba), read by path.</summary>
public sealed class SeedEventTests
{
    private static readonly DateOnly Thursday = new(2023, 6, 15);

    private static async Task<(IReadOnlyList<Article> Articles, IReadOnlyList<StoryEvent> Events)> CodeSeedsAsync()
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var result = await pipeline.IngestAsync([SharedData.Find("seeds")!]);
        var byId = result.Articles.ToDictionary(a => a.Id);
        // The events as the story report carries them: one story, its originals coded.
        var story = Assert.Single(StoryReports.Build(pipeline.Stories.Stories(), byId), s => s.Articles.Length >= 5);
        return ([.. result.Articles], story.Events);
    }

    private static bool Between(StoryEvent e, string source, string target) =>
        e.Source.Code.StartsWith(source, StringComparison.Ordinal) && e.Target.Code.StartsWith(target, StringComparison.Ordinal);

    [SharedDataFact("seeds")]
    public async Task Iran_and_cuba_signing_agreements_is_one_event_from_several_outlets()
    {
        var (_, events) = await CodeSeedsAsync();

        var signing = Assert.Single(events, e => e.Code.Code == "057" && (Between(e, "IRN", "CUB") || Between(e, "CUB", "IRN")));
        Assert.True(signing.NumSources >= 2, $"{signing.NumSources} outlets");
        Assert.Equal(signing.Articles.Length, signing.NumArticles);
        Assert.Equal(signing.Mentions.Length, signing.NumMentions);
        Assert.Equal(Thursday, signing.Date);
        Assert.Equal(("05", 1), (signing.Code.RootCode, signing.Code.QuadClass));
    }

    [SharedDataFact("seeds")]
    public async Task The_visit_and_its_reception_are_each_one_event_from_several_outlets()
    {
        var (articles, events) = await CodeSeedsAsync();
        var outlet = articles.ToDictionary(a => a.Id, a => a.Outlet ?? a.Id);

        var visit = Assert.Single(events, e => Between(e, "IRN", "CUB") && e.Code.RootCode == "04" && e.Date == Thursday);
        var visitOutlets = visit.Mentions.Where(m => m.Code == "042").Select(m => outlet[m.ArticleId]).Distinct().Count();
        Assert.True(visitOutlets >= 2, $"042 from {visitOutlets} outlets");

        var received = Assert.Single(events, e => Between(e, "CUB", "IRN") && e.Code.Code == "043" && e.Date == Thursday);
        Assert.True(received.NumSources >= 2, $"{received.NumSources} outlets");
    }

    [SharedDataFact("seeds")]
    public async Task The_story_of_a_state_visit_holds_no_coercion_or_force_and_no_country_acting_on_its_own_official()
    {
        var (_, events) = await CodeSeedsAsync();

        Assert.True(events.Count >= 10, $"{events.Count} events");
        Assert.DoesNotContain(events, e => string.CompareOrdinal(e.Code.RootCode, "15") >= 0);
        Assert.DoesNotContain(events, e => e.Source.Code[..3] == e.Target.Code[..3]);
        Assert.All(events.Where(e => e.Code.RootCode == "11"), e => Assert.Equal("USA", e.Target.Code[..3]));
    }

    [SharedDataFact("seeds")]
    public async Task Mentions_point_at_the_sentence_and_actors_in_the_clean_text()
    {
        var (articles, events) = await CodeSeedsAsync();
        var byId = articles.ToDictionary(a => a.Id);

        foreach (var mention in events.SelectMany(e => e.Mentions))
        {
            var article = byId[mention.ArticleId];
            Assert.Equal(article.Sentences[mention.Sentence], mention.SentenceSpan);
            Assert.True(mention.SentenceSpan.Contains(mention.Action.Start));
            Assert.Equal(mention.Text, mention.SentenceSpan.Of(article.CleanText).Trim());
            Assert.False(string.IsNullOrWhiteSpace(mention.Source.Of(article.CleanText)));
        }
    }
}
