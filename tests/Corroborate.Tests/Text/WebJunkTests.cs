using Corroborate.Model;
using Corroborate.Tests.Support;
using Corroborate.Text;

namespace Corroborate.Tests.Text;

/// <summary>Furniture of web pages saved as text (share bars, advertisement labels, prompts, footers), each removal explained.</summary>
public sealed partial class WebJunkTests
{
    private const string Fixture = "Text/web-page-saved-as-text.txt";

    [Fact]
    public void Header_date_byline_and_every_kind_of_web_junk_come_off_with_their_reasons_and_no_reporting_is_lost()
    {
        var raw = Fixtures.Text(Fixture);
        var article = Articles.FromPlainText(raw, Fixture);

        Assert.Empty(Articles.LinesLost(raw, article));
        Assert.Equal(new DateTimeOffset(2021, 3, 3, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("header", article.PublishedFrom);
        Assert.Equal("Marta Okafor", article.Author);
        var reasons = article.Removed.Select(r => r.Reason).ToHashSet();
        Assert.Superset(new HashSet<string> { RemovalReasons.Header, RemovalReasons.ShareButtons, RemovalReasons.Promotion, RemovalReasons.Newsletter,
            RemovalReasons.Cookie, RemovalReasons.Copyright }, reasons);
        Assert.Equal(3, article.Body.Split("\n\n").Length);
    }

    [Fact]
    public void Newsletter_rule_deleted_any_paragraph_mentioning_subscribing_regression_a_lead_that_reports_on_subscribers_stays()
    {
        var article = Articles.FromFixture(Fixture);

        Assert.StartsWith("The regional transport authority suspended the lake ferry service on Tuesday", article.Body, StringComparison.Ordinal);
        Assert.Contains("who subscribe to the operator's newsletter", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign up for our daily newsletter", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Share this article: Facebook Twitter WhatsApp Email LinkedIn", RemovalReasons.ShareButtons)]
    [InlineData("Click to share on Telegram", RemovalReasons.ShareButtons)]
    [InlineData("Advertisement", RemovalReasons.Promotion)]
    [InlineData("ADVERTISEMENT - SCROLL TO CONTINUE", RemovalReasons.Promotion)]
    [InlineData("Story continues below advertisement", RemovalReasons.Promotion)]
    [InlineData("Follow us on Facebook, Twitter and Instagram for the latest updates.", RemovalReasons.Promotion)]
    [InlineData("Download our free news app", RemovalReasons.Promotion)]
    [InlineData("Subscribe to our newsletter", RemovalReasons.Newsletter)]
    [InlineData("Get the day's top stories delivered straight to your inbox.", RemovalReasons.Newsletter)]
    [InlineData("By continuing to use this site you consent to our use of cookies.", RemovalReasons.Cookie)]
    [InlineData("Copyright 2021 Lakeside Courier", RemovalReasons.Copyright)]
    [InlineData("Residents who subscribe to the council's newsletter were told on Monday that the water would be cut.", null)]
    [InlineData("Shares in the ferry operator fell 5% on Monday.", null)]
    [InlineData("Copyright lawsuits rise", null)]
    [InlineData("The bakery sells cookies and accepts cards.", null)]
    [InlineData("Follow the money, investigators said.", null)]
    public void Classifies_web_junk_lines_by_their_shape(string line, string? reason)
    {
        Assert.Equal(reason, BoilerplateClassifier.Default.Classify(line, null));
    }
}
