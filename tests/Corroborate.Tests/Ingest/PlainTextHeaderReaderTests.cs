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
    [InlineData("OSLO, Jan 2 (NTW) - Ferries resumed on the fjord routes on Tuesday, operators said.", "NTW")]
    [InlineData("Bergen, Sept. 14 — Ferries resumed on the fjord routes on Tuesday, operators said.", null)]
    [InlineData("OSLO, March 3: Ferries resumed on the fjord routes on Tuesday, operators said.", null)]
    public void A_dateline_with_a_month_and_day_but_no_year_is_taken_off_and_dates_nothing(string text, string? credit)
    {
        var document = PlainTextHeaderReader.Read(text, "d.txt");

        Assert.StartsWith("Ferries resumed", document.Text, StringComparison.Ordinal);
        Assert.Null(document.Published);
        Assert.Equal(credit, document.Outlet);
        Assert.Contains(document.Removed, r => r.Reason == RemovalReasons.Dateline);
    }

    [Fact]
    public void A_sentence_that_opens_with_a_place_and_a_month_is_no_dateline()
    {
        var document = PlainTextHeaderReader.Read("Ferries ran again.\n\nOslo, May 2 was the first calm day in weeks, and the harbour filled.", "e.txt");

        Assert.Contains("Oslo, May 2 was the first calm day", document.Text, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("Published 02 December 2009", "2009-12-02", null)]
    [InlineData("Published: 2 Dec 2009, 14:05 GMT", "2009-12-02", null)]
    [InlineData("Posted on March 3, 2021", "2021-03-03", null)]
    [InlineData("Posted on March 3, 2021 by Ana Ruiz", "2021-03-03", "Ana Ruiz")]
    [InlineData("By Ana Ruiz | March 3, 2021", "2021-03-03", "Ana Ruiz")]
    [InlineData("By ANA RUIZ, Staff Writer · Tuesday, March 3rd, 2021 · 4 min read", "2021-03-03", "ANA RUIZ")]
    [InlineData("2021-03-03T08:15:00Z", "2021-03-03", null)]
    [InlineData("Updated: March 4, 2021 10:22 AM ET", "2021-03-04", null)]
    [InlineData("Published 3/25/2021 | Updated 3/26/2021", "2021-03-25", null)]
    [InlineData("First published on Wed 3 Mar 2021 08.15 GMT", "2021-03-03", null)]
    public void Plain_text_headers_beyond_the_seeds_kinds_were_not_read_regression_date_and_byline_lines_are(string line, string date, string? author)
    {
        var document = PlainTextHeaderReader.Read($"Harbour repairs approved\n{line}\n\nThe council approved the harbour repairs on Tuesday.", "h.txt");

        Assert.Equal(date, document.Published?.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("header", document.PublishedFrom);
        Assert.Equal(author, document.Author);
        Assert.Equal("Harbour repairs approved", document.Title);
        Assert.Equal("The council approved the harbour repairs on Tuesday.", document.Text);
        Assert.Contains(document.Removed, r => r.Reason == RemovalReasons.Header && r.Text == line);
    }

    [Theory]
    [InlineData("By Monday, the council had approved the harbour repairs.")]
    [InlineData("Published figures show the harbour lost money in 2020.")]
    [InlineData("March 2021 was the wettest month on record.")]
    public void A_sentence_that_starts_like_a_header_is_text(string line)
    {
        var document = PlainTextHeaderReader.Read($"Harbour repairs approved\n\n{line}\n\nMore text follows here.", "h.txt");

        Assert.StartsWith(line, document.Text, StringComparison.Ordinal);
        Assert.Null(document.Published);
    }

    [Fact]
    public void A_date_line_above_the_headline_is_read_before_the_headline()
    {
        var document = PlainTextHeaderReader.Read("Wednesday, 3 March 2021\nHarbour repairs approved\n\nThe council approved the harbour repairs on Tuesday.", "h.txt");

        Assert.Equal("Harbour repairs approved", document.Title);
        Assert.Equal(new DateTimeOffset(2021, 3, 3, 0, 0, 0, TimeSpan.Zero), document.Published);
    }
}
