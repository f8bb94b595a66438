using Corroborate.Ingest.Feeds;

namespace Corroborate.Tests.Ingest.Feeds;

public sealed class FeedDateParserTests
{
    [Theory]
    [InlineData("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thursday, 01 Jan 2004 19:48:21 EST", "2004-01-02T00:48:21Z")]
    [InlineData("Thu, 01 Jan 04 19:48 +0130", "2004-01-01T18:18:00Z")]
    [InlineData("Thu, 1 January 2004 19:48:21 -07:00", "2004-01-02T02:48:21Z")]
    [InlineData("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31T10:14:55.123-08:00", "2003-12-31T18:14:55Z")]
    [InlineData("2003-12-31", "2003-12-31T00:00:00Z")]
    [InlineData("2003-12", "2003-12-01T00:00:00Z")]
    [InlineData("2003", "2003-01-01T00:00:00Z")]
    [InlineData("20031231T101455Z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-335", "2003-12-01T00:00:00Z")]
    [InlineData("Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z")]
    public void Parses_the_date_formats_feeds_use_to_utc(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDateParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2003-13-45")]
    [InlineData("Thu, 31 Feb 2004 10:00:00 GMT")]
    public void Returns_null_for_text_that_is_not_a_date(string text)
    {
        Assert.Null(FeedDateParser.Parse(text));
    }

    [Fact]
    public void Hugo_pubDate_of_year_0001_was_read_as_2001_regression_a_four_digit_year_is_read_as_written()
    {
        Assert.Equal(1, FeedDateParser.Parse("Mon, 01 Jan 0001 00:00:00 +0000")!.Value.Year);
        Assert.Equal(2004, FeedDateParser.Parse("Thu, 01 Jan 04 19:48 +0130")!.Value.Year);
    }

    [Theory]
    [InlineData("Fri, 31 Dec 9999 24:00:00 -1200")]
    [InlineData("0001-01-01T00:00:00+05:00")]
    [InlineData("9999-366")]
    [InlineData("0000-001")]
    public void Dates_at_the_calendar_s_ends_are_no_date_rather_than_an_exception(string text)
    {
        var exception = Record.Exception(() => FeedDateParser.Parse(text));

        Assert.Null(exception);
    }
}
