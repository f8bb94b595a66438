using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// Capitalised words that describe a person rather than name anything (issue 18, ents13): a place before a party's or
/// a faith's member word, and a demonym hyphened to another. Every sentence is our own.
/// </summary>
public sealed class EntityDescriptionRuleTests
{
    private static List<EntityMention> Names(string text) => EntityRules.Names(text);

    [Theory]
    [InlineData("The bill was written by an Ohio Republican who chairs the transport panel.", "Ohio", "Republican")]
    [InlineData("Her chief ally was the Oregon Democrat who led the budget committee for a decade.", "Oregon", "Democrat")]
    [InlineData("The White House said it would name a rural Vermont Catholic nurse to run the agency.", "Vermont", "Catholic")]
    public void A_place_before_a_party_or_faith_member_word_is_the_place_alone(string text, string place, string member)
    {
        var names = Names(text);

        Assert.Contains(names, m => m.Text == place && m.Type == EntityType.Place);
        Assert.DoesNotContain(names, m => m.Text.Contains(member, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A reporter for the Arizona Republic broke the story on Monday.", "Arizona Republic")]
    [InlineData("Leaders of the Democratic Party met in Denver on Friday to pick a chair.", "Democratic Party")]
    [InlineData("Volunteers from Catholic Charities handed out blankets in Dayton overnight.", "Catholic Charities")]
    public void Names_with_a_party_or_faith_word_that_is_no_member_word_stay_whole(string text, string name)
    {
        Assert.Contains(Names(text), m => m.Text == name);
    }

    [Fact]
    public void A_member_word_that_does_not_end_the_run_stays_in_the_name()
    {
        Assert.Contains(Names("A spokesman for the Ohio Republican Party declined to comment on the race."),
            m => m.Text.Contains("Ohio Republican Party", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She became the first African - American judge in the county , the court said .\n\nThe vote was well - attended .", "African")]
    [InlineData("A Mexican-American family opened the bakery in 1998, neighbours said.", "Mexican")]
    public void A_demonym_hyphened_to_another_is_an_adjective(string text, string demonym)
    {
        Assert.DoesNotContain(Names(text), m => m.Text.StartsWith(demonym, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Mexican-American Legal Defense Fund sued the city on Tuesday.", "Legal Defense Fund")]
    [InlineData("The Irish - American Heritage Museum opened its doors in Albany .\n\nThe event was well - attended .", "Heritage Museum")]
    public void A_hyphened_demonym_before_a_name_leaves_the_name(string text, string rest)
    {
        Assert.Contains(Names(text), m => m.Text.Contains(rest, StringComparison.Ordinal));
    }
}
