using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

public sealed class EntityResolverTests
{
    private static EntityResolution Resolve(params string[] texts)
    {
        var extractor = new EntityMentionExtractor();
        var story = texts.Select((t, i) => Articles.FromPlainText(t, $"a{i}.txt")).Select(a => (a, extractor.Extract(a))).ToList();
        return new EntityResolver().Resolve(story);
    }

    private static Entity PersonNamed(EntityResolution resolution, string variant) =>
        Assert.Single(resolution.Entities, e => e.Type == EntityType.Person && e.Variants.Contains(variant));

    [Fact]
    public void A_town_known_only_in_a_country_the_story_never_ties_in_is_left_unplaced()
    {
        var serbian = Resolve("Serbian President Aleksandar Vucic visited Belgrade and then the copper mine at Bor, where Chinese firms invested.");
        var bor = Assert.Single(serbian.Entities, e => e.Name == "Bor");
        Assert.Null(bor.CountryCode);
        Assert.Null(bor.Coordinates);

        var sudanese = Resolve("Fighting reached Bor, the capital of Jonglei, as South Sudan's army moved north from Juba.");
        var placed = Assert.Single(sudanese.Entities, e => e.Name == "Bor");
        Assert.Equal("SSD", placed.CountryCode);
        Assert.NotNull(placed.Coordinates);
    }

    [Fact]
    public void A_team_called_by_its_nickname_is_the_team_its_full_name_names()
    {
        var resolution = Resolve(
            "The Oakland Raiders signed the veteran linebacker on Monday, the club said. The Raiders had lost three games in a row.",
            "Raiders coach Mark Halloway praised the signing. The Raiders play in Denver on Sunday.");

        var team = Assert.Single(resolution.Entities, e => e.Variants.Contains("Oakland Raiders"));
        Assert.Equal(EntityType.Organisation, team.Type);
        Assert.Contains("Raiders", team.Variants);
        Assert.DoesNotContain(resolution.Entities, e => e.Id != team.Id && e.Name == "Raiders");
    }

    [Fact]
    public void Merges_accent_hyphen_and_machine_translation_variants_across_articles()
    {
        var resolution = Resolve(
            "Serbian President Aleksandar Vučić welcomed the guests. Vučić said the talks went well.",
            "President Aleksandar Vucic hosted a dinner. Later, Aleksandar VUCHZic gave a speech.");

        var vucic = PersonNamed(resolution, "Aleksandar Vučić");
        Assert.Contains("Aleksandar Vucic", vucic.Variants);
        Assert.Contains("Vučić", vucic.Variants);
        Assert.Contains("Aleksandar VUCHZic", vucic.Variants);
        Assert.Equal(2, vucic.Articles.Length);
    }

    [Fact]
    public void Sends_a_bare_surname_to_the_person_its_article_named_last()
    {
        var resolution = Resolve(
            "Raul Castro met the visitors in the afternoon. Castro praised the delegation. Raul Castro, 92, recalled his late brother Fidel Castro. Castro ruled for decades, the paper said.",
            "Fidel Castro led the country until 2008. Castro spoke for hours.");

        var raul = PersonNamed(resolution, "Raul Castro");
        var fidel = PersonNamed(resolution, "Fidel Castro");
        Assert.NotEqual(raul.Id, fidel.Id);
        // In the first article the second bare "Castro" follows "Fidel Castro"; in the second, only Fidel is named.
        Assert.Equal(1, raul.Mentions.Count(m => m.Text == "Castro"));
        Assert.Equal(2, fidel.Mentions.Count(m => m.Text == "Castro"));
    }

    [Fact]
    public void Merges_a_hyphenated_surname_with_its_spaced_and_given_name_forms()
    {
        var resolution = Resolve(
            "Foreign Minister Hossein Amir-Abdollahian arrived on Monday.",
            "Amir Abdollahian said the visit was useful. Amir-Abdollahian left later.");

        var minister = PersonNamed(resolution, "Hossein Amir-Abdollahian");
        Assert.Contains("Amir Abdollahian", minister.Variants);
        Assert.Contains("Amir-Abdollahian", minister.Variants);
        Assert.Contains(minister.Attributes, a => a.Name == EntityAttributeName.Role && a.Value == "Foreign Minister");
    }

    [Fact]
    public void Maps_demonyms_to_their_country_entity()
    {
        var resolution = Resolve("Chile sent aid. The Chilean delegation arrived in Santiago, and Chileans cheered.");

        var chile = Assert.Single(resolution.Entities, e => e.CountryCode == "CHL" && e.Type == EntityType.Place && e.Name == "Chile");
        Assert.Contains("Chilean", chile.Variants);
    }

    [Fact]
    public void Links_every_kept_mention_to_its_entity_by_article_and_span()
    {
        var resolution = Resolve("Prime Minister Luis Montenegro spoke in Lisbon. Montenegro said more later.");

        foreach (var entity in resolution.Entities)
        {
            Assert.All(entity.Mentions, m => Assert.Equal(entity.Id, resolution.EntityOfMention[(m.ArticleId, m.Span)]));
        }
    }
}
