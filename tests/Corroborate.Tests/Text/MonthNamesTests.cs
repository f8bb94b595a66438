using Corroborate.Text;

namespace Corroborate.Tests.Text;

/// <summary>The one month table: names and abbreviations to numbers, the twelve full names, names as written.</summary>
public sealed class MonthNamesTests
{
    [Theory]
    [InlineData("January", 1)]
    [InlineData("jan", 1)]
    [InlineData("MAY", 5)]
    [InlineData("Sept", 9)]
    [InlineData("sep", 9)]
    [InlineData("december", 12)]
    public void Gives_the_month_number_of_a_name_or_abbreviation_ignoring_case(string name, int number) =>
        Assert.Equal(number, MonthNames.Numbers[name]);

    [Fact]
    public void Has_twelve_full_names_and_every_three_letter_form()
    {
        Assert.Equal(12, MonthNames.FullNames.Count);
        Assert.Contains("september", (IReadOnlySet<string>)MonthNames.FullNames);
        Assert.DoesNotContain("sept", (IReadOnlySet<string>)MonthNames.FullNames);
        Assert.Equal(Enumerable.Range(1, 12), MonthNames.FullNames.Select(n => MonthNames.Numbers[n[..3]]).Order());
        Assert.Equal(4, MonthNames.Lookup.TryGetValue("April extra".AsSpan(0, 5), out var april) ? april : 0);
    }

    [Theory]
    [InlineData("March", true)]
    [InlineData("Sept", true)]
    [InlineData("march", false)]
    [InlineData("MARCH", false)]
    [InlineData("Marching", false)]
    [InlineData("M", false)]
    public void Knows_a_month_written_as_a_name_is(string word, bool name) =>
        Assert.Equal(name, MonthNames.IsCapitalisedName(word));
}
