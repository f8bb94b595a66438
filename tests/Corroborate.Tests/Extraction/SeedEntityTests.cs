using Corroborate.Extraction;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>What a reader checks by eye on the five seed articles, read from ../shared by path.</summary>
public sealed class SeedEntityTests
{
    private static async Task<StoryExtraction> ExtractSeedsAsync()
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var result = await new IngestPipeline(store).IngestAsync([SharedData.Find("seeds")!]);
        return new StoryExtractor().Extract(result.Articles);
    }

    private static Entity Person(StoryExtraction extraction, string variant) =>
        Assert.Single(extraction.Entities.Entities, e => e.Type == EntityType.Person && e.Variants.Contains(variant));

    [SharedDataFact("seeds")]
    public async Task Merges_every_variant_of_each_leader_into_one_person()
    {
        var extraction = await ExtractSeedsAsync();

        var diazCanel = Person(extraction, "Miguel Diaz-Canel");
        Assert.Superset(new HashSet<string> { "Miguel DISHz-Canel", "Diaz-Canal", "Díaz-Canel", "Diaz-Canel" }, diazCanel.Variants.ToHashSet());
        Assert.Equal("CUB", diazCanel.CountryCode);
        Assert.Contains("Raisi", Person(extraction, "Ebrahim Raisi").Variants);
        Assert.Contains("Amir Abdollahian", Person(extraction, "Hossein Amir-Abdollahian").Variants);
        var raul = Person(extraction, "Raul Castro");
        Assert.Contains("Raúl Castro Ruz", raul.Variants);
        Assert.Contains("Castro", raul.Variants);
    }

    [SharedDataFact("seeds")]
    public async Task Keeps_fidel_castro_and_hassan_rouhani_apart_from_the_others()
    {
        var extraction = await ExtractSeedsAsync();

        var fidel = Person(extraction, "Fidel Castro");
        var rouhani = Person(extraction, "Hassan Rouhani");
        Assert.NotEqual(Person(extraction, "Raul Castro").Id, fidel.Id);
        Assert.NotEqual(Person(extraction, "Ebrahim Raisi").Id, rouhani.Id);
    }

    [SharedDataFact("seeds")]
    public async Task Matches_the_hope_and_despair_quote_across_two_outlets_with_raisi_as_speaker()
    {
        var extraction = await ExtractSeedsAsync();
        var raisi = Person(extraction, "Ebrahim Raisi");

        var quote = Assert.Single(extraction.Quotes, q => q.Text.Contains("despair in", StringComparison.Ordinal) && q.Mentions.Length >= 2);
        Assert.Equal(raisi.Id, quote.Speaker);
        Assert.False(quote.Verbatim);
        Assert.True(quote.Mentions.Select(m => m.ArticleId).Distinct().Count() >= 2);
    }
}
