using Corroborate.Reporting;

namespace Corroborate.Cli.Tests;

public sealed class CountsTests
{
    [Theory]
    [InlineData(0, "article", "0 articles")]
    [InlineData(1, "article", "1 article")]
    [InlineData(2, "article", "2 articles")]
    [InlineData(1, "story", "1 story")]
    [InlineData(3, "story", "3 stories")]
    [InlineData(0, "copy", "0 copies")]
    [InlineData(1, "copy", "1 copy")]
    [InlineData(2, "entity", "2 entities")]
    [InlineData(2, "day", "2 days")]
    [InlineData(1200, "input", "1200 inputs")]
    public void A_count_takes_the_noun_in_its_number(long count, string noun, string expected) =>
        Assert.Equal(expected, Counts.Of(count, noun));

    [Fact]
    public void An_irregular_plural_is_given_by_the_caller() =>
        Assert.Equal("2 new entries", Counts.Of(2, "new entry", "new entries"));
}
