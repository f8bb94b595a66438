using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;
using Corroborate.Extraction;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Pipeline.Workers;
using Corroborate.Text;

namespace Corroborate.Tests.Pipeline;

/// <summary>
/// Between two rebuild points a story's extraction grows one article at a time: the new article's mentions join the story's
/// entities (by name, compatible full name or surname), its quotes get their speakers among them, its amounts and dates are
/// added; old entities keep their names and ids. A grown report that fails is reported whole, and the story's next report is
/// the one any process gives.
/// </summary>
public sealed class GrowingExtractionTests
{
    private static readonly string[] Texts =
    [
        "Harbour master Maria Sandoval said the ferry Santa Lucia left Puerto Limón on Tuesday carrying 212 passengers. "
            + "Maria Sandoval added that the crossing to Bocas del Toro usually takes six hours.",
        "The ferry Santa Lucia ran aground near Bocas del Toro late on Tuesday, harbour master Maria Sandoval told reporters. "
            + "\"Every passenger is accounted for,\" Maria Sandoval said at a briefing in Puerto Limón.",
        "Rescue boats reached the stranded Santa Lucia before dawn on Wednesday. \"The hull is intact and nobody is hurt,\" Sandoval said. "
            + "Coast guard captain Tomas Arriaga said 212 passengers were taken ashore at Bocas del Toro.",
    ];

    private static List<Article> Story()
    {
        var cleaner = new ArticleCleaner();
        var assembler = new ArticleAssembler();
        var day = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
        return [.. Texts.Select((text, i) => assembler.Assemble(cleaner.Clean(new SourceDocument
        {
            Source = $"harbour-{i}.txt",
            ExternalId = $"harbour-{i}",
            Title = "Ferry runs aground off Bocas del Toro",
            Text = text,
            Outlet = $"Coast Outlet {i}",
            Published = day.AddHours(i * 5),
        })))];
    }

    private static string Describe(StoryExtraction extraction) => string.Join('\n', extraction.Entities.Entities.Select(e =>
        $"{e.Id} {e.Type} {e.Name} [{string.Join(',', e.Mentions.Select(m => $"{m.ArticleId}@{m.Span.Start}"))}]"))
        + "\n" + string.Join('\n', extraction.Quotes.Select(q => $"{q.Id} {q.Speaker} {q.Mentions.Length}"))
        + "\n" + string.Join('\n', extraction.Amounts.Select(a => $"{a.ArticleId} {a.Amount.Value}"));

    [Fact]
    public void At_the_rebuild_the_grown_extraction_is_the_whole_one()
    {
        var articles = Story();
        var extractor = new StoryExtractor();
        var growing = extractor.Grow(articles[..2], null);
        Assert.Equal(Describe(extractor.Extract(articles[..2])), Describe(growing.Current));
        Assert.Equal(2, growing.Articles.Count);
    }

    [Fact]
    public void An_added_article_joins_the_story_entities_and_its_quote_gets_the_story_speaker()
    {
        var articles = Story();
        var extractor = new StoryExtractor();
        var growing = extractor.Grow(articles[..2], null);
        var before = growing.Current.Entities;
        var sandoval = Assert.Single(before.Entities, e => e.Type == EntityType.Person && e.Name == "Maria Sandoval");
        var grown = growing.Add(articles[2], null);
        var added = articles[2];

        // The bare "Sandoval" of the new article is the story's Maria Sandoval (the article alone names no full name for it).
        var bare = added.CleanText.IndexOf("Sandoval said", StringComparison.Ordinal);
        Assert.True(bare > 0);
        Assert.Equal(sandoval.Id, grown.Entities.EntityOfMention.GetValueOrDefault((added.Id, new TextSpan(bare, bare + "Sandoval".Length))));
        var after = Assert.Single(grown.Entities.Entities, e => e.Id == sandoval.Id);
        Assert.Equal("Maria Sandoval", after.Name);
        Assert.Contains(added.Id, after.Articles);
        Assert.Equal(sandoval.Mentions.Length + 1, after.Mentions.Length);

        // Its quote is said by that entity; the old articles' quotes and amounts stand, the new article's are added.
        Assert.Contains(grown.Quotes, q => q.Speaker == sandoval.Id && q.Mentions.Any(m => m.ArticleId == added.Id));
        Assert.Contains(grown.Quotes, q => q.Mentions.Any(m => m.ArticleId == articles[1].Id));
        Assert.Contains(grown.Amounts, a => a.ArticleId == added.Id);
        Assert.Equal(growing.Current, grown);

        // A person the story did not know is a new entity of the added article's.
        var captain = Assert.Single(grown.Entities.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Arriaga", StringComparison.Ordinal));
        Assert.Equal(added.Id, Assert.Single(captain.Articles));
        Assert.DoesNotContain(before.Entities, e => e.Id == captain.Id);
    }

    [Fact]
    public void Two_growths_of_the_same_articles_give_the_same_extraction()
    {
        var articles = StoryReportGrowthTests.FerryStory(copies: 3);
        var extractor = new StoryExtractor();
        var (one, two) = (extractor.Grow(articles[..9], null), extractor.Grow(articles[..9], new ArticleMemo()));
        for (var i = 9; i < articles.Count; i++)
        {
            Assert.Equal(Describe(one.Add(articles[i], null)), Describe(two.Add(articles[i], new ArticleMemo())));
        }
    }

    [Fact]
    public void A_grown_report_that_fails_is_reported_whole_and_the_next_one_is_what_a_fresh_analyzer_gives()
    {
        var articles = StoryReportGrowthTests.FerryStory(copies: 3);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var stance = new FailingOnceStance();
        var options = AnalysisOptions.Default;
        var analyzer = new StoryAnalyzer(options, null, new StoryCorroborator(new ClaimExtractor(), new ClaimAligner(options.Alignment), new BriefingBuilder(),
            options.Gazetteer, stance, options.Conflicts));
        for (var count = 1; count <= 12; count++)
        {
            analyzer.Analyze(StoryReportGrowthTests.StoryOf(articles, count), byId);
        }

        // 13 articles: grown from the rebuild at 12; the grown report's stance fails once.
        stance.FailNext = true;
        var story = StoryReportGrowthTests.StoryOf(articles, 13);
        var failed = analyzer.Analyze(story, byId);
        Assert.False(stance.FailNext);
        Assert.Empty(failed.Errors);
        Assert.Equal(0, failed.Corroboration!.SinceRebuild);
        var whole = new StoryAnalyzer(AnalysisOptions.Whole with { Stance = stance }).Analyze(story, byId);
        Assert.Equal(StoryJobRunner.Json(whole), StoryJobRunner.Json(failed));

        // What it had kept was dropped: the next report rebuilds at 12 and replays, as a process without the story's state does.
        var next = StoryReportGrowthTests.StoryOf(articles, 14);
        var fresh = new StoryAnalyzer(options, null, new StoryCorroborator(new ClaimExtractor(), new ClaimAligner(options.Alignment), new BriefingBuilder(),
            options.Gazetteer, stance, options.Conflicts)).Analyze(next, byId);
        var report = analyzer.Analyze(next, byId);
        Assert.Equal(2, report.Corroboration!.SinceRebuild);
        Assert.Equal(StoryJobRunner.Json(fresh), StoryJobRunner.Json(report));
    }

    [Fact]
    public void A_story_with_an_article_that_breaks_extraction_is_reported_whole_without_it()
    {
        var articles = StoryReportGrowthTests.FerryStory(copies: 3);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        // An article whose segments point past its text: reading its mentions fails, alone as in the story.
        var broken = articles[13] with { Sentences = [.. articles[13].Sentences, new TextSpan(articles[13].CleanText.Length + 5, articles[13].CleanText.Length + 40)] };
        var withBroken = byId.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        withBroken[broken.Id] = broken;
        Assume(() => new StoryExtractor().Extract([broken]));
        var analyzer = new StoryAnalyzer(AnalysisOptions.Default);
        for (var count = 1; count <= 13; count++)
        {
            analyzer.Analyze(StoryReportGrowthTests.StoryOf(articles, count), withBroken);
        }

        var report = analyzer.Analyze(StoryReportGrowthTests.StoryOf(articles, 14), withBroken);
        Assert.Contains(report.Errors, e => e.Message.Contains(broken.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(report.Extraction!.Entities.Entities.SelectMany(e => e.Mentions), m => m.ArticleId == broken.Id);
        Assert.Equal(0, report.Corroboration!.SinceRebuild);
    }

    [Fact]
    public void The_ids_kept_from_the_last_report_are_those_a_registry_of_the_story_gives()
    {
        // Identity is redone only when the story's entities' names change: at every count its ids are a fresh registry's.
        var articles = StoryReportGrowthTests.FerryStory(copies: 4);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var analyzer = new StoryAnalyzer(AnalysisOptions.Default);
        for (var count = 1; count <= articles.Count; count++)
        {
            var story = StoryReportGrowthTests.StoryOf(articles, count);
            var report = analyzer.Analyze(story, byId);
            var expected = new EntityRegistry().Add(story.Id, report.Extraction!);
            Assert.NotEmpty(expected);
            Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), report.EntityIds.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    /// <summary>The fixture's premise: the broken article does break extraction.</summary>
    private static void Assume(Action extract) => Assert.ThrowsAny<Exception>(extract);

    /// <summary>Reads every article as unrelated; throws once when told to (a stage failing half way through a grown report).</summary>
    private sealed class FailingOnceStance : IStanceModel
    {
        public bool FailNext { get; set; }

        public IReadOnlyList<StanceLabel> Classify(IReadOnlyList<string> claims, string text)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("stance failed once");
            }

            return [.. claims.Select(_ => StanceLabel.Unrelated)];
        }
    }
}
