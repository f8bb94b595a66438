using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>The five real seed reports of the June 2023 Havana visit, read from ../shared by path.</summary>
public sealed class SeedTimelineTests
{
    private static async Task<IReadOnlyList<Article>> ReadSeedsAsync()
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var result = await new IngestPipeline(store).IngestAsync([SharedData.Find("seeds")!]);
        Assert.Empty(result.Errors);
        return [.. result.Articles.OrderBy(a => a.Source, StringComparer.Ordinal)];
    }

    private static IEnumerable<TemporalExpression> Resolved(Article article, string surface) =>
        TemporalExpressionExtractor.Default.Extract(article).Where(e => e.Resolved && e.Text == surface);

    [SharedDataFact("seeds")]
    public async Task Puts_the_tour_start_the_arrival_and_the_meetings_on_their_dates()
    {
        var seeds = await ReadSeedsAsync();
        var all = seeds.SelectMany(a => TemporalExpressionExtractor.Default.Extract(a)).Where(e => e.Resolved).ToList();

        Assert.Contains(all, e => e.Text.StartsWith("Monday", StringComparison.Ordinal) && e.Date == new DateOnly(2023, 6, 12));
        Assert.Contains(all, e => e.Text == "Wednesday evening" && e.Date == new DateOnly(2023, 6, 14) && e.PartOfDay == "evening");
        Assert.Contains(all, e => e.Text == "Thursday" && e.Date == new DateOnly(2023, 6, 15));
        Assert.All(all.Where(e => e.Text.StartsWith("Thursday", StringComparison.Ordinal)), e => Assert.Equal(new DateOnly(2023, 6, 15), e.Date));
        Assert.All(all.Where(e => e.Text.StartsWith("Wednesday", StringComparison.Ordinal)), e => Assert.Equal(new DateOnly(2023, 6, 14), e.Date));
        Assert.All(all.Where(e => e.Text.StartsWith("Monday", StringComparison.Ordinal)), e => Assert.Equal(new DateOnly(2023, 6, 12), e.Date));
    }

    [SharedDataFact("seeds")]
    public async Task Resolves_the_undated_castro_report_through_yesterday_thursday()
    {
        var seeds = await ReadSeedsAsync();
        var castro = seeds.Single(a => Path.GetFileName(a.Source).StartsWith("003", StringComparison.Ordinal));

        Assert.Equal((new DateOnly(2023, 6, 16), PublicationDateInference.FromYesterdayWeekday), PublicationDateInference.Infer(castro));
        var expression = Assert.Single(Resolved(castro, "yesterday, Thursday"));
        Assert.Equal((new DateOnly(2023, 6, 15), "inferred"), (expression.Date!.Value, expression.Anchor!));
    }

    [SharedDataFact("seeds")]
    public async Task Builds_one_thursday_meeting_entry_backed_by_at_least_three_reports()
    {
        var seeds = await ReadSeedsAsync();

        var timeline = new TimelineBuilder().Build(seeds);

        Assert.Equal(timeline.OrderBy(e => e.Date).Select(e => e.Date), timeline.Select(e => e.Date));
        var meeting = Assert.Single(timeline, e => e.Date == new DateOnly(2023, 6, 15) && e.Description.Contains("Diaz-Canel", StringComparison.Ordinal)
            && e.Articles.Length >= 3);
        Assert.Contains("met", meeting.Description, StringComparison.Ordinal);
        Assert.All(timeline, e => Assert.Contains(seeds, a => a.CleanText.Contains(e.Description, StringComparison.Ordinal)));
    }

    [SharedDataFact("seeds")]
    public async Task Counts_the_signed_documents_and_castros_age()
    {
        var seeds = await ReadSeedsAsync();
        var amounts = seeds.SelectMany(a => new AmountExtractor().Extract(a)).ToList();

        Assert.Contains(amounts, a => a is { Value: 6, Unit: "cooperation documents" });
        Assert.Contains(amounts, a => a is { Value: 25, Unit: "agreements" });
        Assert.Contains(amounts, a => a is { Value: 92, Unit: "years (age)" });
        Assert.DoesNotContain(amounts, a => a.Value is 1979 or 2016 or 2011 or 2021);
    }
}
