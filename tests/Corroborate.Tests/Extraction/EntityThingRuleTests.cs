using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// Things and roles that are no person, organisation or place (issue 18, part 2, ents7): products after a determiner,
/// crafts, awards, quoted works before a work noun, runs ending with a role, numbered things, designations, ordinals
/// before a place or organisation word, acronyms joined by a spaced hyphen. Every sentence is our own.
/// </summary>
public sealed class EntityThingRuleTests
{
    private static List<EntityMention> Mentions(string text) => EntityRules.Mentions(text);

    private static List<EntityMention> Names(string text) => EntityRules.Names(text);

    private static EntityResolution Resolve(params string[] texts) => EntityRules.Resolve(texts);

    [Theory]
    [InlineData("The cyclist was hit by a silver 2011 Varrel Osprey on Elm Road, police said.", "Varrel Osprey")]
    [InlineData("He was stopped at 2 a.m. while driving his Marquetti on the coast road.", "Marquetti")]
    [InlineData("Detectives found the empty box in a Skiplift outside the apartment on Monday.", "Skiplift")]
    [InlineData("A woman was struck by a gray Kessler Nova, which then sped off.", "Kessler Nova")]
    public void A_product_after_a_determiner_names_no_entity(string text, string product)
    {
        var mentions = Mentions(text);

        Assert.Contains(mentions, m => m.Text == product && m.IsThing);
        Assert.DoesNotContain(Names(text), m => m.Text.Contains(product, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Staff at a Brantwell store said the fire started on the roof.", "Brantwell")]
    [InlineData("The offices of a Harlow Mutual insurance agency were damaged.", "Harlow Mutual")]
    [InlineData("She was flown to a Boston hospital on Friday.", "Boston")]
    [InlineData("The award went to a Kenyan runner, officials said.", "Kenyan")]
    public void A_name_before_its_own_lower_case_noun_or_a_known_place_after_a_stays(string text, string name)
    {
        Assert.Contains(Names(text), m => m.Text == name);
    }

    [Fact]
    public void A_persons_name_after_a_coloured_product_is_read_on_its_own()
    {
        var text = "Police said Marek Okafor was arrested at noon. A shotgun was found in the silver Varrel Osprey Okafor was driving.";

        Assert.Contains(Mentions(text), m => m.Text == "Varrel Osprey" && m.IsThing);
        Assert.Contains(Names(text), m => m.Text == "Okafor");
        Assert.DoesNotContain(Mentions(text), m => m.Text == "Varrel Osprey Okafor");
    }

    [Theory]
    [InlineData("An armed Talwar helicopter with four commandos was launched from the deck.", "Talwar")]
    [InlineData("The pirates fired from a fishing vessel named Morvani before dawn.", "Morvani")]
    public void A_craft_named_by_its_noun_is_no_entity(string text, string craft)
    {
        Assert.DoesNotContain(Names(text), m => m.Text == craft);
    }

    [Fact]
    public void A_navy_helicopter_keeps_its_navy()
    {
        Assert.Contains(Names("A Harland Navy helicopter searched the bay on Monday."), m => m.Text == "Harland Navy");
    }

    [Fact]
    public void A_name_written_as_an_award_in_one_article_is_no_entity_in_the_story()
    {
        var resolution = Resolve(
            "The comedian, who earned a Lumen nomination in 2010, will host the Lumens next year.",
            "Organisers said the Lumens would be held in March. Lumen voters were pleased.");

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Any(v => v.StartsWith("Lumen", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_product_after_a_determiner_alone_drops_that_very_name_only()
    {
        var resolution = Resolve(
            "The Harks won again on Saturday. The Harks led from the start, and the Harks coach was pleased.",
            "He is proud to be a Hark, but the Harks lost on Sunday.");

        Assert.Contains(resolution.Entities, e => e.Variants.Contains("Harks"));
    }

    [Fact]
    public void A_surname_stays_a_persons_whatever_one_sentence_calls_a_thing()
    {
        var resolution = Resolve(
            "Senator Dana Welkin said on Monday that Welkin would run again.",
            "Reporters saw him arrive in his Welkin on Tuesday. Welkin said nothing.");

        Assert.Contains(resolution.Entities, e => e.Type == EntityType.Person && e.Variants.Contains("Welkin"));
    }

    [Fact]
    public void A_short_quoted_title_before_a_work_noun_is_a_work()
    {
        var text = "The “ Quiet Rivers ” star fooled a judge in Harlow on Monday.";

        Assert.DoesNotContain(Names(text), m => m.Text == "Quiet Rivers");
        Assert.Contains(Names("Fighters of the \"Red Dawn\" said they had left the town."), m => m.Text == "Red Dawn");
    }

    [Theory]
    [InlineData("A spokesman for the City Attorney's office declined to comment.", "City Attorney")]
    [InlineData("Officers said the Fire Officer had left the scene.", "Fire Officer")]
    [InlineData("Howard said he had talked to the U.S. Attorney about a federal trial.", "Attorney")]
    public void A_run_that_ends_with_a_role_names_nobody(string text, string role)
    {
        Assert.DoesNotContain(Names(text), m => m.Text.Contains(role, StringComparison.Ordinal));
        Assert.Contains(Mentions(text), m => m.IsRoleOnly && m.Text.StartsWith(role, StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_place_before_a_role_stays_a_place()
    {
        var names = Names("Howard said he had talked to the U.S. Attorney about a federal trial.");

        Assert.Contains(names, m => m.Text == "U.S." && m.Type == EntityType.Place);
    }

    [Theory]
    [InlineData("Marlow County District Attorney Jane Holt said the trial would start.", "Marlow County", "Jane Holt")]
    [InlineData("Assistant Marlow County Prosecutor Dan Reyes argued the case.", "Marlow County", "Dan Reyes")]
    [InlineData("Kestrel Telecom CTO Ana Ruiz said the cable was cut.", "Kestrel Telecom", "Ana Ruiz")]
    [InlineData("Marlow County Undersheriff Tom Gale said the man gave up.", "Marlow County", "Tom Gale")]
    public void Role_qualifiers_go_with_the_role_and_leave_the_body_and_the_holder(string text, string body, string holder)
    {
        var names = Names(text);

        Assert.Contains(names, m => m.Text == body);
        Assert.Contains(names, m => m.Text == holder && m.Type == EntityType.Person);
        Assert.DoesNotContain(names, m => m.Text.Contains("Assistant", StringComparison.Ordinal) || m.Text.Contains("District", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_whose_name_ends_with_a_role_word_after_a_small_word_stays_whole()
    {
        Assert.Contains(Names("Money from the Committee for the Re-election of the President was traced."),
            m => m.Text == "Committee for the Re-election of the President");
    }

    [Fact]
    public void A_judge_of_a_court_is_a_person_and_a_court()
    {
        var names = Names("Judge Ana M. Ruiz of Superior Court handed down the sentence.");

        Assert.Contains(names, m => m.Text == "Ana M. Ruiz" && m.Type == EntityType.Person);
        Assert.Contains(names, m => m.Text == "Superior Court");
    }

    [Theory]
    [InlineData("The woman, identified as Juror No. 12, wept as the verdict was read.", "Juror")]
    [InlineData("Assistant chief fire officer Tom Gale said the roof had fallen in.", "Assistant")]
    [InlineData("The car had the licence plate KDR 0843 when it was found.", "KDR")]
    [InlineData("Lohan is MIA again, her lawyer said on Tuesday.", "MIA")]
    [InlineData("He said he would take his case to the DA's office in the morning.", "DA")]
    [InlineData("The team practises on Sundays and rests on Mondays, the coach said.", "Sundays")]
    [InlineData("She said the one she trusted was Marek Okafor I'm sure of it.", "Marek Okafor I")]
    [InlineData("They paid $15 MM for the pitcher, the report said.", "MM")]
    public void Numbered_things_role_qualifiers_designations_and_common_acronyms_are_no_names(string text, string word)
    {
        Assert.DoesNotContain(Names(text), m => m.Text.StartsWith(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_roles_plural_opening_a_sentence_names_nobody()
    {
        Assert.DoesNotContain(Names("Officers were alerted to the fire at 8 p.m. on Friday."), m => m.Text == "Officers");
    }

    [Theory]
    [InlineData("Two officers from the 88th Precinct were on patrol that night.", "88th Precinct")]
    [InlineData("The marchers walked to the 71st Police Precinct station on Monday.", "71st Police Precinct")]
    public void An_ordinal_before_a_place_or_organisation_word_opens_the_name(string text, string name)
    {
        Assert.Contains(Names(text), m => m.Text == name && m.Type == EntityType.Organisation);
    }

    [Fact]
    public void Acronyms_joined_by_a_spaced_hyphen_are_one_name()
    {
        var names = Names("The vote will be held on Sunday, KORA - PRESS reported on Monday.");

        Assert.Contains(names, m => m.Text == "KORA - PRESS");
        Assert.DoesNotContain(names, m => m.Text == "KORA");
    }
}
