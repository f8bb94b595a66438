using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// The edges of names and words that name a language or an award (issue 18, ents9): foreign articles, hyphen chains of a
/// tokenised corpus, irregular plural possessives, feasts after a name, a place before a common acronym, languages,
/// awards' short names. Every sentence is our own.
/// </summary>
public sealed class EntityEdgeRuleTests
{
    private static List<EntityMention> Mentions(string text) => EntityRules.Mentions(text);

    private static List<EntityMention> Names(string text) => EntityRules.Names(text);

    private static EntityResolution Resolve(params string[] texts) => EntityRules.Resolve(texts);

    [Theory]
    [InlineData("The story first ran in Le Figaro on Tuesday, the minister's office said.", "Le Figaro")]
    [InlineData("A columnist for El Heraldo wrote that the vote was close.", "El Heraldo")]
    public void A_foreign_article_opens_the_name_it_precedes(string text, string name)
    {
        var names = Names(text);

        Assert.Contains(names, m => m.Text == name);
        Assert.DoesNotContain(names, m => m.Text == name.Split(' ')[1]);
        Assert.DoesNotContain(names, m => m.Text == name && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_place_that_opens_with_an_article_is_still_the_place()
    {
        Assert.Contains(Names("Officials in Los Angeles said the fire was contained."), m => m.Text == "Los Angeles" && m.Type == EntityType.Place);
    }

    [Fact]
    public void Capitalised_words_between_two_spaced_hyphens_are_one_name()
    {
        // A tokenised corpus: every hyphen inside a word written with a space either side.
        const string text = "Thieves struck a villa in Port - Marie - Jean - Dorval , near the coast .\n\nThe raid was well - planned , police said .";

        var names = Names(text);

        Assert.Contains(names, m => m.Text.Contains("Marie", StringComparison.Ordinal) && m.Text.Contains("Dorval", StringComparison.Ordinal));
        Assert.DoesNotContain(names, m => m.Text == "Jean" || m.Text == "Dorval");
    }

    [Fact]
    public void One_spaced_hyphen_between_two_names_is_still_a_dash()
    {
        const string text = "Tonight it is Harwick - Dunmore State at the arena .\n\nHarwick lost a well - fought game , and Dunmore State won .";

        var names = Names(text);

        Assert.Contains(names, m => m.Text == "Harwick");
        Assert.DoesNotContain(names, m => m.Text.Contains("Harwick", StringComparison.Ordinal) && m.Text.Contains("Dunmore", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He was held at the Men's Central Jail until Friday.", "Men's Central Jail")]
    [InlineData("The girl was taken to Harwick Children's Hospital by helicopter.", "Harwick Children's Hospital")]
    public void An_irregular_plurals_possessive_continues_the_name(string text, string name)
    {
        var names = Names(text);

        Assert.Contains(names, m => m.Text == name);
        Assert.DoesNotContain(names, m => m.Text is "Men" or "Children");
    }

    [Fact]
    public void A_singular_possessive_still_ends_the_name()
    {
        var names = Names("Police said Okafor's Harwick office was closed.");

        Assert.Contains(names, m => m.Text == "Okafor");
        Assert.DoesNotContain(names, m => m.Text.Contains("Okafor", StringComparison.Ordinal) && m.Text.Contains("Harwick", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feast_after_a_name_is_no_part_of_it()
    {
        var names = Names("A gunman opened fire at the Tallow Supply Ltd Christmas party on Friday.");

        Assert.Contains(names, m => m.Text == "Tallow Supply Ltd");
        Assert.DoesNotContain(names, m => m.Text.Contains("Christmas", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_before_a_common_acronym_is_the_place_alone()
    {
        var names = Names("The final drew one of the largest U.S. TV audiences of the year.");

        Assert.Contains(names, m => m.Text == "U.S.");
        Assert.DoesNotContain(names, m => m.Text.Contains("TV", StringComparison.Ordinal));
    }

    [Fact]
    public void A_language_is_no_entity()
    {
        var resolution = Resolve(
            "She studied Mandarin in Harbin for two years before she joined the firm.",
            "Her Mandarin was fluent, a colleague said.");

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Contains("Mandarin"));
        Assert.Contains(resolution.Entities, e => e.Variants.Contains("Harbin"));
    }

    [Fact]
    public void A_name_that_opens_with_a_language_word_stays()
    {
        Assert.Contains(Names("Guests at the Mandarin Oriental were moved to another floor."), m => m.Text.StartsWith("Mandarin Oriental", StringComparison.Ordinal));
    }

    [Fact]
    public void A_demonym_naming_a_language_is_no_mention_of_the_country()
    {
        var resolution = Resolve("The ruling was published in French on Monday, and the court gave no translation.");

        Assert.DoesNotContain(resolution.Entities, e => e.Name == "France");
    }

    [Fact]
    public void A_demonym_before_a_noun_still_names_its_country()
    {
        var resolution = Resolve("French officials said the border would reopen on Monday.");

        Assert.Contains(resolution.Entities, e => e.Name == "France");
    }

    [Fact]
    public void An_awards_plural_is_no_entity_when_the_story_names_the_award()
    {
        var resolution = Resolve(
            "Dana Whitlock won a Tony Award in 2006 for a revival.",
            "Whitlock has hosted the Tonys twice and will host again.");

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Contains("Tonys"));
        Assert.Contains(resolution.Entities, e => e.Type == EntityType.Person && e.Variants.Contains("Dana Whitlock"));
    }

    [Fact]
    public void An_awards_plural_goes_even_when_a_person_of_the_story_has_its_singular_as_a_given_name()
    {
        var resolution = Resolve(
            "The couple's son, Oscar Pell, is eight years old.",
            "Pell, who has no Oscar nomination to his name, will host the Oscars in March.");

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Contains("Oscars"));
        Assert.Contains(resolution.Entities, e => e.Type == EntityType.Person && e.Variants.Contains("Oscar Pell"));
    }

    [Fact]
    public void A_given_name_before_an_award_word_inside_a_persons_name_is_left_alone()
    {
        var resolution = Resolve("Tony Marsh said he was proud of the team.", "Marsh thanked the fans after the game.");

        Assert.Contains(resolution.Entities, e => e.Type == EntityType.Person && e.Variants.Contains("Tony Marsh"));
    }

    [Theory]
    [InlineData("Officials asked the Labor and Transport Department to act, and the Transport Department agreed.", "Labor", "Transport Department")]
    [InlineData("Staff of the Labor and Transport Departments met on Friday.", "Labor", "Transport Departments")]
    public void Two_bodies_sharing_one_head_are_two_names(string text, string first, string second)
    {
        var names = Names(text);

        Assert.Contains(names, m => m.Text == first);
        Assert.Contains(names, m => m.Text == second);
        Assert.DoesNotContain(names, m => m.Text.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_firm_named_for_two_founders_stays_one_name()
    {
        Assert.Contains(Names("Shares of Hollis and Varga Company rose on Monday."), m => m.Text == "Hollis and Varga Company");
    }

    [Fact]
    public void A_coordinated_name_written_twice_stays_one_name()
    {
        var names = Names("The Bird and Wildlife Agency listed the frog. Later the Bird and Wildlife Agency said more.");

        Assert.Equal(2, names.Count(m => m.Text == "Bird and Wildlife Agency"));
    }

    [Theory]
    [InlineData("The shots were fired near Public School 214 in Eastfield, police said.", "Public School 214")]
    [InlineData("The refugees were moved to Harwick Camp 4 on Monday.", "Harwick Camp 4")]
    public void A_number_after_a_place_or_organisation_word_is_part_of_the_name(string text, string name)
    {
        Assert.Contains(Names(text), m => m.Text == name);
    }

    [Fact]
    public void A_score_after_a_team_is_no_part_of_its_name()
    {
        Assert.DoesNotContain(Names("Final: Dunmore State 24, Harwick 21."), m => m.Text.Contains("24", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_after_an_organisation_word_is_no_part_of_the_name()
    {
        var names = Names("The audit reached the Harwick Department 10 days before the vote.");

        Assert.Contains(names, m => m.Text == "Harwick Department");
    }

    [Fact]
    public void A_title_in_capitals_after_a_work_noun_is_no_organisation()
    {
        var names = Names("He co-wrote the animated film BUGZ and produced two sequels.");

        Assert.DoesNotContain(names, m => m.Text == "BUGZ" && m.Type == EntityType.Organisation);
    }

    [Fact]
    public void An_acronym_without_a_work_noun_is_still_an_organisation()
    {
        Assert.Contains(Names("He worked for the agency HSBX before the merger, and HSBX paid well."), m => m.Text == "HSBX" && m.Type == EntityType.Organisation);
    }

    [Fact]
    public void A_quoted_the_and_one_capitalised_word_is_a_title()
    {
        var names = Names("She won praise for her roles in films like \"The Harvester\" and \"Kate Goes West.\"");

        Assert.DoesNotContain(names, m => m.Text.Contains("Harvester", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plural_between_a_roles_of_and_its_holder_is_part_of_the_title()
    {
        var names = Names("The arrests were announced by Chief of Detectives Maria Olsen on Monday.");

        Assert.Contains(names, m => m.Text == "Maria Olsen" && m.Type == EntityType.Person);
        Assert.DoesNotContain(names, m => m.Text == "Detectives");
    }

    [Fact]
    public void A_body_after_a_roles_of_stays_a_body()
    {
        Assert.Contains(Names("The report was signed by the Director of Harwick Health Trust, Dr. Ana Ruiz."), m => m.Text.Contains("Harwick Health Trust", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stop_word_opening_a_line_is_no_part_of_the_name_after_it()
    {
        var names = Names("New laptops due in May\n\nThe maker is said to be working on two models.\n\nLaptop rumours: a new port\nIf Okafor's source is right, the port will change, and if it does Okafor will say so.");

        Assert.DoesNotContain(names, m => m.Text.StartsWith("If", StringComparison.Ordinal));
        Assert.Contains(names, m => m.Text == "Okafor");
    }

    [Fact]
    public void A_numbered_highway_is_one_place()
    {
        var names = Names("The blast happened at a bank on the Dunmore 212 Highway just before noon.");

        Assert.Contains(names, m => m.Text == "Dunmore 212 Highway" && m.Type == EntityType.Place);
        Assert.DoesNotContain(names, m => m.Text == "Highway");
    }

    [Fact]
    public void A_highway_patrol_is_an_organisation()
    {
        Assert.Contains(Names("Officers of the Harwick Highway Patrol closed the road."), m => m.Text == "Harwick Highway Patrol" && m.Type == EntityType.Organisation);
    }

    [Fact]
    public void Several_role_qualifiers_before_a_role_belong_to_it()
    {
        var names = Names("The device was found, said Oregon State Police Lt. Gregg Haskins on Friday.");

        Assert.Contains(names, m => m.Text == "Gregg Haskins" && m.Type == EntityType.Person);
        Assert.DoesNotContain(names, m => m.Text.Contains("Lt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_before_a_role_and_a_name_stays_a_body()
    {
        var names = Names("The device was found, said Woodburn Police Lt. Ana Kovac on Friday.");

        Assert.Contains(names, m => m.Text == "Ana Kovac" && m.Type == EntityType.Person);
        Assert.Contains(names, m => m.Text == "Woodburn Police" && m.Type == EntityType.Organisation);
    }


    [Theory]
    [InlineData("Archive stills from the Silver Kettle Blues film were shown at the gallery on Monday.", "Silver Kettle Blues")]
    [InlineData("She recalled the interview in a 1998 episode of the station's Quiet Waters programme.", "Quiet Waters")]
    public void A_run_of_capitals_before_a_work_noun_is_a_title(string text, string title)
    {
        Assert.DoesNotContain(Names(text), m => m.Text.Contains(title.Split(' ')[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Critics praised the BBC documentary about the strike.", "BBC")]
    [InlineData("The actor said the Steven Harwick film changed his life.", "Steven Harwick")]
    [InlineData("Crowds queued for the Harwick City Council film night on Friday.", "Harwick City Council")]
    public void A_maker_before_a_work_noun_keeps_its_name(string text, string name)
    {
        Assert.Contains(Names(text), m => m.Text == name);
    }

    [Fact]
    public void A_title_after_a_work_noun_and_called_is_a_title_and_names_nothing_elsewhere()
    {
        var resolution = Resolve("She returned to fame thanks to a movie called The Lantern, made in 1991.\n\nLantern fans later wrote to her, the studio said.");

        Assert.DoesNotContain(resolution.Entities, e => e.Name.Contains("Lantern", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_called_by_name_stays_a_person()
    {
        // "called" without a work noun before it: a person's name.
        Assert.Contains(Names("The shop was run by a man called Peter Dunmore, neighbours said."), m => m.Text == "Peter Dunmore" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_capital_the_after_in_opens_a_title()
    {
        var names = Names("She was played by Carla Venn in The Long Grey Winter, a drama about her life.");

        Assert.Contains(names, m => m.Text == "Carla Venn");
        Assert.DoesNotContain(names, m => m.Text.Contains("Grey Winter", StringComparison.Ordinal));
    }

    [Fact]
    public void A_newspaper_after_in_the_keeps_its_name()
    {
        Assert.Contains(Names("The letter was printed in The Harwick Times on Sunday."), m => m.Text.Contains("Harwick Times", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_city_and_a_call_sign_are_two_names()
    {
        var names = Names("The figure was first reported by Boston WKRB sportscaster Dan Ellery on Tuesday.");

        Assert.Contains(names, m => m.Text == "Boston" && m.Type == EntityType.Place);
        Assert.Contains(names, m => m.Text == "WKRB");
        Assert.DoesNotContain(names, m => m.Text == "Boston WKRB");
    }

    [Fact]
    public void A_place_with_a_dotted_abbreviation_stays_one_place()
    {
        Assert.DoesNotContain(Names("The march ended in Washington D.C. on Sunday."), m => m.Text is "D.C." or "DC");
    }

    [Fact]
    public void Winter_meetings_name_an_event()
    {
        Assert.DoesNotContain(Names("Talks went on at the Winter Meetings in Nashville, where the club made an offer."), m => m.Text.Contains("Meetings", StringComparison.Ordinal));
    }

    [Fact]
    public void A_position_before_a_name_says_a_person()
    {
        var resolution = Resolve("The pass went to receiver Dalton Marsh in the end zone.\n\nThe coach praised the defense.");

        Assert.Contains(resolution.Entities, e => e.Name == "Dalton Marsh" && e.Type == EntityType.Person);
    }


    [Fact]
    public void A_quoted_title_closing_after_its_full_stop_is_a_title()
    {
        var resolution = Resolve("At school the yearbook named Dana “Most Likely to Shine.”\n\nShe said later that Shine was a word she hated.");

        Assert.DoesNotContain(resolution.Entities, e => e.Name is "Likely" or "Shine" or "Most Likely");
    }

    [Fact]
    public void A_quoted_name_closing_after_a_comma_is_still_a_name()
    {
        Assert.Contains(Names("“We will rebuild,” said Marta Olsen, the mayor of Dunmore."), m => m.Text == "Marta Olsen");
    }

    [Theory]
    [InlineData("The choir met after Bible study on Wednesday evenings.", "Bible")]
    [InlineData("He converted to Christianity in 1959, friends said.", "Christianity")]
    public void A_faith_or_a_scripture_names_nothing(string text, string word)
    {
        Assert.DoesNotContain(Names(text), m => m.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_superlative_inside_a_run_makes_an_award_category()
    {
        Assert.DoesNotContain(Names("He finished third in the Northern League Most Improved Player voting in May."), m => m.Text.Contains("Player", StringComparison.Ordinal));
    }

    [Fact]
    public void A_superlative_opening_a_name_is_left_alone()
    {
        Assert.Contains(Names("The group bought the Best Harwick Hotels chain last year."), m => m.Text.Contains("Best Harwick Hotels", StringComparison.Ordinal));
    }


    [Fact]
    public void A_name_guessed_a_person_is_kept_when_its_first_word_is_a_common_given_name()
    {
        var resolution = Resolve("On third down Dexter Hollins caught the pass and ran for 20 yards.\n\nThe crowd stood as the clock ran out.");

        Assert.Contains(resolution.Entities, e => e.Name == "Dexter Hollins" && e.Type == EntityType.Person);
    }

    [Fact]
    public void A_team_opening_with_a_word_that_is_also_a_given_name_stays_a_team()
    {
        var resolution = Resolve("The Dallas Cowboys won again on Sunday, and the Cowboys now lead the division.");

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Cowboys", StringComparison.Ordinal));
    }


    [Fact]
    public void A_first_word_that_opens_the_storys_organisations_is_no_given_name()
    {
        var resolution = Resolve(
            "The Creighton Bluejays won 70-61 on Saturday.\n\nCreighton Harriers officials praised the crowd.");

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Person && e.Name.StartsWith("Creighton", StringComparison.Ordinal));
    }
}
