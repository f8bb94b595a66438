using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Text;

public sealed partial class ArticleCleanerTests
{
    [Theory]
    [InlineData("Text/timestamp-header-and-related-links.txt")]
    [InlineData("Text/date-header-and-capital-dateline.txt")]
    [InlineData("Text/dated-dateline-with-agency.txt")]
    [InlineData("Text/embedded-posts-and-share-junk.txt")]
    [InlineData("Text/caption-and-bullet-teaser.txt")]
    public void Loses_no_line_without_recording_the_removal(string fixture)
    {
        var raw = Fixtures.Text(fixture);
        var article = Articles.FromPlainText(raw, fixture);

        Assert.Empty(Articles.LinesLost(raw, article));
    }

    [Fact]
    public void Removes_related_links_repeated_headline_and_agency_credit()
    {
        var article = Articles.FromFixture("Text/timestamp-header-and-related-links.txt");

        Assert.Equal(2, article.Removed.Count(r => r.Reason == RemovalReasons.RelatedLink));
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.RepeatedHeadline);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.AgencyCredit && r.Text == "Reuters");
        Assert.DoesNotContain("Also read", article.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"We got most of what we asked for,\" said union spokesman Ignacio Fuentes.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Lifts_a_foreign_language_post_out_of_the_body_with_its_author_and_date()
    {
        var article = Articles.FromFixture("Text/embedded-posts-and-share-junk.txt");

        var post = Assert.Single(article.Segments, s => s.Handle == "@VilledeLyon");
        Assert.Equal(SegmentKind.EmbeddedPost, post.Kind);
        Assert.Equal("Ville de Lyon", post.Author);
        Assert.Equal(new DateTimeOffset(2024, 9, 14, 0, 0, 0, TimeSpan.Zero), post.Date);
        Assert.StartsWith("La nouvelle ligne de tramway", post.Span.Of(article.CleanText), StringComparison.Ordinal);
        Assert.DoesNotContain("tramway", article.Body, StringComparison.Ordinal);
        Assert.True(post.Span.Start >= article.BodyLength);
    }

    [Fact]
    public void Claims_an_unpunctuated_same_language_paragraph_as_a_post()
    {
        var article = Articles.FromFixture("Text/embedded-posts-and-share-junk.txt");

        var post = Assert.Single(article.Segments, s => s.Handle == "@jmartin_news");
        Assert.Equal("Opening day of the new tram in Lyon. Crowds at every stop this morning", post.Span.Of(article.CleanText));
        Assert.DoesNotContain("Crowds at every stop", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_a_reported_sentence_in_the_body_when_the_post_above_a_signature_has_no_text()
    {
        var article = Articles.FromFixture("Text/embedded-posts-and-share-junk.txt");

        var post = Assert.Single(article.Segments, s => s.Handle == "@LyonTransitW");
        Assert.Equal(0, post.Span.Length);
        Assert.Contains("Residents of the eastern districts complained", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Removes_media_links_newsletter_prompts_share_runs_and_translation_disclaimers()
    {
        var article = Articles.FromFixture("Text/embedded-posts-and-share-junk.txt");

        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.MediaLink && r.Text == "pic.twitter.com/Ab12Cd34Ef");
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Newsletter);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.ShareButtons);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.TranslationDisclaimer);
        Assert.Contains("Officials said the line would carry 40,000 passengers a day.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("pic.twitter", article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("whatsapp", article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Removes_bullet_teasers_captions_with_credits_read_more_and_trailing_also_read()
    {
        var captions = Articles.FromFixture("Text/caption-and-bullet-teaser.txt");
        var trailing = Articles.FromFixture("Text/dated-dateline-with-agency.txt");

        Assert.Contains(captions.Removed, r => r.Reason == RemovalReasons.RelatedLink && r.Text.Contains("what we know", StringComparison.Ordinal));
        Assert.Contains(captions.Removed, r => r.Reason == RemovalReasons.PhotoCredit);
        Assert.Contains(captions.Removed, r => r.Reason == RemovalReasons.ReadMore);
        Assert.Contains(trailing.Removed, r => r.Reason == RemovalReasons.RelatedLink && r.Text.StartsWith("Also Read:", StringComparison.Ordinal));
        Assert.Contains("The two foreign ministers met at the Necessidades Palace.", trailing.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_a_short_unpunctuated_line_between_paragraphs_as_a_heading()
    {
        var article = Articles.FromFixture("Text/date-header-and-capital-dateline.txt");

        var heading = Assert.Single(article.Segments, s => s.Kind == SegmentKind.Heading);
        Assert.Equal("Campaign results by region", heading.Span.Of(article.CleanText));
    }

    [Fact]
    public void Cleaning_clean_text_again_changes_nothing()
    {
        var first = Articles.FromFixture("Text/caption-and-bullet-teaser.txt");
        var second = Articles.FromPlainText(first.Body);

        Assert.Equal(first.Body, second.Body);
        Assert.Empty(second.Removed);
    }
}
