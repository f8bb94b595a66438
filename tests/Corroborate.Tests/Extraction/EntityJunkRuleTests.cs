using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>Capitalised words that are no names: Title Case headlines, days, capitalised common nouns (issue 18).</summary>
public sealed class EntityJunkRuleTests
{
    private static List<EntityMention> Mentions(string text) => [.. new EntityMentionExtractor().Extract(Articles.FromPlainText(text))];

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
}
