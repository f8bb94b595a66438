using Corroborate.Extraction;
using Corroborate.Ingest;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

public sealed class CountryInfoReaderTests
{
    private static string Dictionary => Fixtures.PathOf("Gazetteer/countryinfo-style.txt");

    [Fact]
    public void Reads_countries_with_their_demonyms_capitals_and_cities()
    {
        var gazetteer = Gazetteer.WithDictionaries([Dictionary]);

        Assert.Equal(PlaceKind.Country, gazetteer.Find("Zandoria")?.Kind);
        Assert.Equal("XAN", gazetteer.Find("Zandorians")?.CountryCode);
        Assert.Equal(PlaceKind.Demonym, gazetteer.Find("Zandorian")?.Kind);
        Assert.Equal(PlaceKind.Capital, gazetteer.Find("Port Vellan")?.Kind);
        Assert.Equal(PlaceKind.City, gazetteer.Find("Mirenthal")?.Kind);
        Assert.Null(Gazetteer.Default.Find("Zandoria"));
    }

    [Fact]
    public void Keeps_the_built_in_entry_where_both_name_the_same_country()
    {
        var gazetteer = Gazetteer.WithDictionaries([Dictionary]);

        Assert.Equal("Cuba", gazetteer.Country("CUB")?.CanonicalName);
        Assert.Equal("CUB", gazetteer.Find("La Habana Vieja")?.CountryCode);
    }

    [Fact]
    public void Lets_extraction_type_and_map_names_only_the_user_dictionary_knows()
    {
        var article = Articles.FromPlainText("Zandorian President Ilsa Morven flew to Oskara on Monday.");
        var mentions = new EntityMentionExtractor(Gazetteer.WithDictionaries([Dictionary]), EntityLexicon.Default).Extract(article);

        var president = Assert.Single(mentions, m => m.Type == EntityType.Person);
        Assert.Equal("Ilsa Morven", president.Text);
        Assert.Equal("XAN", president.CountryCode);
        Assert.Contains(mentions, m => m.Text == "Oskara" && m.Type == EntityType.Place);
    }

    [Fact]
    public void Names_a_missing_dictionary_file()
    {
        var error = Assert.Throws<InputException>(() => Gazetteer.WithDictionaries(["/no/such/countryinfo.txt"]));

        Assert.Contains("/no/such/countryinfo.txt", error.Message, StringComparison.Ordinal);
    }
}
