namespace Corroborate.Tests.Ingest.Html;

public sealed class HtmlMetadataReaderTests
{
    [Theory]
    [InlineData(HtmlFixtures.Noisy, "Harbour bridge reopens after repairs", "The Riverside Gazette", "Mara Okafor", "https://gazette.example/news/2024/03/15/harbour-bridge-reopens", "en")]
    [InlineData("og-windows-1252.html", "Café owners celebrate a record summer", "Valley News", null, "https://valley.example/news/cafe-summer", null)]
    [InlineData("time-element-date.html", "Le marché couvert rouvre ses portes", null, null, "https://journal.example/2023/11/02/marche-couvert", "fr")]
    [InlineData("meta-date-only.html", "Library extends opening hours", null, "Lee Park", null, null)]
    public void Reads_title_outlet_author_url_and_language(string fixture, string title, string? outlet, string? author, string? url, string? language)
    {
        var document = HtmlFixtures.Read(fixture);
        Assert.Equal(title, document.Title);
        Assert.Equal(outlet, document.Outlet);
        Assert.Equal(author, document.Author);
        Assert.Equal(url, document.Url);
        Assert.Equal(language, document.DeclaredLanguage);
    }

    [Theory]
    [InlineData(HtmlFixtures.Noisy, "2024-03-15T09:30:00+01:00", "json-ld")]
    [InlineData("og-windows-1252.html", "2021-09-01T12:00:00+00:00", "open-graph")]
    [InlineData("time-element-date.html", "2023-11-02T10:15:00+01:00", "time-element")]
    [InlineData("meta-date-only.html", "2022-05-04T00:00:00+00:00", "meta")]
    public void Takes_the_date_from_the_most_trusted_source(string fixture, string published, string from)
    {
        var document = HtmlFixtures.Read(fixture);
        Assert.Equal(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), document.Published);
        Assert.Equal(from, document.PublishedFrom);
    }

    [Fact]
    public void Falls_back_to_a_date_in_the_canonical_url()
    {
        var html = "<html><head><link rel=\"canonical\" href=\"https://x.example/2020/07/09/story\"></head><body><p>Some article text that is long enough to be read as the body.</p></body></html>";
        var document = HtmlFixtures.ReadMarkup(html);
        Assert.Equal(new DateTimeOffset(2020, 7, 9, 0, 0, 0, TimeSpan.Zero), document.Published);
        Assert.Equal("url", document.PublishedFrom);
    }

    [Theory]
    [InlineData("Storm hits coast | Daily Planet", "Storm hits coast")]
    [InlineData("Storm hits coast - Daily Planet", "Storm hits coast")]
    [InlineData("Daily | Storm hits the whole coast", "Daily | Storm hits the whole coast")]
    [InlineData("Storm hits coast", "Storm hits coast")]
    public void Trims_the_site_name_from_the_title_element(string titleElement, string expected)
    {
        var document = HtmlFixtures.ReadMarkup($"<html><head><title>{titleElement}</title></head><body><p>Some article text that is long enough to be read as the body.</p></body></html>");
        Assert.Equal(expected, document.Title);
    }

    [Fact]
    public void Skips_a_broken_json_ld_block_and_reads_the_next_source()
    {
        var html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
            + "<meta property=\"article:published_time\" content=\"2019-01-02T03:04:05Z\"></head><body><p>Some article text that is long enough to be read as the body.</p></body></html>";
        Assert.Equal("open-graph", HtmlFixtures.ReadMarkup(html).PublishedFrom);
    }
}
