using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>The story-level rules of <see cref="EntityResolver"/> that keep and type names; every sentence is our own.</summary>
public sealed class EntityStoryRuleTests
{
    private static EntityResolution Resolve(params string[] texts) => EntityRules.Resolve(texts);

    private static Entity WithVariant(EntityResolution resolution, string variant) => Assert.Single(resolution.Entities, e => e.Variants.Contains(variant));

    [Fact]
    public void Keeps_a_recurring_untyped_name_as_an_organisation()
    {
        var resolution = Resolve(
            "Shares rose after Velmora said it would hire. Analysts expect Velmora to grow.",
            "Velmora confirmed the plan on Tuesday.");

        var velmora = WithVariant(resolution, "Velmora");
        Assert.Equal(EntityType.Organisation, velmora.Type);
        Assert.Equal(3, velmora.Mentions.Length);
    }

    [Theory]
    [InlineData("Reports said Quarnet would bid.")]
    [InlineData("Quarnet opened. Quarnet closed.")]
    [InlineData("Web sites went dark as the Web slowed; the web is fragile.")]
    [InlineData("Rates rose on WEDNESDAY, traders said, and fell on WEDNESDAY night.")]
    public void Drops_an_untyped_name_seen_once_only_at_sentence_openings_or_also_in_lower_case(string text)
    {
        var resolution = Resolve(text);

        Assert.DoesNotContain(resolution.Entities, e => e.Variants.Contains("Quarnet") || e.Variants.Contains("Web") || e.Variants.Contains("WEDNESDAY"));
    }

    [Fact]
    public void Types_a_recurring_name_after_in_as_a_place()
    {
        var resolution = Resolve("She bought a house in Tarnby last year. Life in Tarnby is quiet, she said.");

        Assert.Equal(EntityType.Place, WithVariant(resolution, "Tarnby").Type);
    }

    [Fact]
    public void Never_turns_a_given_name_or_a_word_of_a_persons_name_into_an_organisation()
    {
        var resolution = Resolve(
            "Judge Ines Marlowe heard the case. Later Marlowe ruled, and Marlowe left.",
            "Friends of Kevin said Kevin was fine, and Kevin agreed.");

        Assert.Equal(EntityType.Person, WithVariant(resolution, "Marlowe").Type);
        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Organisation);
    }

    [Fact]
    public void Gives_a_name_one_type_across_the_story_when_a_cue_types_it_once()
    {
        var resolution = Resolve(
            "Researchers at security firm Trend Norvik found the flaw.",
            "Trend Norvik has found ten thousand infected sites.");

        var firm = WithVariant(resolution, "Trend Norvik");
        Assert.Equal(EntityType.Organisation, firm.Type);
        Assert.Equal(2, firm.Articles.Length);
    }

    [Fact]
    public void Joins_a_short_organisation_name_to_the_one_long_name_it_opens()
    {
        var resolution = Resolve(
            "She checked into Brightwater Recovery, a treatment facility, on Friday.",
            "Her lawyer said she never entered Brightwater. A judge let her stay at Brightwater.");

        var clinic = WithVariant(resolution, "Brightwater Recovery");
        Assert.Equal(EntityType.Organisation, clinic.Type);
        Assert.Contains("Brightwater", clinic.Variants);
    }

    [Fact]
    public void Keeps_a_company_apart_from_a_unit_named_after_it()
    {
        var resolution = Resolve("Kalmora issued a patch. The Kalmora Security Response Center said Kalmora acted fast.");

        Assert.NotEqual(WithVariant(resolution, "Kalmora").Id, WithVariant(resolution, "Kalmora Security Response Center").Id);
    }

    [Fact]
    public void Sends_a_lone_given_name_to_the_one_person_who_has_it()
    {
        var resolution = Resolve("Tara Voss is in rehab. Tara, 33, was engaged before.");

        var tara = WithVariant(resolution, "Tara Voss");
        Assert.Contains("Tara", tara.Variants);
    }

    [Fact]
    public void Joins_an_abbreviation_to_the_full_place_name_and_British_and_American_spellings()
    {
        var resolution = Resolve(
            "The Lakeshore Treatment Centre in Harbor Springs, Calif., took her in.",
            "California officials said the Lakeshore Treatment Center lacks a licence.");

        var state = WithVariant(resolution, "California");
        Assert.Contains("Calif.", state.Variants);
        Assert.Equal(EntityType.Place, state.Type);
        Assert.Contains("Lakeshore Treatment Center", WithVariant(resolution, "Lakeshore Treatment Centre").Variants);
    }

    [Fact]
    public void Keeps_the_evidence_of_every_type()
    {
        var resolution = Resolve(
            "Rescuers reached Lisbon and the firm Velmora Logistics sent trucks. Velmora Logistics said roads were open.",
            "Velmora Logistics added drivers in Lisbon.");

        Assert.Contains("gazetteer: 2", WithVariant(resolution, "Lisbon").TypeEvidence);
        var firm = WithVariant(resolution, "Velmora Logistics");
        Assert.Equal(EntityType.Organisation, firm.Type);
        Assert.NotEmpty(firm.TypeEvidence);
        Assert.All(resolution.Entities, e => Assert.Equal(e.Mentions.Length, e.TypeEvidence.Sum(line => int.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void A_name_listed_after_a_place_following_in_is_a_place_too()
    {
        var resolution = Resolve(
            "Houses fell in Wajima, Suzu and Torvala after the quake.",
            "A shelter opened in Torvala on Tuesday. Torvala had no power.");

        Assert.Equal(EntityType.Place, WithVariant(resolution, "Torvala").Type);
    }

    [Fact]
    public void Joins_place_names_written_with_and_without_an_arabic_article_and_one_letter_apart()
    {
        var resolution = Resolve(
            "The quake hit the province of Al Haouz and the city of Marrakech on Friday.",
            "In the province of El-Haouz villages fell. Marrakesh lost part of its walls.");

        Assert.Contains("El-Haouz", WithVariant(resolution, "Al Haouz").Variants);
        Assert.Contains("Marrakesh", WithVariant(resolution, "Marrakech").Variants);
    }

    [Fact]
    public void Keeps_apart_known_places_one_letter_apart()
    {
        var resolution = Resolve("Envoys flew from Austria to Australia, then to Slovenia and Slovakia.");

        Assert.Equal(4, resolution.Entities.Count(e => e.Type == EntityType.Place));
    }
}
