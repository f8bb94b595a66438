using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>The mention-level rules that type and bound names; every sentence is our own.</summary>
public sealed class EntityTypingRuleTests
{
    private static List<EntityMention> Mentions(string text) => [.. new EntityMentionExtractor().Extract(Articles.FromPlainText(text))];

    private static EntityMention Named(List<EntityMention> mentions, string text) => Assert.Single(mentions, m => m.Text == text);

    [Fact]
    public void Reads_a_state_abbreviation_only_when_the_text_writes_its_stop()
    {
        var mentions = Mentions("The clinic in Harbor Springs, Calif., opened last year.");

        var state = Named(mentions, "Calif.");
        Assert.Equal(EntityType.Place, state.Type);
        Assert.Equal("USA", state.CountryCode);
        Assert.Equal(PlaceKind.Subdivision, state.PlaceKind);
        Assert.Equal(EntityType.Place, Named(mentions, "Harbor Springs").Type);
        Assert.DoesNotContain(Mentions("Tickets for Mass went fast at the cathedral on the hill."), m => m.Type == EntityType.Place && m.Text == "Mass");
    }

    [Fact]
    public void Types_blocs_as_organisations_and_states_as_places()
    {
        var mentions = Mentions("Envoys from the EU and NATO flew to Alaska for the talks.");

        Assert.Equal(EntityType.Organisation, Named(mentions, "EU").Type);
        Assert.Equal(EntityType.Organisation, Named(mentions, "NATO").Type);
        Assert.Equal(EntityType.Place, Named(mentions, "Alaska").Type);
    }

    [Theory]
    [InlineData("Wildfires spread across Southern California overnight.", "Southern California", "USA")]
    [InlineData("Flights to New Orleans resumed after the storm.", "New Orleans", "USA")]
    [InlineData("Crews reached Northern Kenya by road.", "Northern Kenya", "KEN")]
    public void Keeps_a_compass_word_or_New_that_opens_a_known_place(string text, string place, string country)
    {
        var mention = Named(Mentions(text), place);

        Assert.Equal(EntityType.Place, mention.Type);
        Assert.Equal(country, mention.CountryCode);
    }

    [Theory]
    [InlineData("The storm hit Port Dalby Beach before dawn.", "Port Dalby Beach", EntityType.Place)]
    [InlineData("Rescuers searched Maple Falls and Oak Heights.", "Maple Falls", EntityType.Place)]
    [InlineData("Shares in Orvane Holdings fell sharply.", "Orvane Holdings", EntityType.Organisation)]
    [InlineData("The store is run by Kessler Diamond Corp. in town.", "Kessler Diamond Corp", EntityType.Organisation)]
    [InlineData("The Halifax Mariners won again.", "Halifax Mariners", EntityType.Organisation)]
    public void Types_places_and_organisations_by_their_last_word_or_a_known_place_before_it(string text, string name, EntityType type)
    {
        Assert.Equal(type, Named(Mentions(text), name).Type);
    }

    [Fact]
    public void Ends_a_name_at_a_weekday_or_a_month_before_a_date()
    {
        var mentions = Mentions("We will learn more about Harlow Wednesday, and a filing from Ana Ruiz May 3 follows.");

        Assert.Contains(mentions, m => m.Text == "Harlow");
        Assert.Contains(mentions, m => m.Text == "Ana Ruiz");
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Wednesday", StringComparison.Ordinal) || m.Text.Contains("May", StringComparison.Ordinal));
    }

    [Fact]
    public void Splits_a_person_from_the_organisation_after_of_but_not_an_organisation_name()
    {
        var mentions = Mentions("Dale Imrie of the Riverside Gospel Church said the roof fell. The Bank of England kept rates.");

        Assert.Equal(EntityType.Person, Named(mentions, "Dale Imrie").Type);
        Assert.Equal(EntityType.Organisation, Named(mentions, "Riverside Gospel Church").Type);
        Assert.Equal(EntityType.Organisation, Named(mentions, "Bank of England").Type);
    }

    [Theory]
    [InlineData("Analysts at security firm Bravik Solo said the flaw spread.", "Bravik Solo", EntityType.Organisation)]
    [InlineData("The deal was drafted by lawyer Tomas Vint last week.", "Tomas Vint", EntityType.Person)]
    [InlineData("She grew up in the hometown of Glenholm before moving.", "Glenholm", EntityType.Place)]
    [InlineData("He checked into Veyra Moss, a treatment facility, on Monday.", "Veyra Moss", EntityType.Organisation)]
    [InlineData("Police named the victim as Arlo Denvers, 40, of the east side.", "Arlo Denvers", EntityType.Person)]
    [InlineData("Talk in Kelso Ridge turned to the flood, a Kelso Ridge resident said.", "Kelso Ridge", EntityType.Place)]
    public void Types_a_name_by_the_noun_before_or_after_it(string text, string name, EntityType type)
    {
        var mention = Mentions(text).Last(m => m.Text == name);

        Assert.Equal(type, mention.Type);
    }

    [Fact]
    public void Reads_a_cue_noun_across_a_comma_only_for_an_appositive()
    {
        var mentions = Mentions("A security firm, Velnix, released details. In a talk with the local newspaper, Okonjo said no.");

        Assert.Equal(EntityType.Organisation, Named(mentions, "Velnix").Type);
        Assert.NotEqual(EntityType.Organisation, Named(mentions, "Okonjo").Type);
    }

    [Fact]
    public void Reads_numbered_streets_as_places()
    {
        var mentions = Mentions("She was struck at 97th Avenue and 117th Street near the school.");

        Assert.Equal(EntityType.Place, Named(mentions, "97th Avenue").Type);
        Assert.Equal(EntityType.Place, Named(mentions, "117th Street").Type);
    }

    [Fact]
    public void Makes_nobody_a_person_from_the_capitals_of_a_title_case_headline()
    {
        var mentions = Mentions("Local Man Charged After Harbour Road Crash Kills Cyclist");

        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void Leaves_vessels_and_clock_words_untyped()
    {
        var mentions = Mentions("The tanker MV Orla Brink was boarded at 4 p.m. ET after the warship Kestrel arrived.");

        Assert.DoesNotContain(mentions, m => m.Type != EntityType.Unknown && m.Text is "MV Orla Brink" or "Kestrel" or "ET");
    }
}
