using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

public sealed class GazetteerGeoTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Theory]
    [InlineData("Iran", "IR")]
    [InlineData("United Kingdom", "UK")]
    [InlineData("Russia", "RS")]
    [InlineData("Germany", "GM")]
    [InlineData("Iranian", "IR")]
    [InlineData("Tehran", "IR")]
    [InlineData("California", "US")]
    public void Gives_every_place_its_countrys_fips_code_which_gdelt_uses_instead_of_iso(string name, string fips)
    {
        Assert.Equal(fips, Places.Find(name)?.Fips);
    }

    [Theory]
    // Within a few degrees of where the place is: a centroid, a capital, a city, a state's centre of settlement.
    [InlineData("France", 46.5, 2.5, 3.0)]
    [InlineData("Russia", 62.0, 97.0, 8.0)]
    [InlineData("Fiji", -17.8, 178.0, 1.5)]
    [InlineData("Washington, D.C.", 38.9, -77.0, 0.2)]
    [InlineData("Tehran", 35.7, 51.4, 0.2)]
    [InlineData("Kandahar", 31.6, 65.7, 0.2)]
    [InlineData("New York", 40.7, -74.0, 0.2)]
    [InlineData("California", 36.5, -119.5, 2.0)]
    [InlineData("Sindh", 26.0, 68.5, 2.0)]
    public void Places_countries_capitals_cities_and_states_where_they_are(string name, double lat, double lon, double tolerance)
    {
        var point = Places.Find(name)?.Coordinates;

        Assert.NotNull(point);
        Assert.InRange(point.Latitude, lat - tolerance, lat + tolerance);
        Assert.InRange(point.Longitude, lon - tolerance, lon + tolerance);
    }

    [Theory]
    [InlineData("California", "USCA")]
    [InlineData("Calif.", "USCA")]
    [InlineData("Sindh", "PK05")]
    [InlineData("Tigray", "ET53")]
    [InlineData("Tehran", "IR26")]
    [InlineData("Karachi", "PK05")]
    [InlineData("Moscow", "RS48")]
    [InlineData("Houston", "USTX")]
    public void Gives_subdivisions_capitals_and_cities_their_gdelt_style_adm1_code(string name, string adm1)
    {
        var entry = name.EndsWith('.') ? Places.FindAbbreviation(name) : Places.Find(name);

        Assert.Equal(adm1, entry?.Adm1);
    }

    [Fact]
    public void Leaves_what_the_source_does_not_give_empty_rather_than_guessed()
    {
        // Java is an island, not a first-level division: no ADM1 code and no made-up centre.
        var java = Places.Find("Java");
        Assert.NotNull(java);
        Assert.Null(java.Adm1);
        Assert.Null(java.Coordinates);
        // Regions and blocs have no single point.
        Assert.Null(Places.Find("Middle East")?.Coordinates);
    }

    [Fact]
    public void Reads_rows_without_the_derived_columns_as_before()
    {
        var gazetteer = Gazetteer.Load(["XXA\tXXA\tAtlantis\t\tAtlantean\tPoseidonia\tHarbour Town"], []);

        var entry = gazetteer.Find("Atlantis");
        Assert.NotNull(entry);
        Assert.Null(entry.Coordinates);
        Assert.Null(entry.Fips);
        Assert.Equal(PlaceKind.City, gazetteer.Find("Harbour Town")?.Kind);
    }

    [Theory]
    [InlineData("12.5,-70.25", 12.5, -70.25)]
    [InlineData("-0.0001,179.9999", -0.0001, 179.9999)]
    public void Parses_a_coordinates_cell(string cell, double lat, double lon)
    {
        Assert.Equal(new GeoPoint(lat, lon), GeoPoint.Parse(cell));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12.5")]
    [InlineData("91,0")]
    [InlineData("0,181")]
    [InlineData("north,east")]
    public void Rejects_a_cell_that_is_not_a_point(string cell)
    {
        Assert.Null(GeoPoint.Parse(cell));
    }

    [Fact]
    public void Every_coordinates_cell_of_the_shipped_tables_is_empty_or_a_point()
    {
        // Lines are read trimmed, so trailing empty cells may be missing; a cell that is there must parse.
        var countries = Corroborate.Text.ResourceText.Lines("Gazetteer/countries.tsv").Skip(1).Select(l => l.Split('\t')).ToList();
        var places = Corroborate.Text.ResourceText.Lines("Gazetteer/places.tsv").Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.True(countries.Count > 190 && places.Count > 400);
        var cells = countries.SelectMany(c => c.Skip(8).Take(2).Concat(c.Skip(10).Take(1).SelectMany(l => l.Split('|'))))
            .Concat(places.SelectMany(c => c.Skip(6)));
        Assert.All(cells.Where(c => c.Length > 0), c => Assert.NotNull(GeoPoint.Parse(c)));
        Assert.All(countries, c => Assert.InRange(c.Length, 7, 13));
        Assert.All(places, c => Assert.InRange(c.Length, 4, 7));
    }
}
