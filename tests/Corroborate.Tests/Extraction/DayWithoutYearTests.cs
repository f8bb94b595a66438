using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

public sealed class DayWithoutYearTests
{
    [Theory]
    [InlineData("Voters chose a new mayor, who plans to cut taxes, in a runoff held on 19 November.", "2023-11-20", "2023-11-19")]
    [InlineData("The new mayor will be sworn in on 10 December.", "2023-11-20", "2023-12-10")]
    [InlineData("The mayor will travel abroad on 2 November.", "2023-11-20", "2024-11-02")]
    public void Reads_a_day_without_a_year_near_the_publication_date_unless_the_sentence_looks_ahead(string text, string published, string expected)
    {
        var article = Dated.Article(text, published, "a.txt");

        var day = Assert.Single(TemporalExpressionExtractor.Default.Extract(article), t => t.Granularity == Granularity.Day);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day.Date);
    }
}
