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

    [Theory]
    [InlineData("Mediterranean Sea", "Mediterranean", true)]
    [InlineData("Lake Victoria", "Victoria", true)]
    [InlineData("Mt Cook", "Aoraki Mount Cook", true)]
    [InlineData("East 223rd Street", "Hawaiian Gardens", true)]
    [InlineData("Phillips Road", "Philip Street", false)]
    [InlineData("Red Sea", "Dead Sea", false)]
    [InlineData("Caspian Sea", "Black Sea", false)]
    [InlineData("York", "New York", false)]
    [InlineData("Palace of the Nation", "Lakeport", true)]
    [InlineData("Harbourside Airport", "Lakeport", true)]
    [InlineData("Palace of the Nation", "Harbourside Airport", false)]
    [InlineData("Palace", "Lakeport", false)]
    public void Place_names_that_can_name_one_place(string a, string b, bool one)
    {
        Assert.Equal(one, PlaceNames.CanBeOne(a, b));
        Assert.Equal(one, PlaceNames.CanBeOne(b, a));
    }

    [Fact]
    public void Days_next_to_the_same_result_date_one_game_however_the_sentences_are_worded()
    {
        // Two outlets date one game whose score both give; nothing else ties the sentences (no shared verb).
        var result = Stories.Corroborate(
            ("Harbour Daily", "It came in the Otters ' 88-71 rout of Lakeport on Tuesday night, the guard driving through two defenders for the basket.\n\nThe crowd stood."),
            ("Iberia Times", "Marlow posted 18 points as the Otters closed out an 88-71 victory against Lakeport on Wednesday night.\n\nThe coach praised the bench."));

        var conflict = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
        Assert.Equal(["Tuesday", "Wednesday"], conflict.Values.Select(v => v.Value.Split(' ')[0]).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_season_record_next_to_two_days_does_not_make_them_one_game()
    {
        // "(21 - 9)" is a team's record before and after many games: the days date a game played and a game to come.
        var result = Stories.Corroborate(
            ("Harbour Daily", "The Otters (21 - 9) will meet the winner of Friday's late game between Lakeport and Brandon in the semifinal.\n\nTickets are sold out."),
            ("Iberia Times", "In Saturday's semifinal, the Otters (21 - 9) will meet Lakeport, which beat Brandon 60 - 58 the night before.\n\nThe coach praised the bench."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void A_nationality_is_not_a_place_the_sentence_puts_the_happening_in()
    {
        // "Canadian" says who fell, not where: the sentence naming the mountain and the one naming none tell one fall.
        var result = Stories.Corroborate(
            ("Harbour Daily", "A 41 - year - old Canadian guide died on Sunday after falling about 120 metres from a ridge below the summit.\n\nRescuers reached him at noon."),
            ("Iberia Times", "Police said a 41 - year - old Canadian guide died on Sunday after falling about 80 metres from a ridge at Mount Tasman.\n\nThe weather had been fine."));

        var conflict = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount && c.Values.Any(v => v.Value.EndsWith("120", StringComparison.Ordinal)));
        Assert.Contains(conflict.Values, v => v.Value.EndsWith("80", StringComparison.Ordinal));
    }

    [Fact]
    public void A_street_and_a_town_do_not_put_one_shooting_in_two_places()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "Police said the gunman fired four shots at the deputy outside an apartment on Birch Street late on Friday.\n\nThe deputy died in hospital."),
            ("Iberia Times", "Police said the gunman fired six shots at the deputy outside an apartment in Fresno late on Friday.\n\nA vigil was held."));

        var conflict = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
        Assert.Equal(["4", "6"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_figure_after_in_goes_with_the_verb_before_it()
    {
        // "played in 12 games" and "missed five games": two figures of one season, not one told twice.
        var result = Stories.Corroborate(
            ("Harbour Daily", "The forward played in 12 games for the club this season before the knee injury, the coach said on Monday.\n\nHe will have surgery."),
            ("Iberia Times", "The forward missed five games for the club this season with the knee injury, the coach said on Monday.\n\nThe club signed a replacement."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }
}
