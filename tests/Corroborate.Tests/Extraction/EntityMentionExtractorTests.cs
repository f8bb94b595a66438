using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

public sealed class EntityMentionExtractorTests
{
    private static List<EntityMention> Mentions(string text) => [.. new EntityMentionExtractor().Extract(Articles.FromPlainText(text))];

    [Fact]
    public void Peels_a_demonym_and_role_off_a_name_and_keeps_them_as_attributes()
    {
        var mentions = Mentions("On Monday, Chilean President Gabriel Boric met the press in the capital.");

        var person = Assert.Single(mentions, m => m.Type == EntityType.Person);
        Assert.Equal("Gabriel Boric", person.Text);
        Assert.Equal("President", person.Role);
        Assert.Equal(RoleKind.HeadOfState, person.RoleKind);
        Assert.Equal("CHL", person.CountryCode);
        Assert.Contains(mentions, m => m.IsDemonym && m.CountryCode == "CHL");
    }

    [Theory]
    [InlineData("Officials said Ayatollah Seyyed Ali Khamenei spoke on Friday.", "Ali Khamenei", "Ayatollah")]
    [InlineData("The talks were led by Gen. Mark Milley and others.", "Mark Milley", "Gen.")]
    [InlineData("Reporters asked Foreign Minister Penny Wong about the trip.", "Penny Wong", "Foreign Minister")]
    public void Strips_titles_and_honorifics_from_the_name(string text, string name, string role)
    {
        var person = Assert.Single(Mentions(text), m => m.Type == EntityType.Person);

        Assert.Equal(name, person.Text);
        Assert.Equal(role, person.Role);
    }

    [Theory]
    [InlineData("Delegates met at the Palace of the Revolution in the morning.", "Palace of the Revolution", EntityType.Place)]
    [InlineData("The Ministry of Foreign Affairs issued a note.", "Ministry of Foreign Affairs", EntityType.Organisation)]
    [InlineData("Scientists at the Center for Genetic Engineering and Biotechnology spoke.", "Center for Genetic Engineering and Biotechnology", EntityType.Organisation)]
    [InlineData("A statement from the WHO followed.", "WHO", EntityType.Organisation)]
    [InlineData("Flights to Lisbon resumed.", "Lisbon", EntityType.Place)]
    [InlineData("Fans of the Georgia Bulldogs waited outside.", "Georgia Bulldogs", EntityType.Organisation)]
    public void Types_names_by_cue_words_acronyms_and_the_gazetteer(string text, string name, EntityType type)
    {
        var mention = Assert.Single(Mentions(text), m => m.Text == name);

        Assert.Equal(type, mention.Type);
    }

    [Fact]
    public void Splits_coordinated_names_and_drops_possessives_and_sentence_openers()
    {
        var mentions = Mentions("In Santiago, Peru and Chile's ministers met Vucic and Orban.");

        Assert.Contains(mentions, m => m.Text == "Peru");
        Assert.Contains(mentions, m => m.Text == "Chile");
        Assert.Contains(mentions, m => m.Text == "Vucic");
        Assert.Contains(mentions, m => m.Text == "Orban");
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("In ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lakeside Fire Department Chief Ana Torres said the blaze was out.", "Lakeside Fire Department", "Ana Torres", "Chief")]
    [InlineData("Harbour Town Head Coach Tim Rowe praised the team.", "Harbour Town", "Tim Rowe", "Head Coach")]
    public void Splits_a_role_inside_a_name_run_into_the_phrase_before_it_and_the_person_after(string text, string before, string person, string role)
    {
        var mentions = Mentions(text);

        Assert.Contains(mentions, m => m.Text == before);
        var named = Assert.Single(mentions, m => m.Type == EntityType.Person);
        Assert.Equal(person, named.Text);
        Assert.Equal(role, named.Role);
    }

    [Fact]
    public void Does_not_run_a_name_into_a_weekday()
    {
        var mentions = Mentions("Aid reached Marrakesh on Sunday, officials said.");

        Assert.Contains(mentions, m => m.Text == "Marrakesh");
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Sunday", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mention_span_matches_its_text()
    {
        var article = Articles.FromFixture("Text/embedded-posts-and-share-junk.txt");

        foreach (var mention in new EntityMentionExtractor().Extract(article))
        {
            Assert.Equal(mention.Text, mention.Span.Of(article.CleanText));
        }
    }
}
