using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// Words glued to names and capitals that name nothing (issue 18, part 2, ents8): acronyms and team plurals before a
/// person's name, shouted headline prose, sentence-opening prepositions, titles after titles, "the" + a capitalised plural,
/// phrases capitalised by custom, teams named after a place, a title between two names. Every sentence is our own.
/// </summary>
public sealed class EntityGluedRuleTests
{
    private static List<EntityMention> Mentions(string text) => EntityRules.Mentions(text);

    private static List<EntityMention> Names(string text) => EntityRules.Names(text);

    private static EntityResolution Resolve(params string[] texts) => EntityRules.Resolve(texts);

    [Theory]
    [InlineData("The club said Harbor Hawks RB Daniel Okoro is out for the rest of the season.", "Daniel Okoro")]
    [InlineData("He was named the game's most valuable player, and Grand Final MVP Robert Ashdown thanked the fans.", "Robert Ashdown")]
    [InlineData("Reporters asked whether CB Tavonte Reese would play on Sunday.", "Tavonte Reese")]
    [InlineData("The coach said Hawks Daniel Okoro had torn a ligament in practice.", "Daniel Okoro")]
    public void A_word_glued_before_a_persons_name_is_no_part_of_it(string text, string person)
    {
        var names = Names(text);

        Assert.Contains(names, m => m.Text == person);
        Assert.DoesNotContain(names, m => m.Text.EndsWith(person, StringComparison.Ordinal) && m.Text != person);
    }

    [Fact]
    public void A_league_acronym_glued_before_a_team_is_read_alone()
    {
        var names = Names("Ford is now an assistant with the NBL Charlotte Comets, the league said.");

        Assert.Contains(names, m => m.Text == "NBL");
        Assert.Contains(names, m => m.Text == "Charlotte Comets");
    }

    [Theory]
    [InlineData("The Coast Guard said U.S. Coast Guard Station Harwick sent two boats.", "U.S. Coast Guard Station Harwick")]
    [InlineData("Viewers of BBC World Service heard the news first.", "BBC World Service")]
    public void An_acronym_that_opens_a_name_of_a_body_stays_in_it(string text, string name)
    {
        Assert.Contains(Names(text), m => m.Text == name);
    }

    [Theory]
    [InlineData("LIKELY RIVAL: Hawks lose their kicker for the playoffs\n\nThe Harbor Hawks lost their kicker on Monday.", "RIVAL")]
    [InlineData("Injury report\n\nTWO MORE HAWKS OUT Dunmore lost two more players for the season on Sunday.", "MORE")]
    public void Shouted_headline_prose_names_nothing(string text, string shouted)
    {
        Assert.DoesNotContain(Names(text), m => m.Text.Contains(shouted, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_after_shouted_prose_is_still_found()
    {
        Assert.Contains(Names("Injury report\n\nTWO MORE HAWKS OUT Dunmore lost two more players for the season on Sunday."), m => m.Text == "Dunmore");
    }

    [Fact]
    public void Shouted_acronyms_without_a_common_word_stay_names()
    {
        Assert.Contains(Names("Residents told WCCO TV that the water was rising."), m => m.Text.StartsWith("WCCO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Despite Granville's late run, the home side held on to win.", "Granville")]
    [InlineData("Unlike Granville, the town of Dunmore has no harbour wall.", "Granville")]
    [InlineData("Neither Okoro nor his lawyer would comment.", "Okoro")]
    public void A_sentence_opening_preposition_is_no_part_of_the_name_after_it(string text, string name)
    {
        var names = Names(text);

        Assert.Contains(names, m => m.Text == name || m.Text == name + "'s");
        Assert.DoesNotContain(names, m => m.Text.Contains(' ' + name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_after_a_title_names_nobody()
    {
        var text = "“The skiffs turned back,” Commander Ravi Sethi, Chief Public Relations Officer, Navy, said on Monday.";
        var names = Names(text);

        Assert.Contains(names, m => m.Text == "Ravi Sethi" && m.Type == EntityType.Person);
        Assert.DoesNotContain(names, m => m.Text.Contains("Relations", StringComparison.Ordinal));
        Assert.DoesNotContain(names, m => m.Text == "Navy" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_capitalised_plural_after_the_is_a_team_not_a_person()
    {
        var resolution = Resolve(
            "The Purple Herons beat Dunmore 70-61 on Thursday. Top-ranked Purple Herons led from the start.",
            "Coach Greg Harlan said the Purple Herons had played their best game. Fans cheered when the Herons scored, and the Herons meet Granville next.");

        var herons = Assert.Single(resolution.Entities, e => e.Name == "Purple Herons");
        Assert.True(herons.Type == EntityType.Organisation, string.Join("; ", resolution.Entities.Select(e => $"{e.Type} {e.Name} [{string.Join(" | ", e.Variants)}]")));
        Assert.Contains("Herons", herons.Variants);
        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Person && e.Variants.Any(v => v.Contains("Herons", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_plural_before_a_lower_case_noun_and_a_name_is_no_team()
    {
        Assert.DoesNotContain(Names("They spied on the Civil Rights pioneer Martin Luther King for years."), m => m.Text == "Civil Rights" && m.Type == EntityType.Organisation);
    }

    [Fact]
    public void A_phrase_capitalised_by_custom_and_written_in_lower_case_elsewhere_is_no_entity()
    {
        var resolution = Resolve(
            "Dunmore plays at Granville on Saturday in the Wild Card round.",
            "A wild card team has never won there. The card was wild all year.");

        Assert.DoesNotContain(resolution.Entities, e => e.Name == "Wild Card");
    }

    [Fact]
    public void A_place_named_team_beside_a_sporting_word_is_an_organisation()
    {
        var resolution = Resolve(
            "Granville lost to Ohio State 60-58 on Friday night.",
            "Ohio State will meet Dunmore in the semifinal. Fans of Ohio State filled the arena.");

        var team = Assert.Single(resolution.Entities, e => e.Name == "Ohio State");
        Assert.Equal(EntityType.Organisation, team.Type);
    }

    [Fact]
    public void A_place_word_name_never_beside_a_sporting_word_stays_a_place()
    {
        var resolution = Resolve("Flooding closed roads across Borno State on Monday. Residents of Borno State were moved to schools.");

        Assert.DoesNotContain(resolution.Entities, e => e.Name == "Borno State" && e.Type == EntityType.Organisation);
    }

    [Fact]
    public void A_title_between_two_names_types_only_the_second()
    {
        var mentions = Mentions("Dunmore coach Greg Harlan said the team was tired.");

        Assert.DoesNotContain(mentions, m => m.Text == "Dunmore" && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == "Greg Harlan" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_descriptor_glued_once_before_a_name_is_left_out_of_the_name_shown()
    {
        var resolution = Resolve(
            "The climber, Englishman Robert Hale, fell on Tuesday.",
            "Robert Hale was found by rescuers. Robert Hale had climbed the peak before.");

        Assert.Contains(resolution.Entities, e => e.Name == "Robert Hale" && e.Type == EntityType.Person);
        Assert.DoesNotContain(resolution.Entities, e => e.Name == "Englishman Robert Hale");
    }

    [Fact]
    public void A_weekday_after_a_connector_ends_the_name()
    {
        var names = Names("The team will be without Daniel Okoro for Sunday's game in Dunmore.");

        Assert.Contains(names, m => m.Text == "Daniel Okoro");
        Assert.DoesNotContain(names, m => m.Text.Contains("Okoro for", StringComparison.Ordinal));
    }
}
