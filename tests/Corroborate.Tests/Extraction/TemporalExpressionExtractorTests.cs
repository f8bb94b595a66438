using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Reporting;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

public sealed class TemporalExpressionExtractorTests
{
    /// <summary>A Saturday, like the seed reports printed two days after the Havana talks.</summary>
    private const string Saturday = "2023-06-17";

    private static TemporalExpression Single(string text, string surface, string? published = Saturday)
    {
        var found = TemporalExpressionExtractor.Default.Extract(Dated.Article(text, published));
        return Assert.Single(found, e => e.Text == surface);
    }

    [Theory]
    [InlineData("The two presidents met in Havana on Thursday.", "Thursday", "2023-06-15", "day", null)]
    [InlineData("The delegation arrived in the capital on Wednesday evening.", "Wednesday evening", "2023-06-14", "part-of-day", "evening")]
    [InlineData("The president started his regional tour on Monday.", "Monday", "2023-06-12", "day", null)]
    [InlineData("Officials said the signing took place on Saturday.", "Saturday", "2023-06-17", "day", null)]
    [InlineData("The ministers held talks on Thursday morning.", "Thursday morning", "2023-06-15", "part-of-day", "morning")]
    [InlineData("The envoys met last Saturday.", "last Saturday", "2023-06-10", "day", null)]
    [InlineData("The summit will be held on Thursday.", "Thursday", "2023-06-22", "day", null)]
    [InlineData("The ministers will meet again next Thursday.", "next Thursday", "2023-06-22", "day", null)]
    [InlineData("The minister said she would fly to Caracas on Sunday.", "Sunday", "2023-06-18", "day", null)]
    [InlineData("The envoy said he would sign the accord on Friday.", "Friday", "2023-06-16", "day", null)]
    [InlineData("The vote was due to take place on Tuesday.", "Tuesday", "2023-06-20", "day", null)]
    [InlineData("Aides said the talks would resume on Wednesday.", "Wednesday", "2023-06-14", "day", null)]
    [InlineData("The deal was signed yesterday in Havana.", "yesterday", "2023-06-16", "day", null)]
    [InlineData("Officials spoke to reporters last night.", "last night", "2023-06-16", "part-of-day", "night")]
    [InlineData("The ministers are meeting today in the capital.", "today", "2023-06-17", "day", null)]
    [InlineData("The talks resume tomorrow in Havana.", "tomorrow", "2023-06-18", "day", null)]
    [InlineData("Talks began two days ago in the capital.", "two days ago", "2023-06-15", "day", null)]
    public void Resolves_weekdays_and_relative_days_against_the_publication_date(string text, string surface, string date, string granularity, string? part)
    {
        var expression = Single(text, surface);

        Assert.Equal(Dated.Day(date), expression.Date);
        Assert.Equal(granularity, ContractNames.Of(expression.Granularity));
        Assert.Equal(part, expression.PartOfDay);
        Assert.True(expression is { Relative: true, Resolved: true, Anchor: "published" });
    }

    [Theory]
    [InlineData("The foreign minister traveled to the island in February.", "February", "2023-02-01", "2023-02-28", "month")]
    [InlineData("The foreign minister will return in September.", "September", "2023-09-01", "2023-09-30", "month")]
    [InlineData("The leaders also met last year.", "last year", "2022-01-01", "2022-12-31", "year")]
    [InlineData("He will visit Caracas by the end of the current year.", "by the end of the current year", "2023-01-01", "2023-12-31", "year")]
    [InlineData("The hurricane hit the island last fall.", "last fall", "2022-09-01", "2022-11-30", "season")]
    [InlineData("The storm hit the island last autumn.", "last autumn", "2022-09-01", "2022-11-30", "season")]
    [InlineData("The ministers met twice earlier this week.", "earlier this week", "2023-06-12", "2023-06-17", "week")]
    [InlineData("The ministers met last week in Caracas.", "last week", "2023-06-05", "2023-06-11", "week")]
    [InlineData("The summit opens next month in Havana.", "next month", "2023-07-01", "2023-07-31", "month")]
    public void Resolves_periods_to_their_first_and_last_day(string text, string surface, string first, string last, string granularity)
    {
        var expression = Single(text, surface);

        Assert.Equal(Dated.Day(first), expression.Date);
        Assert.Equal(Dated.Day(last), expression.EndDate);
        Assert.Equal(granularity, ContractNames.Of(expression.Granularity));
        Assert.True(expression.Relative);
    }

    [Theory]
    [InlineData("The agreement was signed on June 15, 2023, in Havana.", "June 15, 2023", "2023-06-15", "day")]
    [InlineData("The agreement was signed on 15 June 2023 in Havana.", "15 June 2023", "2023-06-15", "day")]
    [InlineData("The agreement was signed on 2023-06-15 in Havana.", "2023-06-15", "2023-06-15", "day")]
    [InlineData("The agreement was signed on 15/06/2023 in Havana.", "15/06/2023", "2023-06-15", "day")]
    [InlineData("The agreement was signed on 06/15/2023 in Havana.", "06/15/2023", "2023-06-15", "day")]
    [InlineData("The talks took place in June 2023 in Havana.", "June 2023", "2023-06-01", "month")]
    [InlineData("The last such visit was made in 2016.", "2016", "2016-01-01", "year")]
    public void Reads_absolute_dates_without_an_anchor(string text, string surface, string date, string granularity)
    {
        var expression = Single(text, surface, published: null);

        Assert.Equal(Dated.Day(date), expression.Date);
        Assert.Equal(granularity, ContractNames.Of(expression.Granularity));
        Assert.True(expression is { Relative: false, Resolved: true, Anchor: null });
    }

    [Fact]
    public void Takes_the_year_of_a_bare_month_and_day_from_the_publication_date()
    {
        var expression = Single("The two presidents met in Havana on June 15.", "June 15");

        Assert.Equal(new DateOnly(2023, 6, 15), expression.Date);
        Assert.True(expression.Relative);
    }

    [Fact]
    public void Reads_a_year_range_as_two_years()
    {
        var found = TemporalExpressionExtractor.Default.Extract(Dated.Article("He led the party from 2011 to 2021 and the state between 2008 and 2018.", null));

        Assert.Equal(["2011", "2021", "2008", "2018"], found.Select(e => e.Text));
        Assert.All(found, e => Assert.Equal(Granularity.Year, e.Granularity));
    }

    [Fact]
    public void Reads_yesterday_with_its_weekday_as_one_expression()
    {
        var expression = Single("The general received the visitor yesterday, Thursday, in the capital.", "yesterday, Thursday", "2023-06-16");

        Assert.Equal(new DateOnly(2023, 6, 15), expression.Date);
    }

    [Theory]
    [InlineData("The memo is dated 05/06/2023 in the file.")]
    [InlineData("He said today's relations are at their best.")]
    [InlineData("The trip had been planned years ago.")]
    [InlineData("The president may travel to the region.")]
    public void Finds_no_date_where_the_text_does_not_settle_one(string text)
    {
        var found = TemporalExpressionExtractor.Default.Extract(Dated.Article(text, Saturday));

        Assert.DoesNotContain(found, e => e.Resolved);
    }

    [Theory]
    [InlineData("The leaders will meet again in the near future.", "in the near future")]
    [InlineData("Ties have grown in recent years.", "in recent years")]
    [InlineData("She said that today the age of cheap energy is over.", "today")]
    public void Marks_vague_expressions_unresolved(string text, string surface)
    {
        var expression = Single(text, surface);

        Assert.True(expression is { Granularity: Granularity.Vague, Resolved: false, Date: null, Anchor: null });
    }

    [Theory]
    [InlineData("The ministers first met a year ago.", "a year ago", "2022-06-17", "year")]
    [InlineData("The ministers first met three weeks ago.", "three weeks ago", "2023-05-27", "week")]
    public void Counts_back_from_the_anchor_for_ago(string text, string surface, string date, string granularity)
    {
        var expression = Single(text, surface);

        Assert.Equal((Dated.Day(date), granularity), (expression.Date!.Value, ContractNames.Of(expression.Granularity)));
    }

    [Fact]
    public void Marks_an_uncounted_ago_vague()
    {
        Assert.True(Single("The ministers met several days ago.", "several days ago") is { Granularity: Granularity.Vague, Resolved: false });
    }

    [Fact]
    public void Leaves_relative_expressions_unresolved_without_any_anchor()
    {
        var expression = Single("The two presidents met in Havana on Thursday.", "Thursday", published: null);

        Assert.True(expression is { Resolved: false, Date: null, Anchor: null, Relative: true });
    }

    [Fact]
    public void Every_span_matches_its_text_in_the_clean_text()
    {
        var article = Dated.Article(
            "On Thursday, the presidents met. Raul Castro received him yesterday, Thursday. He arrived on Wednesday evening "
            + "after leaving Caracas on Monday morning; the last visit was in 2016 and talks began on June 15, 2023.\n\n"
            + "Ministers met earlier this week and last year, and will meet again by the end of the current year.", Saturday);

        var found = TemporalExpressionExtractor.Default.Extract(article);

        Assert.True(found.Length >= 9);
        Assert.All(found, e => Assert.Equal(e.Text, article.CleanText[e.Span.Start..e.Span.End]));
        Assert.Equal(found.OrderBy(e => e.Span.Start).Select(e => e.Span), found.Select(e => e.Span));
    }
}
