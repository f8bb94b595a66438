using Corroborate.Model;

namespace Corroborate.Tests.Ingest.Html;

public sealed class ArticleExtractorTests
{
    [Theory]
    [InlineData("The harbour bridge reopened to traffic on Friday morning")]
    [InlineData("Council officials said the repairs cost less than first feared")]
    [InlineData("Commuters who had faced a forty-minute detour")]
    [InlineData("We are glad to have our bridge back")]
    [InlineData("The council will publish the engineers' final report next month")]
    public void Keeps_every_article_paragraph(string words) =>
        Assert.Contains(words, HtmlFixtures.Read(HtmlFixtures.Noisy).Text);

    [Theory]
    [InlineData("We use cookies")]
    [InlineData("Ferry timetable changes")]
    [InlineData("About time too")]
    [InlineData("Sign up for our morning newsletter")]
    [InlineData("The bridge at dawn")]
    [InlineData("Read more: Why the bridge closed")]
    [InlineData("First bus over the harbour bridge")]
    [InlineData("All rights reserved")]
    [InlineData("Tweet")]
    [InlineData("By Mara Okafor")]
    public void Leaves_out_page_noise(string words) =>
        Assert.DoesNotContain(words, HtmlFixtures.Read(HtmlFixtures.Noisy).Text);

    [Theory]
    [InlineData("The bridge at dawn", RemovalReasons.Caption)]
    [InlineData("Read more: Why the bridge closed", RemovalReasons.ReadMore)]
    [InlineData("Share Tweet Email", RemovalReasons.ShareButtons)]
    [InlineData("Sign up for our morning newsletter", RemovalReasons.Newsletter)]
    [InlineData("Ferry timetable changes", RemovalReasons.RelatedLink)]
    public void Records_noise_next_to_the_article_with_its_reason(string words, string reason)
    {
        var document = HtmlFixtures.Read(HtmlFixtures.Noisy);
        Assert.Contains(document.Removed, r => r.Text.Contains(words, StringComparison.Ordinal) && r.Reason == reason);
    }

    [Fact]
    public void Separates_paragraphs_with_a_blank_line_and_starts_with_the_lead()
    {
        var text = HtmlFixtures.Read(HtmlFixtures.Noisy).Text;
        Assert.StartsWith("The harbour bridge reopened", text, StringComparison.Ordinal);
        Assert.Contains("supports.\n\nCouncil officials", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_headings_inside_the_article_and_keeps_them_in_the_text()
    {
        var document = HtmlFixtures.Read(HtmlFixtures.Noisy);
        Assert.Equal(["Traffic returns", "What comes next"], document.Headings.ToArray());
        Assert.Contains("\n\nTraffic returns\n\n", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Turns_an_embedded_tweet_into_a_post_with_author_handle_date_and_url()
    {
        var post = Assert.Single(HtmlFixtures.Read(HtmlFixtures.Noisy).EmbeddedPosts);
        Assert.Equal("First bus over the harbour bridge in eight months. Smooth ride!", post.Text);
        Assert.Equal("Jo Transit", post.Author);
        Assert.Equal("@jotransit", post.Handle);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 0, 0, 0, TimeSpan.Zero), post.Date);
        Assert.Equal("https://twitter.com/jotransit/status/1234567890", post.Url);
    }

    [Theory]
    [InlineData("<style>p { color: red } STYLE-MARKER</style>")]
    [InlineData("<script>var x = 'SCRIPT-MARKER';</script>")]
    [InlineData("<noscript>SCRIPT-MARKER enable JavaScript</noscript>")]
    [InlineData("<template><p>SCRIPT-MARKER</p></template>")]
    public void Never_outputs_script_or_style_content(string code)
    {
        var html = $"<html><body><div class=\"article-body\"><p>A paragraph long enough to be taken as the article text, with some commas, too.</p>{code}<p>Another paragraph of the same article, also long enough to count as prose.</p></div></body></html>";
        var document = HtmlFixtures.ReadMarkup(html);
        Assert.DoesNotContain("MARKER", document.Text, StringComparison.Ordinal);
        Assert.Contains("Another paragraph", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_outputs_the_fixture_script_or_style()
    {
        var text = HtmlFixtures.Read(HtmlFixtures.Noisy).Text;
        Assert.DoesNotContain("MARKER", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_a_headline_repeated_inside_the_article_body()
    {
        var html = "<html><head><title>Pier closes for winter | Coast News</title></head><body><div class=\"article-body\"><h1>Pier closes for winter</h1>"
            + "<p>The pier closed on Monday for its winter repairs, as it does every year, and will open again in April.</p></div></body></html>";
        var document = HtmlFixtures.ReadMarkup(html);
        Assert.Contains(new Removal("Pier closes for winter", RemovalReasons.RepeatedHeadline), document.Removed);
        Assert.DoesNotContain("Pier closes", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_text_written_straight_into_a_div_between_line_breaks()
    {
        var html = "<html><body><div class=\"menu\"><a href=\"/\">Home</a></div><div class=\"post\">First line of the post, written without paragraphs at all.<br><br>"
            + "<div class=\"separator\"><img src=\"a.jpg\"></div>Second line of the post, still without any paragraph element.<br></div></body></html>";
        var text = HtmlFixtures.ReadMarkup(html).Text;
        Assert.Equal("First line of the post, written without paragraphs at all.\n\nSecond line of the post, still without any paragraph element.", text);
    }
}
