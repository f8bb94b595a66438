using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// Which values fill one slot: spans of time told in one sentence twice over, shares held by the places they are shares of,
/// and places written short ("Mt Cook") or long ("Aoraki Mount Cook"); stories we wrote, with the noise of real copy.
/// </summary>
public sealed class SlotHolderTests
{
    [Fact]
    public void A_span_of_time_in_one_sentence_told_twice_over_is_compared_without_a_verb()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The retired judge ended a riddle that had puzzled the capital's lawyers and reporters for three decades and fed a long row of books.\n\nShe spoke from her farm."),
            ("Iberia Times", "The retired judge ended a riddle that had puzzled the capital's lawyers and reporters for six decades and fed a long row of books.\n\nHer family confirmed it."));

        var conflict = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
        Assert.Equal(["3", "6"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Spans_of_time_in_sentences_that_tell_different_things_are_not_compared()
    {
        // Years on the force and years in the unit: two spans, no verb ties either to the other.
        var result = Stories.Corroborate(
            ("Harbour Daily", "The officer, a 15 - year veteran of the county force, had joined the harbour unit in spring.\n\nHe leaves two children."),
            ("Iberia Times", "Colleagues said the officer had spent the last five years in the harbour unit of the county force.\n\nFlags flew at half mast."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Shares_of_different_places_in_lists_are_not_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "At the worst point as much as 45 percent of phone traffic in Kenya, 30 percent in Uganda and 81 percent in Tanzania was cut off, the operator said.\n\nRepairs began at dawn."),
            ("Iberia Times", "The same held for 45% of calls with Kenya, 30% with Uganda and 27% with Rwanda, the operator said.\n\nShips were sent to the cable."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount && c.Values.Any(v => v.Value == "81"));
    }

    [Fact]
    public void Shares_of_one_place_told_differently_are_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "At the worst point as much as 81 percent of phone traffic in Tanzania was cut off when the cable broke, the operator said.\n\nRepairs began at dawn."),
            ("Iberia Times", "At the worst point as much as 60 percent of phone traffic in Tanzania was cut off when the cable broke, the operator said.\n\nShips were sent."));

        var conflict = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
        Assert.Equal(["60", "81"], conflict.Values.Select(v => v.Value.Replace("at most ", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("Mt Cook", "Aoraki Mount Cook", true)]
    [InlineData("Mt Cook", "Mount Cook", true)]
    [InlineData("St Helens", "Mount Saint Helens", true)]
    [InlineData("Ft. Worth", "Fort Worth", true)]
    [InlineData("York", "New York", false)]
    [InlineData("Mount Cook", "Mount Sefton", false)]
    [InlineData("Cook Village", "Mount Cook", false)]
    [InlineData("Mt Sefton", "Mount Cook", false)]
    [InlineData("Sm Cook", "Mount Cook", false)]
    public void A_place_written_short_is_the_place_written_long(string a, string b, bool same)
    {
        Assert.Equal(same, PlaceNames.ShortFormOf(a, b));
        Assert.Equal(same, PlaceNames.ShortFormOf(b, a));
    }
}
