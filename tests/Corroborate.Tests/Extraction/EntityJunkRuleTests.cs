using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>Capitalised words that are no names: Title Case headlines, days, capitalised common nouns (issue 18).</summary>
public sealed class EntityJunkRuleTests
{
    // Names only: a thing ("Zika" of "Zika virus") is kept as a marked mention for the resolver, never as a name.
    private static List<EntityMention> Mentions(string text) => [.. new EntityMentionExtractor().Extract(Articles.FromPlainText(text)).Where(m => !m.IsThing)];

    [Fact]
    public void A_title_case_headline_gives_only_the_names_its_body_confirms()
    {
        var mentions = Mentions("""
            Odd Legal Journey Of Preacher Warren Jeffs

            Lawyers for Warren Jeffs asked a judge in Utah on Tuesday to move the hearing.
            """);

        Assert.Contains(mentions, m => m.Text == "Warren Jeffs");
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Journey", StringComparison.Ordinal) || m.Text.Contains("Preacher", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_full_of_names_is_no_title_case_headline()
    {
        var mentions = Mentions("Rescuers searched Maple Falls and Oak Heights.");

        Assert.Contains(mentions, m => m.Text == "Maple Falls");
        Assert.Contains(mentions, m => m.Text == "Oak Heights");
    }

    [Fact]
    public void A_sentence_of_names_with_a_short_verb_and_a_full_stop_is_no_title_case_headline()
    {
        var mentions = Mentions("Ana Reyes met Tomas Novak, CEO of Helix Mining, in Lyon.");

        Assert.Contains(mentions, m => m.Text == "Ana Reyes");
        Assert.Contains(mentions, m => m.Text == "Tomas Novak");
        Assert.Contains(mentions, m => m.Text == "Lyon");
    }

    [Theory]
    [InlineData("The quake struck on New Year's Day in the afternoon.", "Day")]
    [InlineData("Crowds gathered on Christmas Eve near the port.", "Christmas Eve")]
    public void Days_and_holidays_are_no_entities(string text, string fragment)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text == fragment || m.Text.EndsWith(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_common_noun_the_article_also_writes_in_lower_case_is_no_name()
    {
        var mentions = Mentions("""
            Plaza was packed. People filled the plaza in front of the palace.

            They met again at Plaza de Mayo later.
            """);

        Assert.DoesNotContain(mentions, m => m.Text == "Plaza");
        Assert.Contains(mentions, m => m.Text == "Plaza de Mayo");
    }

    [Theory]
    [InlineData("An English-language broadcaster aired the speech.", "English-language")]
    [InlineData("The Ethiopian-flagged MV Gibe was freed on Sunday.", "Ethiopian-flagged")]
    public void A_compound_adjective_is_no_name(string text, string adjective)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text.Contains(adjective, StringComparison.Ordinal));
    }

    [Fact]
    public void A_web_address_line_gives_no_names()
    {
        var text = """
            Storm damage reported

            http: / / www. harbornews. example / 2026 / 01 / Storm - Hits - Lakeside - Docks

            A storm hit Lakeside on Monday, the coast guard said.
            """;
        var mentions = Mentions(text);

        Assert.DoesNotContain(mentions, m => m.Text is "Storm" or "Hits" or "Docks");
        Assert.Contains(mentions, m => m.Text == "Lakeside");
    }

    [Theory]
    [InlineData("Man held after fire at depot\n\nA local man was held after a fire at the depot in Leeds.")]
    [InlineData("Depot fire: Man denies arson\n\nA man denied arson at the depot in Leeds on Friday.")]
    public void An_opening_word_the_article_writes_as_a_common_word_is_no_name_even_when_a_place_has_it(string text)
    {
        var mentions = Mentions(text);

        Assert.DoesNotContain(mentions, m => m.Text == "Man");
        Assert.Contains(mentions, m => m.Text == "Leeds");
    }

    [Fact]
    public void The_alone_does_not_join_two_names()
    {
        var mentions = Mentions("In Parliament the Labour Party of Freedonia blamed the government.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains("Parliament the", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "Labour Party of Freedonia");
    }

    [Theory]
    [InlineData("He had lived with Parkinson's disease for a decade.", "Parkinson")]
    [InlineData("Health workers tracked the Zika virus across the region.", "Zika")]
    public void A_name_before_an_illness_noun_names_the_illness(string text, string name)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text == name);
    }

    [Fact]
    public void Two_known_places_side_by_side_are_two_names()
    {
        var mentions = Mentions("Traffic through the Maldives Sri Lanka link was cut on Tuesday.");

        Assert.Contains(mentions, m => m.Text == "Maldives" && m.Type == EntityType.Place);
        Assert.Contains(mentions, m => m.Text == "Sri Lanka" && m.Type == EntityType.Place);
    }

    [Theory]
    [InlineData("The firm posted an update on its Web site after the outage.", "Web")]
    [InlineData("Links to the Internet were restored across the region by noon.", "Internet")]
    [InlineData("Officials said the Constitution allowed the delay.", "Constitution")]
    public void A_capitalised_common_noun_alone_is_no_name(string text, string word)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text == word);
    }

    [Fact]
    public void Page_labels_and_weekday_abbreviations_before_a_date_are_no_names()
    {
        var mentions = Mentions("""
            Ferry service resumes in Halifax

            POSTED: March 3, 2026

            9: 53 AM, MON 2 MAR 2026 | Updated on March 3

            Ferry service resumed in Halifax on Tuesday, the operator said.
            """);

        Assert.DoesNotContain(mentions, m => m.Text is "POSTED" or "MON" or "Updated" or "MAR");
        Assert.Contains(mentions, m => m.Text == "Halifax");
    }

    [Fact]
    public void A_lone_capitalised_word_the_article_writes_in_lower_case_is_no_name_but_a_surname_stays()
    {
        var mentions = Mentions("""
            The report went to the Assistant on duty, and the assistant declined to comment.

            Forward Thaddeus Okoro and guard Lamar Young started. Young said the young players improved.
            """);

        Assert.DoesNotContain(mentions, m => m.Text == "Assistant");
        Assert.Contains(mentions, m => m.Text == "Young");
    }

    [Fact]
    public void A_compass_word_alone_is_no_name_and_a_joined_particle_stays_in_the_name()
    {
        var mentions = Mentions("Belgrade will not choose between East and West, he said near the Jemaa el-Fna square.");

        Assert.DoesNotContain(mentions, m => m.Text is "East" or "West");
        Assert.Contains(mentions, m => m.Text == "Jemaa el-Fna");
    }

    [Theory]
    [InlineData("She told the \"Morning Table Talk Live\" show she would run.", "Live")]
    [InlineData("\"It worked,\" Ames wrote in \"Quiet Man: The Story of a Long Night\" last year.", "Man")]
    [InlineData("Classmates voted her \"Most Likely to Succeed\" in school.", "Succeed")]
    public void A_title_in_quotation_marks_is_no_name(string text, string word)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_ministers_portfolio_is_part_of_the_title_but_an_employer_after_a_role_is_an_organisation()
    {
        var mentions = Mentions("Minister of Foreign Affairs Lena Ostrova thanked Rafael Quint, the CEO of Velmora Logistics, for the trucks on Monday.");

        Assert.DoesNotContain(mentions, m => m.Text == "Foreign Affairs");
        Assert.Contains(mentions, m => m.Text == "Lena Ostrova" && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == "Velmora Logistics" && m.Type == EntityType.Organisation);
    }

    [Theory]
    [InlineData("Moviemaker Gary Ross signed on to direct the sequel.", "Gary Ross")]
    [InlineData("Linebacker Steve Foley was hurt in the second quarter.", "Steve Foley")]
    [InlineData("San Diego Chargers coaches met on Monday after the loss.", "San Diego Chargers")]
    public void A_describing_word_before_a_given_name_at_a_sentence_opening_is_no_part_of_the_name(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Text == name);
    }
}
