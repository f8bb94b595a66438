using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Support;
using Xunit.Abstractions;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// Small stories we wrote, two or three outlets each, with one fact told differently (or compatibly) by one of
/// them: what the detector must flag, of which kind, and what it must leave alone.
/// </summary>
public sealed class ConflictDetectorTests(ITestOutputHelper output)
{
    private StoryCorroboration Corroborate(params (string Outlet, string Text, string? Published)[] articles)
    {
        IReadOnlyList<Article> story = [.. articles.Select((a, i) => Articles.FromPlainText(a.Text.Replace("\r", "", StringComparison.Ordinal), $"a{i}.txt") with
        {
            Outlet = a.Outlet,
            Published = a.Published is null ? null : DateTimeOffset.Parse(a.Published, System.Globalization.CultureInfo.InvariantCulture),
        })];
        var result = new StoryCorroborator(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default).Corroborate(story, new StoryExtractor().Extract(story));
        foreach (var claim in result.Claims.Where(c => c.Mentions.Length > 1 || !c.Conflicts.IsEmpty))
        {
            output.WriteLine($"[{claim.Articles.Length}] {claim.Text}");
            foreach (var mention in claim.Mentions)
            {
                output.WriteLine($"    {mention.ArticleId[..6]} {mention.Text}");
                foreach (var value in mention.Values)
                {
                    output.WriteLine($"        {value.Field} {value.Key} {value.Value} [{value.Text}] pred={value.Slot?.Predicate}");
                }
            }

            foreach (var conflict in claim.Conflicts)
            {
                output.WriteLine($"  !! {conflict.Kind}: {conflict.Description}");
            }
        }

        return result;
    }

    private static IEnumerable<ClaimConflict> Conflicts(StoryCorroboration result) => result.Claims.SelectMany(c => c.Conflicts);

    [Fact]
    public void A_weekday_differs_even_when_no_publication_date_is_known()
    {
        var result = Corroborate(
            ("Harbour Daily", "The coroner said the retired senator died on Saturday of natural causes at his home in Vermont.", null),
            ("Iberia Times", "The coroner said the retired senator died on Saturday of natural causes at his farm in Vermont.", null),
            ("Coastal Wire", "The coroner believes the retired senator died on Friday, July 24, 2004, of natural causes at his home in Vermont.", null));

        var day = Assert.Single(Conflicts(result), c => c.Field == ConflictField.Date);
        Assert.Equal(ConflictKind.Contradiction, day.Kind);
        Assert.Equal(2, day.Values.Length);
        Assert.Single(day.Values.Single(v => v.Sources.Any(s => s.Text.Contains("Friday", StringComparison.Ordinal))).Articles);
    }

    [Fact]
    public void An_article_naming_the_other_day_for_another_happening_still_disagrees_on_this_one()
    {
        var result = Corroborate(
            ("Harbour Daily", "The coroner said the retired senator died on Saturday of natural causes at his home in Vermont.", null),
            ("Iberia Times", "The coroner said the retired senator died on Saturday of natural causes at his farm in Vermont.", null),
            ("Coastal Wire", "The coroner believes the retired senator died on Friday of natural causes at his home in Vermont.\n\nHis grandchildren flew in from Oregon late Saturday for a private family service.", null));

        var day = Assert.Single(Conflicts(result), c => c.Field == ConflictField.Date);
        Assert.Equal(2, day.Values.Length);
        Assert.Single(day.Values.Single(v => v.Value.StartsWith("Friday", StringComparison.Ordinal)).Articles);
    }

    [Fact]
    public void Days_in_clauses_that_share_nothing_with_each_other_date_two_happenings()
    {
        var result = Corroborate(
            ("Harbour Daily", "The river authority issued a red flood warning for the Tamsin valley and its three towns, its first such alert in a decade, before downgrading it late on Monday night.", null),
            ("Iberia Times", "The river authority had issued a red flood warning for the Tamsin valley and its three towns, the highest of its levels, but all warnings were lifted by Tuesday morning.", null));

        Assert.DoesNotContain(Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void Hedged_figures_that_can_all_be_true_are_not_a_conflict()
    {
        var result = Corroborate(
            ("Harbour Daily", "Police said about 400 members of the sect were living at the ranch outside the town of Eldon.", null),
            ("Iberia Times", "Police said nearly 400 members of the sect were living at the ranch outside the town of Eldon.", null),
            ("Coastal Wire", "Police said 400 members of the sect were living at the ranch outside the town of Eldon.", null),
            ("River Post", "Police said more than 380 members of the sect were living at the ranch outside the town of Eldon.", null));

        Assert.Empty(Conflicts(result));
    }

    [Fact]
    public void Two_estimates_hedged_alike_are_compared_as_stated()
    {
        var result = Corroborate(
            ("Harbour Daily", "Police said about 400 members of the sect were living at the ranch outside the town of Eldon.", null),
            ("Iberia Times", "Police said about 601 members of the sect were living at the ranch outside the town of Eldon.", null));

        var count = Assert.Single(Conflicts(result));
        Assert.Equal((ConflictField.Amount, ConflictKind.Contradiction, "member"), (count.Field, count.Kind, count.Counted));
        Assert.Equal(["about 400", "about 601"], count.Values.Select(v => v.Value).Order().ToArray());
    }

    [Fact]
    public void An_adjective_before_a_lists_first_item_may_qualify_the_whole_list_but_a_later_items_is_its_own()
    {
        var first = Corroborate(
            ("Harbour Daily", "The singer was treated by her personal ear, nose and throat specialist at a clinic in Dunmore last month.", null),
            ("Iberia Times", "The singer was treated by an ear, nose and throat specialist at a clinic in Dunmore last month.", null));
        Assert.DoesNotContain(Conflicts(first), c => c.Field == ConflictField.Qualifier);

        var later = Corroborate(
            ("Harbour Daily", "The two ministers signed accords on farming, fisheries and solar energy at the palace on Monday.", null),
            ("Iberia Times", "The two ministers signed accords on farming, fisheries and energy at the palace on Monday.", null));
        var qualifier = Assert.Single(Conflicts(later), c => c.Field == ConflictField.Qualifier);
        Assert.Contains(qualifier.Values, v => v.Value == "solar energy");
    }

    [Fact]
    public void An_upper_estimate_allows_a_figure_just_under_it_but_not_one_far_below()
    {
        // "As many as" and "up to" give a high estimate, not every number below it.
        var near = Corroborate(
            ("Harbour Daily", "Investigators say as many as 9,800 online shops have been infected by the card-skimming code since March.", null),
            ("Iberia Times", "Investigators say about 9,000 online shops have been infected by the card-skimming code since March.", null));
        Assert.Empty(Conflicts(near));

        var far = Corroborate(
            ("Harbour Daily", "Investigators say as many as 9,800 online shops have been infected by the card-skimming code since March.", null),
            ("Iberia Times", "Investigators say about 5,000 online shops have been infected by the card-skimming code since March.", null));
        var count = Assert.Single(Conflicts(far));
        Assert.Equal((ConflictField.Amount, "shop"), (count.Field, count.Counted));
        Assert.Equal(["about 5000", "at most 9800"], count.Values.Select(v => v.Value).Order().ToArray());
    }

    [Fact]
    public void A_rounded_share_agrees_a_finer_share_just_off_is_precision_and_another_share_contradicts()
    {
        var rounded = Corroborate(
            ("Harbour Daily", "With nearly all ballots counted, Ana Ferreira had 55.7 percent of the vote in the runoff, officials said.", null),
            ("Iberia Times", "With nearly all ballots counted, Ana Ferreira had 56 percent of the vote in the runoff, officials said.", null));
        Assert.Empty(Conflicts(rounded));

        // 55.76 does not round to 55.7, but they are less than one step of the coarser figure apart.
        var finer = Corroborate(
            ("Harbour Daily", "With nearly all ballots counted, Ana Ferreira had 55.7 percent of the vote in the runoff, officials said.", null),
            ("Iberia Times", "With nearly all ballots counted, Ana Ferreira had 55.76 percent of the vote in the runoff, officials said.", null));
        var close = Assert.Single(Conflicts(finer));
        Assert.Equal((ConflictKind.Precision, "percent"), (close.Kind, close.Counted));

        var differing = Corroborate(
            ("Harbour Daily", "With nearly all ballots counted, Ana Ferreira had 55.7 percent of the vote in the runoff, officials said.", null),
            ("Iberia Times", "With nearly all ballots counted, Ana Ferreira had 55.95 percent of the vote in the runoff, officials said.", null));
        var share = Assert.Single(Conflicts(differing));
        Assert.Equal((ConflictKind.Contradiction, "percent"), (share.Kind, share.Counted));
        Assert.StartsWith("Outlets give a different percentage", share.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_an_article_sets_against_each_other_on_one_measure_are_a_conflict()
    {
        var result = Corroborate(
            ("Harbour Daily", "A magnitude 7.6 earthquake struck the northern coast of Palmera on Monday, officials said. "
                + "The national weather office put the magnitude at 7.6, while foreign monitoring services reported 7.5.", null),
            ("Iberia Times", "A magnitude 7.6 earthquake struck the northern coast of Palmera on Monday, killing at least nine people, officials said.", null));

        var magnitude = Assert.Single(Conflicts(result));
        Assert.Equal((ConflictField.Amount, "magnitude"), (magnitude.Field, magnitude.Counted));
        Assert.Equal(["7.5", "7.6"], magnitude.Values.Select(v => v.Value).Order().ToArray());
    }

    [Fact]
    public void A_quake_and_its_aftershock_in_one_article_are_two_measures_not_a_conflict()
    {
        var result = Corroborate(
            ("Harbour Daily", "A magnitude 7.6 earthquake struck the northern coast of Palmera on Monday, the weather office said. "
                + "An aftershock of magnitude 5.3 followed an hour later, the office reported.", null),
            ("Iberia Times", "A magnitude 7.6 earthquake struck the northern coast of Palmera on Monday, officials said.", null));

        Assert.Empty(Conflicts(result));
    }

    [Fact]
    public void A_toll_that_rises_in_later_articles_is_an_update_in_time_order()
    {
        var result = Corroborate(
            ("Harbour Daily", "At least 31 people were killed when the ferry capsized near the island of Mora, the coast guard said.", "2024-03-05T09:00:00Z"),
            ("Iberia Times", "At least 12 people were killed when the ferry capsized near the island of Mora, the coast guard said.", "2024-03-03T09:00:00Z"),
            ("Coastal Wire", "At least 20 people were killed when the ferry capsized near the island of Mora, the coast guard said.", "2024-03-04T09:00:00Z"));

        var toll = Assert.Single(Conflicts(result));
        Assert.Equal(ConflictKind.Update, toll.Kind);
        Assert.Equal(["at least 12", "at least 20", "at least 31"], toll.Values.Select(v => v.Value).ToArray());
        Assert.All(toll.Values, v => Assert.NotNull(v.Published));
    }

    [Fact]
    public void An_undated_article_is_placed_by_the_weekdays_it_reports_so_a_rising_toll_is_an_update()
    {
        var result = Corroborate(
            ("Harbour Daily", "At least 12 people were killed when the ferry capsized near the island of Mora on Sunday, the coast guard said.", "2024-03-04T09:00:00Z"),
            ("Iberia Times", "At least 12 people were killed when the ferry capsized near the island of Mora on Sunday, the coast guard said on Monday.", "2024-03-04T11:00:00Z"),
            ("Coastal Wire", "At least 31 people were killed when the ferry capsized near the island of Mora on Sunday, according to figures released on Tuesday.", null));

        var toll = Assert.Single(Conflicts(result));
        Assert.Equal(ConflictKind.Update, toll.Kind);
        Assert.Equal(["at least 12", "at least 31"], toll.Values.Select(v => v.Value).ToArray());
        Assert.Null(toll.Values[1].Published);
        Assert.Equal(new DateOnly(2024, 3, 5), toll.Values[1].Written);
        Assert.Contains("undated; its text places it on 2024-03-05", toll.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_article_whose_weekday_could_be_two_days_is_not_placed()
    {
        var result = Corroborate(
            ("Harbour Daily", "At least 12 people were killed when the ferry capsized near the island of Mora, the coast guard said.", "2024-03-01T09:00:00Z"),
            ("Iberia Times", "At least 12 people were killed when the ferry capsized near the island of Mora, the coast guard told reporters.", "2024-03-04T11:00:00Z"),
            ("Coastal Wire", "At least 31 people were killed when the ferry capsized near the island of Mora, according to figures released on Tuesday.", null));

        var toll = Assert.Single(Conflicts(result));
        Assert.Equal(ConflictKind.Contradiction, toll.Kind);
        Assert.All(toll.Values, v => Assert.True(v.Published is not null || v.Written is null));
    }

    [Fact]
    public void Different_tolls_on_one_day_contradict()
    {
        var result = Corroborate(
            ("Harbour Daily", "At least 14 people were killed when the ferry capsized near the island of Mora, the coast guard said.", "2024-03-03T09:00:00Z"),
            ("Iberia Times", "At least 12 people were killed when the ferry capsized near the island of Mora, the coast guard said.", "2024-03-03T11:00:00Z"));

        Assert.Equal(ConflictKind.Contradiction, Assert.Single(Conflicts(result)).Kind);
    }

    [Fact]
    public void Counts_of_one_thing_under_other_words_and_verbs_of_one_act_fill_one_slot()
    {
        var result = Corroborate(
            ("Harbour Daily", "The two trade ministers signed 14 agreements on ports, grain and rail at the summit in Tallinn, officials said.", null),
            ("Iberia Times", "Officials said 15 cooperation documents on ports, grain and rail were initialled at the summit in Tallinn.", null),
            ("Coastal Wire", "At the summit in Tallinn the two trade ministers inked 14 accords on ports, grain and rail, officials said.", null));

        var count = Assert.Single(Conflicts(result), c => c.Field == ConflictField.Amount);
        Assert.Equal(ConflictKind.Contradiction, count.Kind);
        var fifteen = Assert.Single(count.Values, v => v.Value == "15");
        Assert.Single(fifteen.Articles);
    }

    [Fact]
    public void Counts_said_of_different_verbs_people_or_suppositions_are_different_slots()
    {
        var result = Corroborate(
            ("Harbour Daily", "The storm killed 23 people in the coastal villages of the province, the governor said on the radio.", null),
            ("Iberia Times", "The storm injured 30 people in the coastal villages of the province, the governor said on the radio.", null),
            ("Coastal Wire", "If the storm killed 40 people in the coastal villages of the province, the governor said, aid would follow.", null));

        Assert.Empty(Conflicts(result));

        var players = Corroborate(
            ("Harbour Daily", "Tomas Reyes finished the final against the Lions with 20 points and eight rebounds.", null),
            ("Iberia Times", "Marco Dias finished the final against the Lions with 20 points and nine rebounds.", null));
        Assert.Empty(Conflicts(players));
    }

    [Fact]
    public void A_sentence_listing_several_sums_confirms_but_never_contradicts()
    {
        var result = Corroborate(
            ("Harbour Daily", "The Falcons reportedly bid $160 million over eight years for the striker, and the Owls $150 million over seven years.", null),
            ("Iberia Times", "The Owls reportedly bid $150 million over seven years for the striker, while other clubs waited.", null));

        Assert.Empty(Conflicts(result));
    }

    [Fact]
    public void A_near_copy_with_a_changed_toll_is_still_compared_and_counts_as_one_source()
    {
        IReadOnlyList<Article> story =
        [
            Articles.FromPlainText("At least 12 people were killed when the ferry capsized near the island of Mora on Sunday, the coast guard said.\n\nRescue boats searched the bay through the night.", "a.txt") with { Outlet = "Harbour Daily" },
            Articles.FromPlainText("At least 14 people were killed when the ferry capsized near the island of Mora on Sunday, the coast guard said.\n\nRescue boats searched the bay through the night.", "b.txt") with { Outlet = "Coastal Wire" },
        ];
        var copies = new Dictionary<string, string> { [story[1].Id] = story[0].Id };

        var result = new StoryCorroborator(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default).Corroborate(story, new StoryExtractor().Extract(story), copies);

        var toll = Assert.Single(result.Claims.SelectMany(c => c.Conflicts));
        Assert.Equal(["at least 12", "at least 14"], toll.Values.Select(v => v.Value).Order().ToArray());
        var search = result.Claims.Single(c => c.Text.StartsWith("Rescue", StringComparison.Ordinal));
        Assert.Equal((2, 1), (search.Outlets.Length, search.IndependentSources));
    }

    [Fact]
    public void Days_on_which_outlets_published_what_people_said_or_described_are_not_the_day_of_the_happening()
    {
        // Reported on consecutive days: "said on Tuesday" and "described on Wednesday" date the telling, not the storm.
        var result = Corroborate(
            ("Harbour Daily", "At least 30 people were killed when the cyclone struck the coast of the Malabar district on Sunday evening, district officials said on Tuesday.", "2031-03-04T09:00:00Z"),
            ("Iberia Times", "Fishermen whose boats the cyclone smashed along the coast of the Malabar district on Sunday described on Wednesday how the sea rose in minutes, as the toll of the cyclone reached 41.", "2031-03-05T09:00:00Z"));

        Assert.DoesNotContain(Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void Two_outlets_of_one_day_that_date_the_same_statement_differently_conflict()
    {
        var result = Corroborate(
            ("Harbour Daily", "The harbour authority said on Tuesday that the grain terminal at Port Selva would stay closed until the dredging of its channel is finished.", "2031-03-06T08:00:00Z"),
            ("Iberia Times", "The harbour authority said on Thursday that the grain terminal at Port Selva would stay closed until the dredging of its channel is finished.", "2031-03-06T17:00:00Z"));

        var day = Assert.Single(Conflicts(result), c => c.Field == ConflictField.Date);
        Assert.Equal(2, day.Values.Length);
    }

    [Fact]
    public void One_statement_quoted_alike_by_outlets_of_unknown_days_is_dated_once()
    {
        // No publication dates: the same words, "said in a statement on …", date one statement, made on one day.
        var result = Corroborate(
            ("Harbour Daily", "\"She kept asking for more leave, which was never approved, and ignored every order to come back to her desk,\" the ministry said in a statement on Friday.\n\nHer lawyer did not comment.", null),
            ("Iberia Times", "\"She kept asking for more leave, which was never approved, and ignored every order to come back to her desk,\" the ministry said in a statement on Friday.\n\nThe union called a meeting.", null),
            ("Coastal Wire", "\"She kept asking for more leave, which was never approved, and ignored every order to come back to her desk,\" the ministry said in a statement on Monday.\n\nShe has worked there since 2009.", null));

        var day = Assert.Single(Conflicts(result), c => c.Field == ConflictField.Date);
        Assert.Equal(["Friday", "Monday"], day.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Different_statements_said_on_different_days_by_outlets_of_unknown_days_are_not_a_conflict()
    {
        var result = Corroborate(
            ("Harbour Daily", "The ministry said on Friday that the clerk had asked for more leave several times and ignored orders to return.\n\nHer lawyer did not comment.", null),
            ("Iberia Times", "The ministry said on Monday that it would appeal against the tribunal's ruling on the clerk's dismissal.\n\nThe union called a meeting.", null));

        Assert.DoesNotContain(Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void A_countrys_name_before_a_noun_says_whose_not_where()
    {
        // "a U.S. drone strike" names no place of the strike, so it is not set apart from "in northern Yemen" as another place.
        var result = Corroborate(
            ("Harbour Daily", "A U.S. drone strike killed the commander of the coastal militia on Monday, the Pentagon confirmed.\n\nThe militia did not comment.", null),
            ("Iberia Times", "The commander of the coastal militia was killed by a drone strike on Thursday in northern Yemen, the Pentagon confirmed.\n\nThe militia did not comment.", null));

        Assert.Single(Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void Strikes_told_in_two_countries_are_not_set_against_each_other()
    {
        var result = Corroborate(
            ("Harbour Daily", "A drone strike killed the commander of the coastal militia in Somalia on Monday, the Pentagon confirmed.\n\nThe militia did not comment.", null),
            ("Iberia Times", "A drone strike killed the commander of the coastal militia in northern Yemen on Thursday, the Pentagon confirmed.\n\nThe militia did not comment.", null));

        Assert.DoesNotContain(Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Theory]
    [InlineData("The toll rose to 41, officials said on Tuesday.", "Tuesday", "said")]
    [InlineData("The port reopened late on Friday, the minister told reporters.", "Friday", "reopened")]
    [InlineData("The cyclone struck on Sunday night.", "Sunday", "struck")]
    public void The_predicate_of_a_day_is_the_verb_before_it_reporting_verbs_included(string sentence, string day, string? predicate)
    {
        var at = sentence.IndexOf(day, StringComparison.Ordinal);
        var slot = ValueSlots.Read(sentence, new TextSpan(0, sentence.Length), at, at + day.Length, null, null, [], day: true);
        Assert.Equal(predicate is null ? null : ValueSlots.Stem(predicate), slot.Predicate);
    }

    [Fact]
    public void One_agency_paragraph_in_many_outlets_is_one_independent_source()
    {
        const string paragraph = "The central bank raised its main interest rate by half a point to 4.5 percent on Thursday, its third rise this year.";
        var result = Corroborate(
            ("Harbour Daily", paragraph + "\n\nShop owners in the capital said customers were already spending less on furniture.", null),
            ("Iberia Times", paragraph.Replace("its third", "the third", StringComparison.Ordinal) + "\n\nFarmers asked for cheaper loans before the planting season.", null),
            ("Coastal Wire", paragraph.Replace("on Thursday", "on Thursday morning", StringComparison.Ordinal) + "\n\nThe currency gained against the dollar in early trading.", null),
            ("River Post", "The central bank raised its main interest rate to 4.5 percent on Thursday, citing stubborn prices, in its third rise this year.\n\nEconomists expect one more increase before the summer.", null));

        var claim = result.Claims.OrderByDescending(c => c.Outlets.Length).First();
        Assert.Equal(4, claim.Outlets.Length);
        Assert.Equal(2, claim.IndependentSources);
    }

    [Fact]
    public void A_changed_figure_in_a_differently_worded_sentence_is_still_found_across_claims()
    {
        var result = Corroborate(
            ("Harbour Daily", "Marines boarded the two skiffs and detained 9 Eritrean smugglers along with their fuel drums.\n\nThe convoy reached the port before dusk.", null),
            ("Iberia Times", "The boarding party detained 9 Eritrean smugglers and seized fuel drums from the two skiffs, a navy statement said.\n\nA patrol plane watched from above.", null),
            ("Coastal Wire", "Navy officers said the crew of the frigate, which had tracked the skiffs since morning, detained 14 Eritrean smugglers.\n\nThe frigate later resumed its patrol.", null));

        var count = Assert.Single(Conflicts(result));
        Assert.Equal((ConflictField.Amount, "smuggler"), (count.Field, count.Counted));
        Assert.Equal(["14", "9"], count.Values.Select(v => v.Value).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Figures_of_another_operation_that_every_outlet_also_gives_are_not_a_conflict()
    {
        // Both outlets give the day's haul and the season's total: 5 and 40 rifles are two facts, each told by both.
        var result = Corroborate(
            ("Harbour Daily", "On Tuesday the patrol seized 5 rifles and 200 rounds of ammunition.\n\nSince March the patrol has seized 40 rifles and 3,100 rounds of ammunition.", null),
            ("Iberia Times", "Since March the coast guard patrol has seized 40 rifles and 3,100 rounds of ammunition.\n\nThe patrol seized 5 rifles and 200 rounds of ammunition on Tuesday.", null));

        Assert.Empty(Conflicts(result));
    }

    [Fact]
    public void Counts_told_of_happenings_in_different_places_are_not_compared()
    {
        var result = Corroborate(
            ("Harbour Daily", "In Lisbon, the two governments signed 14 agreements on ports, fishing and rail.", null),
            ("Iberia Times", "Portugal and Morocco signed 3 agreements in Rabat on ports, fishing and rail.", null));

        Assert.DoesNotContain(Conflicts(result), c => c.Field == ConflictField.Amount);
    }

    [Fact]
    public void Words_two_outlets_give_to_speakers_named_together_are_not_a_speaker_conflict()
    {
        var result = Corroborate(
            ("Harbour Daily", "\"We are thrilled to welcome her back to the stage,\" producers Lena Ortiz and Paul Brandt said in a statement.", null),
            ("Iberia Times", "\"We are thrilled to welcome her back to the stage,\" said Lena Ortiz, one of the show's producers.", null),
            ("Coastal Wire", "\"We are thrilled to welcome her back to the stage,\" Paul Brandt said on Monday.", null));

        Assert.DoesNotContain(Conflicts(result), c => c.Field == ConflictField.Speaker);
    }

    [Fact]
    public void Ages_of_different_people_are_not_compared()
    {
        var result = Corroborate(
            ("Harbour Daily", "The gunman, Dario Fenn, 27, wounded a 12-year-old girl outside the school, police said.", null),
            ("Iberia Times", "Police said Dario Fenn, 29, wounded the girl outside the school.", null),
            ("Coastal Wire", "A 31-year-old teacher was also wounded outside the school, police said.", null));

        var age = Assert.Single(Conflicts(result));
        Assert.Equal(["27", "29"], age.Values.Select(v => v.Value).Order(StringComparer.Ordinal).ToArray());
    }
}
