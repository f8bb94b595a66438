using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

public sealed class GazetteerPlacesTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Theory]
    [InlineData("Calif.", "California", "USA")]
    [InlineData("B.C.", "British Columbia", "CAN")]
    [InlineData("Ala.", "Alabama", "USA")]
    public void Finds_newspaper_abbreviations_of_states_and_provinces(string abbreviation, string name, string country)
    {
        var entry = Places.FindAbbreviation(abbreviation);

        Assert.NotNull(entry);
        Assert.Equal(name, entry.CanonicalName);
        Assert.Equal(country, entry.CountryCode);
        Assert.Equal(PlaceKind.Subdivision, entry.Kind);
    }

    [Theory]
    [InlineData("Man")]
    [InlineData("Formosa")]
    public void Lists_no_place_name_that_news_mostly_uses_for_something_else(string name) =>
        // "Man" is an English word before it is a town in Côte d'Ivoire; "Formosa" in today's news is an Argentine province, not Taiwan.
        Assert.Null(Places.Find(name));

    [Fact]
    public void Keeps_abbreviations_out_of_plain_name_lookups()
    {
        Assert.Null(Places.Find("Mass"));
        Assert.Null(Places.Find("Miss"));
    }

    [Fact]
    public void Lets_a_country_keep_a_name_a_state_shares_and_reads_blocs_as_blocs()
    {
        Assert.Equal(PlaceKind.Country, Places.Find("Georgia")?.Kind);
        Assert.Equal(PlaceKind.Subdivision, Places.Find("Alaska")?.Kind);
        Assert.Equal(PlaceKind.City, Places.Find("San Diego")?.Kind);
        Assert.Equal(PlaceKind.Bloc, Places.Find("EU")?.Kind);
        Assert.Equal(PlaceKind.Bloc, Places.Find("NATO")?.Kind);
    }

    [Fact]
    public void Loads_a_places_table_beside_the_country_table()
    {
        var gazetteer = Gazetteer.Load(
            ["iso3\tcameo\tname\tvariants\tdemonyms\tcapital\tcities", "ZZA\tZZA\tZandoria\t\tZandorian\tPort Vellan\t"],
            [],
            ["name\tvariants\tkind\tiso3\tabbreviations", "North Vell\tN. Vell Province\tsubdivision\tZZA\tN.V.", "Mirelow\t\tcity\tZZA"]);

        Assert.Equal(PlaceKind.Subdivision, gazetteer.Find("N. Vell Province")?.Kind);
        Assert.Equal("Zandoria", gazetteer.FindAbbreviation("N.V.")?.CountryName);
        Assert.Equal("ZZA", gazetteer.Find("Mirelow")?.CountryCode);
    }
}
