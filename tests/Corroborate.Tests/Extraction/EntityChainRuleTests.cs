using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// Chains and the mentions they were missing (issue 18, part 3, chains14): short forms of given names, organisations with
/// and without their place, a surname several people share, team seasons, places before a hyphen, position
/// abbreviations and holders' offices. Every sentence is our own; each rule has a near case it must leave alone.
/// </summary>
public sealed class EntityChainRuleTests
{
    private static EntityResolution Resolve(params string[] texts)
    {
        var extractor = new EntityMentionExtractor();
        var story = texts.Select((t, i) => Articles.FromPlainText("Local news\n\n" + t, $"a{i}.txt")).Select(a => (a, extractor.Extract(a))).ToList();
        return new EntityResolver().Resolve(story);
    }

    private static Entity Holding(EntityResolution resolution, string variant) => Assert.Single(resolution.Entities, e => e.Variants.Contains(variant));

    private static string[] Tokens(string name) => NameKey.Of(name).Split(' ');

    [Theory]
    [InlineData("Dave Harwick", "David Harwick")]
    [InlineData("Bill Ostrander", "William Ostrander")]
    [InlineData("Stan Perrault", "Stanley J. Perrault")]
    public void A_short_form_of_the_given_name_is_the_same_person(string a, string b)
    {
        Assert.True(NameMatcher.Compatible(Tokens(a), Tokens(b)));
    }

    [Theory]
    [InlineData("Dan Harwick", "David Harwick")]
    [InlineData("Steve Harwick", "Stephen Harwick")]
    [InlineData("Steve Harwick", "Steven Harwick")]
    [InlineData("David Harwick", "William Harwick")]
    [InlineData("Dave Harwick", "David Hardwood")]
    public void Other_given_names_and_ambiguous_short_forms_stay_apart(string a, string b)
    {
        Assert.False(NameMatcher.Compatible(Tokens(a), Tokens(b)));
    }

    [Fact]
    public void A_prosecutor_called_Dave_and_David_is_one_person()
    {
        var resolution = Resolve(
            "Prosecutor David Harwick opened the case against the two brothers on Monday.",
            "District Attorney Dave Harwick said the jury would hear from six witnesses.");

        var person = Holding(resolution, "David Harwick");
        Assert.Contains("Dave Harwick", person.Variants);
    }

    [Theory]
    [InlineData("the Democratic Party of Moldova", "the Democratic Party")]
    [InlineData("the Ukrainian Communist Party", "the Communist Party")]
    [InlineData("the Central Election Commission of Kenya", "the Central Election Commission")]
    public void An_organisation_with_and_without_its_place_is_one(string full, string shortName)
    {
        var resolution = Resolve(
            $"Officials of {full} met on Friday to plan the vote, a statement said.",
            $"Critics said {shortName} had not published its list of candidates.");

        var organisation = Holding(resolution, full.Replace("the ", "", StringComparison.Ordinal));
        Assert.Contains(shortName.Replace("the ", "", StringComparison.Ordinal), organisation.Variants);
    }

    [Fact]
    public void A_short_organisation_name_two_longer_ones_could_be_stays_apart()
    {
        var resolution = Resolve(
            "Lawyers for the Supreme Court of Ohio and the Supreme Court of Texas met on Friday.",
            "The Supreme Court said it would not hear the case.");

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Contains("Supreme Court") && e.Variants.Length > 1);
    }

    [Fact]
    public void A_longer_name_whose_extra_word_is_no_place_is_another_organisation()
    {
        var resolution = Resolve(
            "Leaders of the National Democratic Party met on Friday to plan the vote.",
            "The Democratic Party said it would boycott the vote.");

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Contains("Democratic Party") && e.Variants.Contains("National Democratic Party"));
    }

    [Fact]
    public void A_shared_surname_is_the_person_other_articles_call_by_it()
    {
        var resolution = Resolve(
            "Deputy Carl Menendez was shot outside an apartment on Friday. Menendez had served for ten years.",
            "Carl Menendez was buried on Monday. His mother, Alma Menendez, spoke at the service. Menendez had joined the force in 2004, officers said.");

        var deputy = Holding(resolution, "Carl Menendez");
        var mother = Holding(resolution, "Alma Menendez");
        Assert.Equal(2, deputy.Mentions.Count(m => m.Text == "Menendez"));
        Assert.DoesNotContain(mother.Mentions, m => m.Text == "Menendez");
    }

    [Fact]
    public void Without_another_article_a_shared_surname_goes_to_the_nearest_name_before()
    {
        var resolution = Resolve(
            "Carl Menendez was buried on Monday. His mother, Alma Menendez, spoke at the service. Menendez thanked the officers who came.");

        var mother = Holding(resolution, "Alma Menendez");
        Assert.Contains(mother.Mentions, m => m.Text == "Menendez");
        Assert.DoesNotContain(Holding(resolution, "Carl Menendez").Mentions, m => m.Text == "Menendez");
    }

    [Fact]
    public void A_year_before_a_teams_nickname_is_its_season_not_a_model()
    {
        var resolution = Resolve(
            "The Kansas City Comets lost again on Sunday. The Comets have won two games all year.",
            "The 2008 Comets ended that season 2 - 14, and this team may do worse.");

        var team = Holding(resolution, "Kansas City Comets");
        Assert.Equal(2, team.Mentions.Count(m => m.Text == "Comets"));
    }

    [Fact]
    public void A_year_before_a_car_is_still_a_model()
    {
        var resolution = Resolve("Police found a 2007 Ford Fusion parked behind the store on Monday, Sgt. Tom Harwick said.");

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Any(v => v.Contains("Fusion", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The London-based charity Harwick Aid said on Monday it would send food.", "London")]
    [InlineData("New York-based Human Rights Watch called the ballot unfair on Monday.", "New York")]
    public void A_known_place_before_a_compounds_hyphen_is_named(string sentence, string place)
    {
        var resolution = Resolve(sentence);

        Assert.Equal(EntityType.Place, Holding(resolution, place).Type);
    }

    [Theory]
    [InlineData("The Ethiopian-flagged ship was seized on Monday, the navy said.")]
    [InlineData("The Harwick-based charity said on Monday it would send food.")]
    public void A_peoples_adjective_or_an_unknown_word_before_a_hyphen_names_no_place(string sentence)
    {
        var resolution = Resolve(sentence);

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Place);
    }

    [Fact]
    public void A_position_abbreviation_belongs_to_neither_team_nor_player()
    {
        var resolution = Resolve(
            "The Kansas City Comets lost on Sunday. The Comets QB situation got worse when WR Dwayne Okafor was hurt.",
            "Nobody playing QB for the Comets could lead a late drive.");

        var team = Holding(resolution, "Kansas City Comets");
        Assert.Equal(2, team.Mentions.Count(m => m.Text == "Comets"));
        Assert.Equal(EntityType.Person, Holding(resolution, "Dwayne Okafor").Type);
        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Any(v => v.Contains("QB", StringComparison.Ordinal) || v.Contains("WR", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_acronym_that_merely_starts_like_a_position_stays_whole()
    {
        var resolution = Resolve("Analysts at RBC Capital Markets said on Monday the deal would close soon.");

        Assert.Contains(resolution.Entities, e => e.Variants.Contains("RBC Capital Markets"));
    }

    [Fact]
    public void A_holders_office_is_an_organisation()
    {
        var resolution = Resolve("The deputy joined the Sheriff's Department nine years ago, a colleague recalled.");

        Assert.Equal(EntityType.Organisation, Holding(resolution, "Sheriff's Department").Type);
    }

    [Fact]
    public void A_holders_possessive_before_a_common_noun_names_nothing()
    {
        var resolution = Resolve("Sheriff's deputies searched the area on Friday night, a spokesman said.");

        Assert.Empty(resolution.Entities);
    }

    [Fact]
    public void Initials_before_a_surname_are_a_persons_name()
    {
        var resolution = Resolve("The pass went to T. Y. Harwick on third down. The crowd roared when T. Y. Harwick scored late in the game.");

        Assert.Equal(EntityType.Person, Holding(resolution, "T. Y. Harwick").Type);
    }

    [Fact]
    public void Initials_that_spell_a_place_make_nobody()
    {
        var resolution = Resolve("Shares of U. S. Steel rose on Monday after the report. U. S. Steel did not comment.");

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Person);
    }
}
