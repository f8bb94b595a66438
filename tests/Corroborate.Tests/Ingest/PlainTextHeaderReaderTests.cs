using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Ingest;

public sealed class PlainTextHeaderReaderTests
{
    [Fact]
    public void Reads_a_leading_unix_timestamp_and_takes_the_full_headline_from_the_next_line()
    {
        var document = PlainTextHeaderReader.Read(Fixtures.Text("Text/timestamp-header-and-related-links.txt"), "a.txt");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1717400000), document.Published);
        Assert.Equal("timestamp", document.PublishedFrom);
        Assert.Equal("Port workers in Valparaiso end strike after wage deal with operators.", document.Title);
        Assert.StartsWith("Dock workers in the Chilean port", document.Text, StringComparison.Ordinal);
        Assert.All(document.Removed, r => Assert.Equal(RemovalReasons.Header, r.Reason));
    }

    [Fact]
    public void Reads_a_date_header_then_removes_an_upper_case_dateline()
    {
        var document = PlainTextHeaderReader.Read(Fixtures.Text("Text/date-header-and-capital-dateline.txt"), "b.txt");

        Assert.Equal(new DateTimeOffset(2024, 3, 8, 0, 0, 0, TimeSpan.Zero), document.Published);
        Assert.Equal("header", document.PublishedFrom);
        Assert.StartsWith("Kenya's health ministry said", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Removed, r => r.Reason == RemovalReasons.Dateline && r.Text == "NAIROBI -");
    }

    [Fact]
    public void Reads_the_date_and_agency_credit_of_a_dateline()
    {
        var document = PlainTextHeaderReader.Read(Fixtures.Text("Text/dated-dateline-with-agency.txt"), "c.txt");

        Assert.Equal(new DateTimeOffset(2024, 5, 12, 0, 0, 0, TimeSpan.Zero), document.Published);
        Assert.Equal("dateline", document.PublishedFrom);
        Assert.Equal("LNA", document.Outlet);
        Assert.StartsWith("Portugal and Brazil signed", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storm hits coast\n\nA storm hit the coast on Monday, officials said.", "Storm hits coast")]
    [InlineData("A storm hit the coast on Monday, officials said.\n\nMore rain is due.", null)]
    [InlineData("12345 people marched in the capital on Sunday.", null)]
    public void Takes_a_short_unpunctuated_first_line_as_the_headline_and_nothing_else(string text, string? title)
    {
        var document = PlainTextHeaderReader.Read(text, "d.txt");

        Assert.Equal(title, document.Title);
        Assert.Null(document.Published);
    }

    [Fact]
    public void Does_not_take_a_small_leading_number_for_a_timestamp()
    {
        var document = PlainTextHeaderReader.Read("123456789 Headline here\n\nBody text.", "e.txt");

        Assert.Null(document.Published);
    }
}
