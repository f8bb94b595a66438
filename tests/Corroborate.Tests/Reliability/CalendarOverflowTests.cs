using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Reporting;
using Corroborate.Tests.Clustering;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Reliability;

/// <summary>
/// Regression tests for the date arithmetic that overflowed on real input: Go's zero time in crawler output,
/// 9999-12-31, and texts that count from them ("next year", "last month", "next Monday", "in the summer").
/// </summary>
public sealed class CalendarOverflowTests
{
    private const string Relative = "Officials said next year would differ and last month was quiet. They meet next Monday, met last Sunday and "
        + "meet again in the summer; last summer was calm. The plan ends by the end of next year, started 10,000 years ago, "
        + "and this week, in February and next February are busy. Yesterday they met; tomorrow they rest.";

    public static TheoryData<string> EdgeAnchors => ["0001-01-01", "0001-01-20", "0001-03-01", "9999-12-31", "9999-12-01", "1800-01-01", "2200-12-31", "1970-01-01"];

    private static Article Published(string text, string date) =>
        Articles.FromPlainText(text) with { Published = DateTimeOffset.Parse(date + "T00:00:00Z", CultureInfo.InvariantCulture), PublishedFrom = "test" };

    [Theory]
    [MemberData(nameof(EdgeAnchors))]
    public void Season_and_weekday_arithmetic_overflowed_at_the_calendar_s_ends_regression_extraction_completes(string anchor)
    {
        var article = Published("Edge\n\n" + Relative, anchor);

        var found = TemporalExpressionExtractor.Default.Extract(article);

        Assert.NotEmpty(found);
        var sane = SaneDates.Contains(DateOnly.ParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture)) && anchor != "1970-01-01";
        if (!sane)
        {
            // An anchor outside the sane range is no anchor: relative dates stay unresolved rather than computed from it.
            Assert.All(found.Where(e => e.Relative), e => Assert.Null(e.Date));
        }
    }

    [Fact]
    public void A_text_dated_0001_01_01_on_a_Monday_became_an_anchor_regression_it_is_not_one()
    {
        var article = Articles.FromPlainText("On 0001-01-01 the council met on Monday. It had met last Friday too.") with { Published = null };

        var (date, _) = PublicationDateInference.Infer(article);
        var found = TemporalExpressionExtractor.Default.Extract(article);

        Assert.Null(date);
        Assert.DoesNotContain(found, e => e.Text == "0001-01-01");
        Assert.All(found.Where(e => e.Relative), e => Assert.Null(e.Date));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    public void StoryIndex_Advance_overflowed_on_Go_zero_time_regression_the_date_is_unknown_to_the_index(string published)
    {
        var clusterer = new StoryClusterer();
        var article = StoryFixtures.Create("a", "Port reopens", "The port reopened on Monday after repairs to the main quay.",
            DateTimeOffset.Parse(published, CultureInfo.InvariantCulture));
        var later = StoryFixtures.Create("b", "Port reopens after repairs", "The port reopened on Monday after repairs to the quay, officials said.",
            StoryFixtures.Day(2024, 3, 4));

        clusterer.Assign(article);
        clusterer.Assign(later);

        var story = Assert.Single(clusterer.Index.Stories());
        Assert.Equal(StoryFixtures.Day(2024, 3, 4), story.FirstSeen);
    }

    [Fact]
    public void A_story_whose_article_reads_0001_01_01_on_a_Monday_crashed_story_brief_and_export_regression_its_report_builds()
    {
        var article = Articles.FromPlainText("Council\n\nOn 0001-01-01 the council met on Monday. It had met last Friday too, and will meet next Monday.");
        var index = new StoryClusterer();
        index.Assign(article);
        var story = Assert.Single(index.Index.Stories());

        var report = StoryReports.Build(story, new Dictionary<string, Article> { [article.Id] = article }, new StoryExtractor());

        Assert.Empty(report.Errors);
        Assert.NotNull(report.Extraction);
        Assert.NotNull(report.Corroboration);
    }
}
