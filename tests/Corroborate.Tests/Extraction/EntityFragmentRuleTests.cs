using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// Names cut in two or glued to a description (issue 18, part 2): a capitalised stop word inside a name, spaced hyphens
/// and apostrophes of a tokenised corpus, a lower-case head, a coordination of two bodies, generic words. Every sentence is our own.
/// </summary>
public sealed class EntityFragmentRuleTests
{
    // Names only: a thing ("Zika" of "Zika virus") is kept as a marked mention for the resolver, never as a name.
    private static List<EntityMention> Mentions(string text) => [.. new EntityMentionExtractor().Extract(Articles.FromPlainText(text)).Where(m => !m.IsThing)];

    private static EntityResolution Resolve(params string[] texts) => EntityRules.Resolve(texts);

    [Theory]
    [InlineData("Support slipped even among voters of the New Democracy party in the north.", "New Democracy")]
    [InlineData("Backers of Papadakis ' New Democracy party stayed home, the poll said.", "New Democracy")]
    [InlineData("The motion was tabled by New Dawn, a small group, on the last day.", "New Dawn")]
    public void A_capitalised_stop_word_inside_a_sentence_opens_the_name_after_it(string text, string name)
    {
        var mentions = Mentions(text);

        Assert.Contains(mentions, m => m.Text == name);
        Assert.DoesNotContain(mentions, m => m.Text == name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
    }

    [Theory]
    [InlineData("New rules took effect as Harwick Courier staff walked out.", "New rules")]
    [InlineData("Officials told The Harwick Courier about the plan.", "The Harwick Courier")]
    [InlineData("The vote was held Monday Harwick time, officials said.", "Monday Harwick")]
    public void A_stop_word_opening_a_sentence_an_article_or_a_day_stays_outside_the_name(string text, string notAName)
    {
        var mentions = Mentions(text);

        Assert.DoesNotContain(mentions, m => m.Text.StartsWith(notAName, StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text.StartsWith("Harwick", StringComparison.Ordinal));
    }

    [Fact]
    public void New_before_a_known_place_inside_a_sentence_names_a_place()
    {
        var mentions = Mentions("The talks were held in a government building in New Belgrade on Wednesday.");

        var place = Assert.Single(mentions, m => m.Text.Contains("Belgrade", StringComparison.Ordinal));
        Assert.Equal("New Belgrade", place.Text);
        Assert.Equal(EntityType.Place, place.Type);
    }

    [Fact]
    public void A_word_always_followed_by_a_preposition_the_and_a_capital_is_no_name_alone()
    {
        var resolution = Resolve(
            "Critics said the parish promoted a Circle on the Hearth retreat in the valley last spring.",
            "The parish had announced a Circle on the Hearth retreat in its newsletter.");

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Contains("Circle"));
    }

    [Fact]
    public void A_name_that_a_web_address_writes_in_lower_case_is_still_kept()
    {
        var resolution = Resolve(
            """
            http: / / www. techdaily. example / news / vexora - rushes - out - browser - fix / 2013

            Vexora rushes out browser fix

            Engineers at Vexora said the flaw was serious. A spokesman told reporters Vexora would ship the fix on Tuesday.
            """);

        Assert.Contains(resolution.Entities, e => e.Variants.Contains("Vexora") && e.Type == EntityType.Organisation);
    }

    [Theory]
    [InlineData("The quake measured 5.1 on the Richter scale, officials said.", "Richter")]
    [InlineData("Youths threw Molotov cocktails at the police station overnight.", "Molotov")]
    public void A_name_before_a_thing_noun_names_the_thing(string text, string name)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text == name);
    }

    [Theory]
    [InlineData("Officials said on Monday that the keeper Edwin van der Sar met the coach in Harlow.", "Edwin van der Sar")]
    [InlineData("Reporters said that Bashar al-Assad had left the capital on Sunday.", "Bashar al-Assad")]
    [InlineData("Witnesses said that Ursula von der Leyen had left the hall early.", "Ursula von der Leyen")]
    public void A_name_with_lower_case_particles_is_a_person(string text, string name)
    {
        var person = Assert.Single(Mentions(text), m => m.Text == name);
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void A_given_name_before_a_romance_particle_is_no_person_by_guess()
    {
        var mentions = Mentions("Farmers in Santiago del Monte said the harvest was poor this year.");

        Assert.DoesNotContain(mentions, m => m.Text == "Santiago del Monte" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_name_opening_with_a_particle_joined_by_a_hyphen_is_found()
    {
        var mentions = Mentions("The convoy of al-Rashid passed the checkpoint, and al-Rashid waved.");

        Assert.Equal(2, mentions.Count(m => m.Text == "al-Rashid"));
    }

    [Theory]
    [InlineData("Focus")]
    [InlineData("Genesis")]
    [InlineData("Torvess")]
    public void A_word_ending_in_us_is_or_ss_is_no_capitalised_plural(string word)
    {
        var resolution = Resolve(
            $"Analysts said {word} would vote on the plan. Later {word} delayed it again.",
            $"Officials said {word} had met on Tuesday.");

        var entity = Assert.Single(resolution.Entities, e => e.Variants.Contains(word));
        Assert.DoesNotContain("capitalised plural (a team or group)", entity.TypeEvidence);
    }

    [Fact]
    public void In_an_article_that_spaces_its_hyphens_two_words_joined_by_one_are_one_name()
    {
        var mentions = Mentions("""
            The nurse had worked at the Kel - Varo Regional Hospital as a neo - natal nurse for a year.

            The anti - tax march went past the hospital.
            """);

        Assert.Contains(mentions, m => m.Text == "Kel - Varo Regional Hospital");
        Assert.DoesNotContain(mentions, m => m.Text == "Kel" || m.Text == "Varo Regional Hospital");
    }

    [Theory]
    // Prose that writes hyphens inside words ("well-known") uses " - " as a dash.
    [InlineData("The well-known nurse spoke to Kel - Varo Regional Hospital staff on Friday.")]
    // A word the article writes on its own elsewhere is a name of its own: the hyphen is a dash between two teams.
    [InlineData("Drake meets the winner of the Harlow - Brent State semifinal. Harlow won its last neo - natal ward game. Harlow lost.")]
    public void A_spaced_hyphen_elsewhere_is_a_dash_between_two_names(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text.Contains(" - ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ravi Menon, president of the Internet Service Providers ' Association of Kerala, said the cable was cut.")]
    [InlineData("Ravi Menon, president of the Internet Service Providers' Association of Kerala, said the cable was cut.")]
    public void After_a_plural_possessive_an_organisation_word_continues_the_name(string text)
    {
        var mentions = Mentions(text);

        Assert.Contains(mentions, m => m.Text.StartsWith("Internet Service Providers", StringComparison.Ordinal) && m.Text.EndsWith("Association of Kerala", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.Text == "Association of Kerala");
    }

    [Fact]
    public void A_quotation_opened_with_a_single_quote_after_a_speech_verb_stays_a_quotation()
    {
        var mentions = Mentions("The mayor says 'New rules will follow' and left the hall.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains("New", StringComparison.Ordinal));
    }

    [Fact]
    public void Adjectives_before_their_own_lower_case_head_make_one_organisation()
    {
        var mentions = Mentions("The loan comes from the International Monetary fund and other lenders, the ministry said.");

        var fund = Assert.Single(mentions, m => m.Text.StartsWith("International", StringComparison.Ordinal));
        Assert.Equal("International Monetary fund", fund.Text);
        Assert.Equal(EntityType.Organisation, fund.Type);
    }

    [Theory]
    [InlineData("Officials in the Ishikawa prefecture said roads were shut.", "Ishikawa")]
    [InlineData("A spokesman for the Greek government said talks would resume.", "Greek")]
    public void A_name_before_a_kind_noun_stays_without_it(string text, string name)
    {
        var mentions = Mentions(text);

        Assert.Contains(mentions, m => m.Text == name);
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith(name + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_organisation_word_after_the_last_and_is_a_second_body()
    {
        var mentions = Mentions("Hearings were held in the House of Delegates and Senate, and the governor resigned.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "House of Delegates" && m.Type == EntityType.Organisation);
    }

    [Fact]
    public void A_name_after_and_the_is_a_second_body()
    {
        var mentions = Mentions("Crews from Dunmore Fire and the Lakeside Central Fire Department fought the blaze.");

        Assert.Contains(mentions, m => m.Text == "Lakeside Central Fire Department");
        Assert.DoesNotContain(mentions, m => m.Text.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_whose_and_joins_words_of_one_body_stays_whole()
    {
        var mentions = Mentions("Funding came from the Institute for Marine Science and Technology in the spring.");

        Assert.Contains(mentions, m => m.Text == "Institute for Marine Science and Technology");
    }

    [Theory]
    [InlineData("Traffic stalled since Greek Media are on strike; the media said more would follow.", "Greek Media")]
    [InlineData("Protesters occupied the County Headquarters on the island overnight.", "County Headquarters")]
    public void Generic_words_with_capitals_are_no_name(string text, string description)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text == description);
    }

    [Theory]
    [InlineData("A vote in the Greek Parliament passed; parliament then rose for the summer.", "Greek Parliament")]
    [InlineData("The Supreme Court ruled on Tuesday that the court would hear the case.", "Supreme Court")]
    [InlineData("Envoys met at the United Nations on Monday.", "United Nations")]
    public void A_body_named_with_a_determiner_or_a_proper_word_is_kept(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Text == name);
    }
}
