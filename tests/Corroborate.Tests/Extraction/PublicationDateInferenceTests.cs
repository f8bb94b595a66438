using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Tests.Extraction;

public sealed class PublicationDateInferenceTests
{
    [Fact]
    public void Uses_the_publication_date_when_the_article_has_one()
    {
        var article = Dated.Article("The two presidents met in Havana on Thursday.", "2023-06-17");

        Assert.Equal((new DateOnly(2023, 6, 17), "published"), PublicationDateInference.Infer(article));
    }

    [Fact]
    public void Puts_publication_the_day_after_a_yesterday_weekday_that_a_full_date_pins_down()
    {
        var article = Dated.Article(
            "The general received the visitor yesterday, Thursday, in the capital. A statement dated June 15, 2023 confirmed the talks.", null);

        Assert.Equal((new DateOnly(2023, 6, 16), "yesterday-weekday"), PublicationDateInference.Infer(article));
        var expression = Assert.Single(TemporalExpressionExtractor.Default.Extract(article), e => e.Text == "yesterday, Thursday");
        Assert.True(expression is { Date: var d, Anchor: "inferred", Resolved: true } && d == new DateOnly(2023, 6, 15));
    }

    [Fact]
    public void Reads_a_full_date_as_the_day_of_writing_when_a_bare_weekday_names_it()
    {
        var article = Dated.Article("The ministers met on Thursday. The communique was issued on June 15, 2023 in Havana.", null);

        Assert.Equal((new DateOnly(2023, 6, 15), "dated-weekday"), PublicationDateInference.Infer(article));
        Assert.Equal(new DateOnly(2023, 6, 15), TemporalExpressionExtractor.Default.Extract(article).Single(e => e.Text == "Thursday").Date);
    }

    [Fact]
    public void Takes_the_latest_embedded_post_date_as_a_lower_bound()
    {
        var article = Dated.Article("The ministers met in the capital and posted about it.", null);
        article = article with
        {
            Segments = [.. article.Segments,
                new Segment(SegmentKind.EmbeddedPost, new TextSpan(0, 0), Date: new DateTimeOffset(2023, 6, 14, 0, 0, 0, TimeSpan.Zero)),
                new Segment(SegmentKind.EmbeddedPost, new TextSpan(0, 0), Date: new DateTimeOffset(2023, 6, 15, 0, 0, 0, TimeSpan.Zero))],
        };

        Assert.Equal((new DateOnly(2023, 6, 15), "embedded-post"), PublicationDateInference.Infer(article));
    }

    [Theory]
    [InlineData("The two presidents met in Havana on Thursday.")]
    [InlineData("The revolution of February 11, 1979 changed relations for good.")]
    public void Infers_nothing_without_a_date_and_a_clue_tying_it_to_the_writing(string text)
    {
        Assert.Equal((null, null), PublicationDateInference.Infer(Dated.Article(text, null)));
    }
}
