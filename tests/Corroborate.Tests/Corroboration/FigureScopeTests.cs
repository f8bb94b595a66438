using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// What a figure is a figure of: an area is no distance, an age in months no span of time, an addition no total, and a
/// distance in apposition to a town locates that town. Stories we wrote, with the noise of real copy.
/// </summary>
public sealed class FigureScopeTests
{
    [Fact]
    public void An_area_is_never_set_against_a_distance()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The firm bought six office blocks at the Bayshore business park, about 18 kilometres from its main campus, people familiar with the deal said.\n\nThe price was not disclosed."),
            ("Iberia Times", "The firm completed the purchase of six office blocks totalling about 934,000 square feet at the Bayshore business park, people familiar with the deal said.\n\nShares rose."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Theory]
    [InlineData("The trio came eleven days back with 200 soldiers and civilians drawn from many nations to train.", "200 soldiers", true)]
    [InlineData("The trio came eleven days back with 200 soldiers and 40 civilians to train.", "200 soldiers", false)]
    [InlineData("The trio came eleven days back with 200 soldiers and their families to train.", "200 soldiers", false)]
    public void A_count_of_two_kinds_together_is_kept_apart_from_a_count_of_one_of_them(string sentence, string figure, bool together)
    {
        // "200 soldiers and civilians" counts both together: "the three soldiers" who came with them are no other figure for it.
        IReadOnlyList<Article> story = [Articles.FromPlainText(sentence + "\n\nPolice asked for help.", "a.txt")];
        var values = new ClaimExtractor().Extract(story, new StoryExtractor().Extract(story)).SelectMany(m => m.Values);

        var value = Assert.Single(values, v => v.Text == figure);
        Assert.Equal(together, value.Key.EndsWith(":and", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("One camera will watch the gate, the makers say. The second camera is harder to explain.", false)]
    [InlineData("One camera will watch the gate, the makers say. Another camera sits above the door.", false)]
    [InlineData("One camera was stolen from the gate overnight, the makers say. Police are looking for it.", true)]
    public void One_opening_an_enumeration_names_the_first_of_several_and_counts_nothing(string text, bool counted)
    {
        IReadOnlyList<Article> story = [Articles.FromPlainText(text + "\n\nShares rose.", "a.txt")];
        var values = new ClaimExtractor().Extract(story, new StoryExtractor().Extract(story)).SelectMany(m => m.Values);

        Assert.Equal(counted, values.Any(v => v.Text.Equals("One camera", StringComparison.Ordinal)));
    }

    [Fact]
    public void Counts_of_two_kinds_together_still_compare_with_each_other()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The recruits reached the coastal camp eleven days back with 200 soldiers and civilians drawn from many nations for drills.\n\nPolice asked for help."),
            ("Iberia Times", "The recruits reached the coastal camp eleven days back with 250 soldiers and civilians drawn from many nations for drills.\n\nTheir unit said nothing."));

        var conflict = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
        Assert.Equal(["200", "250"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Two_areas_of_one_purchase_told_differently_are_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The firm completed the purchase of six office blocks totalling about 934,000 square feet at the Bayshore business park, people familiar with the deal said.\n\nShares rose."),
            ("Iberia Times", "The firm completed the purchase of six office blocks totalling about 610,000 square feet at the Bayshore business park, people familiar with the deal said.\n\nThe price was not disclosed."));

        var conflict = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
        Assert.Equal("area", conflict.Unit is null ? null : AmountUnits.Measure(AmountExtractor.CountedWord(conflict.Unit, hyphenated: false))?.Dimension);
    }

    [Theory]
    [InlineData("square feet", "square-feet", "area")]
    [InlineData("sq km", "square-km", "area")]
    [InlineData("hectares of farmland", "hectares", "area")]
    [InlineData("feet", "feet", "length")]
    public void A_measure_after_square_is_an_area(string phrase, string counted, string dimension)
    {
        Assert.Equal(counted, AmountExtractor.CountedWord(phrase, hyphenated: false));
        Assert.Equal(dimension, AmountUnits.Measure(counted)?.Dimension);
    }

    [Theory]
    [InlineData("She was photographed at seven months old, her father said.", "seven months old", "months (age)")]
    [InlineData("The 14-month-old boy was found unharmed.", "14-month-old", "months (age)")]
    [InlineData("The suspect, who is 27 years old, was held.", "27 years old", "years (age)")]
    public void An_age_in_months_is_an_age_in_months(string text, string surface, string unit)
    {
        var amount = Assert.Single(new AmountExtractor().Extract(Dated.Article(text, "2023-06-17")), a => a.Text.StartsWith(surface[..2], StringComparison.Ordinal));

        Assert.Equal("age", amount.Counted);
        Assert.Equal(unit, amount.Unit);
    }

    [Fact]
    public void Ages_at_two_moments_of_one_child_are_not_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The singer was seven months old when she starred in the soap commercial, a fact she kept from classmates.\n\nShe laughed about it."),
            ("Iberia Times", "Her father recalled that the agency chose her at a casting call when she was 15 months old.\n\nThe singer laughed about it."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void An_addition_is_not_set_against_a_total()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "Nineteen municipal policemen were detained over the weekend on suspicion of shooting at marching teachers.\n\nThe governor spoke on radio."),
            ("Iberia Times", "An additional 12 municipal policemen were detained on suspicion of shooting at marching teachers, prosecutors said.\n\nThe governor spoke on radio."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Two_totals_told_differently_are_still_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "Nineteen municipal policemen were detained over the weekend on suspicion of shooting at marching teachers.\n\nThe governor spoke on radio."),
            ("Iberia Times", "Twelve municipal policemen were detained over the weekend on suspicion of shooting at marching teachers, prosecutors said.\n\nThe governor spoke on radio."));

        Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Distances_of_two_towns_from_one_city_are_two_facts()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "Prosecutors said graves had been found outside Puebla, 125 miles south of Mexico City, where the students went missing.\n\nTests will take weeks."),
            ("Iberia Times", "Marchers set fire to a bus outside the town hall in Acapulco, 190 miles (306 kilometers) south of Mexico City, where the students went missing.\n\nTests will take weeks."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Distances_of_one_town_told_differently_are_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "Prosecutors said graves had been found outside Puebla, 125 miles south of Mexico City, where the students went missing.\n\nTests will take weeks."),
            ("Iberia Times", "Prosecutors said graves had been found outside Puebla, 160 miles south of Mexico City, where the students went missing.\n\nTests will take weeks."));

        Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void A_verb_after_an_aside_between_commas_is_the_figures_verb()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "According to the media watchdog, some 20 reporters are missing in the region since the war began.\n\nIt gave no names."),
            ("Iberia Times", "According to the media watchdog, at least 66 reporters, nearly all of them local, have been killed in the region since the war began.\n\nIt gave no names."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void The_same_verb_after_an_aside_keeps_the_figures_comparable()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "According to the media watchdog, at least 70 reporters were killed in the region last year.\n\nIt gave no names."),
            ("Iberia Times", "According to the media watchdog, at least 66 reporters, nearly all of them local, were killed in the region last year.\n\nIt gave no names."));

        Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Theory]
    [InlineData("The estate offers half a dozen guest cottages and a small chapel.", 6, "guest cottages")]
    [InlineData("The fund has raised half a million dollars for the shelter.", 500000, "USD")]
    [InlineData("The founder, worth $40 (£26) million, denied the claims.", 40000000, "USD")]
    public void Half_a_dozen_and_a_scale_after_a_bracketed_conversion_are_read_whole(string text, int value, string unit)
    {
        var amount = Assert.Single(new AmountExtractor().Extract(Dated.Article(text, "2023-06-17")), a => a.Unit == unit);

        Assert.Equal(value, amount.Value);
    }

    [Theory]
    [InlineData("Creators are paid about $3 for each million plays of a song.", 1000000)]
    [InlineData("The rate is 12 deaths per 1,000 people, officials said.", 1000)]
    [InlineData("Nobody in the ministry had heard of the March 21 gas attack on the village.", 21)]
    public void Neither_the_base_of_a_rate_nor_the_day_of_a_month_is_a_count(string text, int value)
    {
        Assert.DoesNotContain(new AmountExtractor().Extract(Dated.Article(text, "2023-06-17")), a => a.Value == value && a.Unit is not null);
    }

    [Fact]
    public void Two_floors_of_a_growing_total_are_not_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The recording of the rescue at the quarry has been watched more than 150,000 times online.\n\nThe fire service did not comment."),
            ("Iberia Times", "The recording of the rescue at the quarry went up last week and has been watched more than 480,000 times online.\n\nThe fire service did not comment."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Two_floors_of_one_finished_count_told_differently_are_still_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "More than 20 people were killed when the ferry capsized off the island on Sunday, officials said.\n\nDivers searched the wreck."),
            ("Iberia Times", "More than 60 people were killed when the ferry capsized off the island on Sunday, officials said.\n\nDivers searched the wreck."));

        Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Days_of_two_reports_are_not_a_conflict_about_what_they_report()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The intruder who climbed the palace fence overpowered a guard and ran into the great hall, the City Post reported Monday.\n\nThe guard was not hurt."),
            ("Iberia Times", "On Sunday, the City Post reported that the intruder who climbed the palace fence overpowered a guard before he was stopped.\n\nThe guard was not hurt."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void Days_of_one_happening_told_differently_are_still_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The intruder climbed the palace fence on Monday night, overpowered a guard and ran into the great hall.\n\nThe guard was not hurt."),
            ("Iberia Times", "The intruder climbed the palace fence on Sunday night, overpowered a guard and ran into the great hall.\n\nThe guard was not hurt."));

        Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void The_opening_part_of_a_stay_is_not_the_whole_stay()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The champion said he spent his first 12 hours on the ward under close watch after the eating contest.\n\nHe is home now."),
            ("Iberia Times", "The champion spent two full days on the ward after the eating contest, his wife said.\n\nHe is home now."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Two_whole_stays_told_differently_are_a_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The champion spent four full days on the ward after the eating contest, his wife said.\n\nHe is home now."),
            ("Iberia Times", "The champion spent two full days on the ward after the eating contest, his wife said.\n\nHe is home now."));

        Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Theory]
    [InlineData("The gold models will sell for between $4,000 and $5,000 each, the site said.", 4000, 5000, "USD")]
    [InlineData("Tickets cost £10-£12 at the door.", 10, 12, "GBP")]
    public void A_range_of_money_is_one_range(string text, int low, int high, string unit)
    {
        var amount = Assert.Single(new AmountExtractor().Extract(Dated.Article(text, "2023-06-17")), a => a.Unit == unit);

        Assert.Equal((low, high), ((int)amount.Value, (int?)amount.High));
    }

    [Fact]
    public void A_has_in_another_part_of_the_sentence_makes_no_running_total()
    {
        // The "has" belongs to the part before the dash; the toll after it is one figure, told two ways.
        var result = Stories.Corroborate(
            ("Harbour Daily", "Since taking over in 2011, Ruvane has turned the group into a regional force - a change that showed when it killed at least 48 people in a raid on a border market last spring.\n\nThe army did not comment."),
            ("Iberia Times", "Since taking over in 2011, Ruvane has turned the militia into a regional force - a change that showed when it killed at least 71 people in a raid on a border market last spring.\n\nThe army did not comment."));

        Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Two_floors_of_a_total_still_growing_are_no_conflict()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The clip of the rescue has been watched more than 198,000 times since Sunday, the broadcaster said.\n\nThe crew was praised."),
            ("Iberia Times", "The clip of the rescue has been watched more than 610,000 times since Sunday, the broadcaster said.\n\nThe crew was praised."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void A_toll_that_left_people_dead_is_the_toll_of_the_killed()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "A cartoonist posted a drawing of grief on Wednesday after the attack on the weekly paper in Lyon left 12 people dead.\n\nThe police hunt the gunmen."),
            ("Iberia Times", "Seven people were killed in what the mayor called a cowardly attack on the weekly paper in Lyon on Wednesday.\n\nThe police hunt the gunmen."));

        var conflict = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
        Assert.Equal(["12", "7"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_left_dead_are_not_set_against_the_left_injured()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The attack on the weekly paper in Lyon on Wednesday left 12 people dead, the prefect said.\n\nThe police hunt the gunmen."),
            ("Iberia Times", "The attack on the weekly paper in Lyon on Wednesday left 11 people wounded, the prefect said.\n\nThe police hunt the gunmen."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Ages_in_one_quoted_passage_told_twice_are_compared_even_without_a_name()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "\"Nobody called us until a letter came when she was 18 months old to say the studio had chosen her,\" her mother said.\n\nShe is now at university."),
            ("Iberia Times", "\"Nobody called us until a letter came when she was 8 months old to say the studio had chosen her,\" her mother said.\n\nShe studies law."));

        var conflict = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
        Assert.Equal(2, conflict.Values.Length);
    }
}
