using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// Name mentions the chains were missing (issue 18, part 3, chains15): possessive acronyms, organisations headed before
/// "for", newspapers, place names ending like adjectives, ages and cue nouns before names, shouted words after them, teams
/// named by a role's plural, numbered streets, given names that are places, names written with a place's initials, lone
/// team nicknames. Every sentence is our own; each rule has a near case it must leave alone.
/// </summary>
public sealed class EntityDetectionRuleTests
{
    private static EntityResolution Resolve(params string[] texts)
    {
        var extractor = new EntityMentionExtractor();
        var story = texts.Select((t, i) => Articles.FromPlainText("Local news\n\n" + t, $"a{i}.txt")).Select(a => (a, extractor.Extract(a))).ToList();
        return new EntityResolver().Resolve(story);
    }

    private static IEnumerable<EntityMention> Mentions(string text) => new EntityMentionExtractor().Extract(Articles.FromPlainText("Local news\n\n" + text, "a.txt"));

    private static Entity Holding(EntityResolution resolution, string variant) => Assert.Single(resolution.Entities, e => e.Variants.Contains(variant));

    private static bool Names(EntityResolution resolution, string variant) => resolution.Entities.Any(e => e.Variants.Contains(variant));

    [Fact]
    public void An_acronym_with_a_possessive_is_an_organisation()
    {
        var resolution = Resolve("Detectives from the KCPD's robbery unit arrested two men near the river on Monday.");

        Assert.Equal(EntityType.Organisation, Holding(resolution, "KCPD").Type);
    }

    [Fact]
    public void A_common_acronym_with_a_possessive_stays_no_name()
    {
        var resolution = Resolve("Witnesses said the SUV's driver fled on foot before the police arrived.");

        Assert.False(Names(resolution, "SUV"));
    }

    [Fact]
    public void An_acronym_written_as_a_plural_with_an_apostrophe_names_nothing()
    {
        var resolution = Resolve("She was a favourite pin-up for GI's in the war and sang for the troops.");

        Assert.False(Names(resolution, "GI"));
    }

    [Theory]
    [InlineData("He played two seasons at Virginia Tech before the draft.")]
    [InlineData("He played two seasons at Georgia Tech before the draft.")]
    public void A_school_named_for_its_state_is_no_person(string text)
    {
        var resolution = Resolve(text);

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void An_organisation_word_before_for_heads_the_name()
    {
        var mention = Assert.Single(Mentions("Funding came from the Marlow Commission for Rural Schools, a spokesman said."), m => m.Text.StartsWith("Marlow", StringComparison.Ordinal));

        Assert.Equal("Marlow Commission for Rural Schools", mention.Text);
        Assert.Equal(EntityType.Organisation, mention.Type);
    }

    [Fact]
    public void A_name_whose_word_before_for_is_no_organisation_word_is_not_typed_by_it()
    {
        var mentions = Mentions("Volunteers from Marlow Parents for Rural Schools handed out leaflets on Monday.");

        Assert.DoesNotContain(mentions, m => m.TypeEvidence == "organisation word in the name");
    }

    [Fact]
    public void A_newspaper_named_for_its_county_is_an_organisation()
    {
        var resolution = Resolve("Dana Ruiz of the Marlow Valley Register said the report was wrong.");

        Assert.Equal(EntityType.Organisation, Holding(resolution, "Marlow Valley Register").Type);
    }

    [Fact]
    public void A_newspaper_word_opening_a_sentence_alone_names_nothing()
    {
        var resolution = Resolve("Register online by Friday, the county said, or register in person at the library.");

        Assert.False(Names(resolution, "Register"));
    }

    [Fact]
    public void A_name_ending_like_an_adjective_before_a_place_word_is_a_place()
    {
        var resolution = Resolve("Polling stations opened in Tashal province and Dorvan province on Sunday morning.");

        Assert.Equal(EntityType.Place, Holding(resolution, "Tashal").Type);
        Assert.Equal(EntityType.Place, Holding(resolution, "Dorvan").Type);
    }

    [Fact]
    public void An_adjective_before_a_plain_noun_stays_no_name()
    {
        var resolution = Resolve("The Dorvanian choir sang twice, and Dorvanian streets filled with dancers after the Dorvanian band played.");

        Assert.False(Names(resolution, "Dorvanian"));
    }

    [Fact]
    public void An_age_before_a_lone_name_makes_a_person()
    {
        var resolution = Resolve("In a village outside the capital, 25-year-old Dilnoza said she had come early to vote.");

        Assert.Equal(EntityType.Person, Holding(resolution, "Dilnoza").Type);
    }

    [Fact]
    public void An_age_before_a_bridge_makes_no_person()
    {
        var resolution = Resolve("The 90-year-old Marlow Bridge was closed for repairs on Monday.");

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void An_age_before_a_town_and_a_noun_for_a_person_makes_no_person()
    {
        var resolution = Resolve("A 45-year-old Marlowville man was struck as he crossed the road on Friday.");

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_cue_noun_opening_a_sentence_is_no_part_of_the_name()
    {
        var resolution = Resolve("Owner Dario Velotti met the players on Monday and promised a new stadium.");

        var owner = Holding(resolution, "Dario Velotti");
        Assert.Equal(EntityType.Person, owner.Type);
        Assert.False(Names(resolution, "Owner Dario Velotti"));
    }

    [Fact]
    public void A_cue_noun_before_an_organisation_name_is_left_in_it()
    {
        var mentions = Mentions("Owner Financial Group bought the club for an undisclosed sum.");

        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void A_shouted_word_after_a_name_ends_it()
    {
        var resolution = Resolve("Devon Okafor caught two passes. With four minutes left, Okafor AGAIN ran the kick back, and again the crowd stood.");

        var person = Holding(resolution, "Devon Okafor");
        Assert.Contains("Okafor", person.Variants);
        Assert.False(Names(resolution, "Okafor AGAIN"));
    }

    [Fact]
    public void An_acronym_after_a_name_stays_in_it()
    {
        var mentions = Mentions("Fans of Marlow AFC packed the ground on Saturday.");

        Assert.Contains(mentions, m => m.Text == "Marlow AFC");
    }

    [Fact]
    public void A_team_named_by_a_role_plural_opening_a_line_is_a_name()
    {
        var mentions = Mentions("Chiefs fall 20-13 despite a late drive.\n\nThe Chiefs lost to the Omaha Herons on Sunday, and the Chiefs now face a long trip.");

        Assert.Equal(3, mentions.Count(m => m.Text == "Chiefs"));
    }

    [Fact]
    public void A_role_plural_opening_a_sentence_stays_no_name()
    {
        var mentions = Mentions("Officers were alerted at 9 pm. Two officers arrived at the house a few minutes later.");

        Assert.DoesNotContain(mentions, m => m.Text == "Officers");
    }

    [Theory]
    [InlineData("The fire started in a house on Marlow's First Street late on Friday.")]
    [InlineData("She was playing outside her Third Avenue home when the shots were fired.")]
    public void An_ordinal_before_a_street_word_is_part_of_the_name(string text)
    {
        Assert.Contains(Mentions(text), m => m.Text is "First Street" or "Third Avenue");
    }

    [Fact]
    public void An_ordinal_before_another_word_is_still_stripped()
    {
        var mentions = Mentions("Marlow's First Lady opened the fair on Saturday.");

        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("First", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chad Ostrander caught two passes for the Herons on Sunday.", "Chad Ostrander")]
    [InlineData("On third down, Maurice Okafor ran for ten yards.", "Maurice Okafor")]
    [InlineData("He played like Joe Montana on the last drive.", "Joe Montana")]
    public void A_given_name_that_is_a_place_or_a_state_after_a_given_name_makes_a_person(string text, string name)
    {
        Assert.Equal(EntityType.Person, Holding(Resolve(text), name).Type);
    }

    [Fact]
    public void A_city_and_its_state_stay_places()
    {
        var resolution = Resolve("The band flew from Austin Texas to Denver on Monday.");

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_possessive_after_for_ends_a_team_name()
    {
        var mentions = Mentions("Only the Yankees could outbid the Red Hats for Ostrander's services this winter.");

        Assert.Contains(mentions, m => m.Text == "Red Hats");
        Assert.Contains(mentions, m => m.Text == "Ostrander");
    }

    [Fact]
    public void An_organisation_word_before_for_keeps_the_possessive_in_the_run()
    {
        var mentions = Mentions("A grant from the Fund for Marlow's Children paid for the roof.");

        Assert.Contains(mentions, m => m.Text.StartsWith("Fund for Marlow", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_written_with_its_place_initials_is_the_long_name()
    {
        var resolution = Resolve(
            "The Los Angeles Times first reported the shooting on Monday.",
            "According to the LA Times, two men were arrested.");

        Assert.Contains("LA Times", Holding(resolution, "Los Angeles Times").Variants);
    }

    [Fact]
    public void Initials_of_another_place_stay_apart()
    {
        var resolution = Resolve(
            "The Los Angeles Times first reported the shooting on Monday.",
            "According to the NY Times, two men were arrested.");

        Assert.DoesNotContain("NY Times", Holding(resolution, "Los Angeles Times").Variants);
    }

    [Fact]
    public void A_branch_of_a_holders_office_is_one_organisation()
    {
        var mentions = Mentions("Detectives from the Marlow County Sheriff's Homicide Bureau took over the case.");

        Assert.Contains(mentions, m => m.Text == "Marlow County Sheriff's Homicide Bureau" && m.Type == EntityType.Organisation);
    }

    [Fact]
    public void A_holders_possessive_before_a_plain_noun_stays_apart()
    {
        var mentions = Mentions("Two Marlow County Sheriff's Homicide detectives took over the case.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains("Sheriff's Homicide", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nickname_written_once_joins_the_one_team_named_for_its_city()
    {
        var resolution = Resolve(
            "The Omaha Herons beat the visitors 20-13 on Sunday.",
            "Ruiz caught five passes against the Herons last week and two more on Sunday.");

        Assert.Contains("Herons", Holding(resolution, "Omaha Herons").Variants);
    }

    [Fact]
    public void A_nickname_two_teams_end_with_stays_out()
    {
        var resolution = Resolve(
            "The Omaha Herons beat the Tulsa Herons 20-13 on Sunday.",
            "Ruiz caught five passes against the Herons last week and two more on Sunday.");

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Contains("Herons"));
    }

    [Fact]
    public void A_team_name_guessed_a_place_joins_the_team_named_for_its_city()
    {
        var resolution = Resolve(
            "The Omaha Red Hats signed a pitcher on Monday.",
            "The pitcher said he was glad to move to the Red Hats after six years away.");

        Assert.Contains("Red Hats", Holding(resolution, "Omaha Red Hats").Variants);
    }

    [Fact]
    public void A_name_nothing_typed_that_ends_a_team_named_for_its_city_is_that_team()
    {
        var resolution = Resolve(
            "The Omaha Red Hats made an offer to the pitcher on Monday.",
            "The pitcher said the Red Hats would hear from him next week.");

        Assert.Contains("Red Hats", Holding(resolution, "Omaha Red Hats").Variants);
    }

    [Fact]
    public void A_bodys_purpose_goes_on_over_in_and_a_continent()
    {
        var mentions = Mentions("The Council for Trade and Cooperation in Europe sent six observers to the vote.");

        Assert.Contains(mentions, m => m.Text == "Council for Trade and Cooperation in Europe" && m.Type == EntityType.Organisation);
    }

    [Fact]
    public void A_city_after_a_bodys_purpose_is_where_it_sits()
    {
        var mentions = Mentions("The Center for Policy Research in London published the figures on Monday.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains(" in London", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "London");
    }

    [Fact]
    public void A_quoted_nickname_stays_inside_the_name()
    {
        var mentions = Mentions("Deputy Luis Alberto \"Beto\" Ramirez, 35, was shot outside an apartment building.");

        Assert.Contains(mentions, m => m.Text == "Luis Alberto \"Beto\" Ramirez" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_quoted_word_in_a_name_with_no_given_name_is_left_out()
    {
        var mentions = Mentions("Volunteers cleaned Marlow \"Green\" Park on Saturday morning.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains("\"Green\" Park", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sites_address_names_an_organisation()
    {
        var resolution = Resolve("\"We will look at it,\" the general manager told Harwick.com on Friday.");

        Assert.Equal(EntityType.Organisation, Holding(resolution, "Harwick.com").Type);
    }

    [Fact]
    public void A_word_glued_to_a_full_stop_is_no_site()
    {
        var mentions = Mentions("The team left for Harwick.Then the coach spoke to reporters.");

        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Organisation && m.Text.Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public void A_nicknamed_name_joins_the_nickname_and_surname_but_not_a_relative_sharing_the_surname()
    {
        var resolution = Resolve(
            "Deputy Luis Alberto \"Beto\" Ramirez, 35, was shot outside an apartment building on Monday.",
            "Beto Ramirez had served for ten years. His brother Benito Ramirez said the family was grateful.");

        var deputy = Holding(resolution, "Beto Ramirez");
        Assert.Contains("Luis Alberto \"Beto\" Ramirez", deputy.Variants);
        Assert.DoesNotContain("Benito Ramirez", deputy.Variants);
    }
}
