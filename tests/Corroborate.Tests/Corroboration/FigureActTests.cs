using Corroborate.Corroboration;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// When two figures are said of one act although their sentences word it differently (two verbs on one object, a verb that
/// follows the counted noun, a year that dates something else in the sentence), and when they are not (a total built up
/// since some time against one happening's toll; a sum rounded to its scale word). Stories we wrote, with the noise of real copy.
/// </summary>
public sealed class FigureActTests
{
    [Theory]
    [InlineData("Eleven men smashed their car into a jewellery shop on Castle Street before fleeing in a second vehicle, police said.", true)]
    [InlineData("Eleven men stole watches from a jewellery shop on Castle Street before fleeing in a second vehicle, police said.", false)]
    public void Two_verbs_acting_on_one_object_tell_one_act(string other, bool conflict)
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "Four men rammed their car into a jewellery shop on Castle Street before fleeing in a second vehicle, police said.\n\nNo one was hurt."),
            ("Iberia Times", other + "\n\nThe shop was closed."));

        Assert.Equal(conflict, Stories.Conflicts(result).Any(c => c.Field == ConflictField.Amount && c.Values.Any(v => v.Value == "4") && c.Values.Any(v => v.Value == "11")));
    }

    [Theory]
    [InlineData("The studio will produce 26 new episodes of the puppet show Moss and Pebble for the autumn schedule, its owners said.", true)]
    [InlineData("The studio will cancel 26 new episodes of the puppet show Moss and Pebble for the autumn schedule, its owners said.", false)]
    public void Verbs_of_one_class_tell_one_act_and_other_verbs_do_not(string other, bool conflict)
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The studio will make 40 new episodes of the puppet show Moss and Pebble for the autumn schedule, its owners said.\n\nFilming starts soon."),
            ("Iberia Times", other + "\n\nThe cast is unchanged."));

        Assert.Equal(conflict, Stories.Conflicts(result).Any(c => c.Field == ConflictField.Amount && c.Values.Any(v => v.Value == "40") && c.Values.Any(v => v.Value == "26")));
    }

    [Theory]
    [InlineData("The bank said only four customers actually complained to its branches about the new card fees in the first week.", true)]
    [InlineData("The bank said only four customers actually paid the new card fees at its branches in the first week.", false)]
    public void An_adverb_between_a_counted_noun_and_its_verb_is_passed_over(string other, bool conflict)
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The bank said a total of eleven customers complained to its branches about the new card fees in the first week.\n\nIts shares were flat."),
            ("Iberia Times", other + "\n\nThe fees stay."));

        Assert.Equal(conflict, Stories.Conflicts(result).Any(c => c.Field == ConflictField.Amount && c.Values.Any(v => v.Value == "11") && c.Values.Any(v => v.Value == "4")));
    }

    [Theory]
    [InlineData("A jury in Dunmore convicted one of the three men charged with shooting the shopkeeper Dara Quinlan outside his store.", true)]
    [InlineData("A jury in Dunmore convicted one of the three men arrested after the shooting of the shopkeeper Dara Quinlan outside his store.", false)]
    public void A_verb_following_both_counted_nouns_tells_one_act_and_a_far_year_dates_something_else(string other, bool conflict)
    {
        // The year closes the sentence, eleven words after the figure: it dates the shooting, not the hearing for the two men.
        var result = Stories.Corroborate(
            ("Harbour Daily", "The hearing for two men charged with shooting the shopkeeper Dara Quinlan outside his store in Dunmore in 2019 opened on Monday.\n\nThe court sat late."),
            ("Iberia Times", other + "\n\nThe judge thanked the jurors."));

        Assert.Equal(conflict, Stories.Conflicts(result).Any(c => c.Field == ConflictField.Amount && c.Values.Any(v => v.Value == "2") && c.Values.Any(v => v.Value == "3")));
    }

    [Theory]
    [InlineData("A car bomb in the market of Tal Harir killed 7 villagers on Tuesday, activists with the monitoring group say.", false)]
    [InlineData("In all, 700 villagers have died since the fighting for Tal Harir began a month ago, activists with the monitoring group say.", true)]
    public void A_total_since_some_time_is_never_set_against_one_happenings_toll(string other, bool conflict)
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "In all, 600 villagers have died since the fighting for Tal Harir began a month ago, activists with the monitoring group say.\n\nAid is short."),
            ("Iberia Times", other + "\n\nThe border stays shut."));

        Assert.Equal(conflict, Stories.Conflicts(result).Any(c => c.Field == ConflictField.Amount && c.Values.Any(v => v.Value == "600")));
    }

    [Theory]
    [InlineData("$15.2 billion", false)]
    [InlineData("$17 billion", true)]
    public void A_sum_written_to_its_scale_word_allows_what_rounds_to_it(string other, bool conflict)
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The league keeps its $15 billion rights contract with the network, whose critics on the panel were silent on Sunday.\n\nShares fell."),
            ("Iberia Times", $"The league keeps its {other} rights contract with the network, whose critics on the panel were silent on Sunday.\n\nShares rose."));

        Assert.Equal(conflict, Stories.Conflicts(result).Any(c => c.Field == ConflictField.Amount));
    }

    [Theory]
    [InlineData("The software maker reckoned that one in every 400 Windows users may have opened pages that try to use the flaw.", false)]
    [InlineData("The software maker reckoned that one in every 160 Windows users may have opened pages that try to use the flaw.", true)]
    public void A_rate_of_one_in_n_compares_with_the_same_rate(string other, bool conflict)
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The software maker reckoned that up to 1 in 400 Windows users may have opened pages that try to use the flaw.\n\nA patch is due."),
            ("Iberia Times", other + "\n\nThe patch is late."));

        var found = Stories.Conflicts(result).Where(c => c.Field == ConflictField.Amount).ToList();
        Assert.Equal(conflict, found.Count > 0);
        Assert.All(found, c => Assert.Equal("rate of users", c.Counted));
    }

    [Theory]
    [InlineData("The interior ministry in Dunmore said on Sunday that more than 80 households had to flee when water filled their houses in the valley overnight.", false)]
    [InlineData("The interior ministry in Dunmore said on Sunday that more than 80 households were rescued when water filled their houses in the valley overnight.", true)]
    public void The_verb_after_had_to_is_the_act_of_its_figure(string other, bool conflict)
    {
        // "had to flee" tells fleeing, not the rescue another outlet counts.
        var result = Stories.Corroborate(
            ("Harbour Daily", "The interior ministry in Dunmore said on Sunday that civil defence teams rescued 18 households when water filled their houses in the valley overnight.\n\nRain eased."),
            ("Iberia Times", other + "\n\nSchools stayed shut."));

        Assert.Equal(conflict, Stories.Conflicts(result).Any(c => c.Field == ConflictField.Amount));
    }
}
