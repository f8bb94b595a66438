using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Tests.Model;

public sealed class SaneDatesTests
{
    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]          // Go's zero time
    [InlineData("1970-01-01T00:00:00Z")]          // Unix epoch zero
    [InlineData("1970-01-01T00:00:00+02:00")]     // epoch zero as a date with no time, in any offset
    [InlineData("9999-12-31T23:59:59Z")]          // "no date" at the other end
    [InlineData("1799-12-31T12:00:00Z")]
    [InlineData("2201-01-01T00:00:00Z")]
    public void Placeholders_and_dates_outside_1800_to_2200_are_not_publication_dates(string text)
    {
        var date = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

        Assert.Null(SaneDates.Publication(date));
    }

    [Theory]
    [InlineData("1970-01-01T13:45:00Z")]
    [InlineData("1800-01-01T12:00:00Z")]
    [InlineData("2024-05-08T09:00:00+02:00")]
    [InlineData("2200-12-31T12:00:00Z")]
    public void Real_dates_in_range_are_kept(string text)
    {
        var date = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(date, SaneDates.Publication(date));
    }
}
