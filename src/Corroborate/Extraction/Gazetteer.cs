using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>
/// Countries, their name variants and demonyms, capitals, major cities and regions, compiled by the team
/// from public facts (<c>Resources/Gazetteer</c>). Lookups are by <see cref="NameKey"/>, so accents,
/// case, hyphens and full stops do not matter ("U.S." = "US", "Díaz" = "Diaz").
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, GazetteerEntry> _names;

    private readonly FrozenSet<string> _firstWords;

    private readonly FrozenDictionary<string, GazetteerEntry> _subdivisions;

    private Gazetteer(Dictionary<string, GazetteerEntry> names)
    {
        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        _subdivisions = names.Values.Where(e => e is { Kind: PlaceKind.Subdivision, Adm1: not null }).DistinctBy(e => e.Adm1)
            .ToFrozenDictionary(e => e.Adm1!, StringComparer.Ordinal);
        _firstWords = names.Keys.Where(k => k.Length > 0 && k[0] is not '#' and not '.').Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether some name opens with this word, so a caller can skip longer lookups that cannot match.</summary>
    public bool StartsAName(string word) => _firstWords.Contains(NameKey.Of(word));

    public static Gazetteer Default { get; } = LoadEmbedded();

    public int Count => _names.Count;

    /// <summary>The longest token count of any name, so callers know how far to look ahead.</summary>
    public int MaxTokens { get; private init; }

    public GazetteerEntry? Find(string surface) => _names.GetValueOrDefault(NameKey.Of(surface));

    /// <summary>
    /// A newspaper abbreviation ("Calif.", "B.C.", "Ala."). Callers ask only when the text writes the
    /// full stop: without it "Miss", "Mass" or "La" are words, not states.
    /// </summary>
    public GazetteerEntry? FindAbbreviation(string surface) => _names.GetValueOrDefault(AbbreviationPrefix + NameKey.Of(surface));

    private const string AbbreviationPrefix = ".";

    /// <summary>The subdivision with this GDELT-style ADM1 code ("USCA", "PK05"), if the gazetteer lists it.</summary>
    public GazetteerEntry? Subdivision(string adm1) => _subdivisions.GetValueOrDefault(adm1);

    /// <summary>The country entry for an ISO alpha-3 code.</summary>
    public GazetteerEntry? Country(string code) => _names.GetValueOrDefault("#" + code);

    /// <summary>
    /// Reads the tab-separated country table: iso3, cameo, name, variants, demonyms, capital, cities (lists split by '|'),
    /// then, when present, fips, coordinates, capital_coordinates and city_coordinates (<c>lat,lon</c>), capital_adm1 and city_adm1.
    /// </summary>
    public static Gazetteer Load(IEnumerable<string> countryRows, IEnumerable<string> regionRows) => Load(countryRows, regionRows, []);

    /// <summary>
    /// As <see cref="Load(IEnumerable{string}, IEnumerable{string})"/>, with subdivisions and further cities:
    /// name, variants, kind (<c>subdivision</c> or <c>city</c>), iso3, abbreviations, then, when present, adm1 and coordinates.
    /// </summary>
    public static Gazetteer Load(IEnumerable<string> countryRows, IEnumerable<string> regionRows, IEnumerable<string> placeRows)
    {
        var names = new Dictionary<string, GazetteerEntry>();
        var maxTokens = 1;
        void Add(string surface, GazetteerEntry entry)
        {
            var key = NameKey.Of(surface);
            // First writer wins: a country's own names come before cities that share them (Panama, Mexico).
            if (key.Length > 0 && names.TryAdd(key, entry))
            {
                maxTokens = Math.Max(maxTokens, key.Count(c => c == ' ') + 1);
            }
        }

        var rows = countryRows.Select(r => r.Split('\t')).Where(c => c.Length >= 7 && c[0] != "iso3").ToList();
        foreach (var c in rows)
        {
            var (iso, cameo, name) = (c[0].Trim(), NullIfEmpty(c[1]) ?? c[0].Trim(), c[2].Trim());
            var country = new GazetteerEntry(PlaceKind.Country, iso, cameo, name, name, GeoPoint.Parse(Cell(c, CountryCentroid)), Fips(c));
            names["#" + iso] = country;
            Add(name, country);
            foreach (var variant in Split(c[3]))
            {
                Add(variant, country);
            }
        }

        foreach (var c in rows)
        {
            var (iso, cameo, name) = (c[0].Trim(), NullIfEmpty(c[1]) ?? c[0].Trim(), c[2].Trim());
            var fips = Fips(c);
            foreach (var demonym in Split(c[4]))
            {
                // "Iranian officials" are placed where Iran is.
                Add(demonym, new GazetteerEntry(PlaceKind.Demonym, iso, cameo, name, name, GeoPoint.Parse(Cell(c, CountryCentroid)), fips));
            }

            var capitals = Split(c[5]).ToList();
            var capitalPoint = GeoPoint.Parse(Cell(c, CapitalPoint));
            var capitalAdm1 = NullIfEmpty(Cell(c, CapitalAdm1));
            foreach (var capital in capitals)
            {
                Add(capital, new GazetteerEntry(PlaceKind.Capital, iso, cameo, capitals[0], name, capitalPoint, fips, capitalAdm1));
            }

            // city_coordinates and city_adm1 list one item per city, in the order of the cities column (empty where unknown).
            var cityPoints = Cell(c, CityPoints).Split('|');
            var cityAdm1 = Cell(c, CityAdm1).Split('|');
            var cities = Split(c[6]).ToList();
            for (var i = 0; i < cities.Count; i++)
            {
                Add(cities[i], new GazetteerEntry(PlaceKind.City, iso, cameo, cities[i], name, i < cityPoints.Length ? GeoPoint.Parse(cityPoints[i]) : null, fips,
                    i < cityAdm1.Length ? NullIfEmpty(cityAdm1[i]) : null));
            }
        }

        // The first row of a country wins here too (a user dictionary may repeat a built-in one).
        var countryNames = new Dictionary<string, (string Cameo, string Name, string? Fips)>(StringComparer.Ordinal);
        foreach (var c in rows)
        {
            countryNames.TryAdd(c[0].Trim(), (NullIfEmpty(c[1]) ?? c[0].Trim(), c[2].Trim(), Fips(c)));
        }


        foreach (var c in placeRows.Select(r => r.Split('\t')).Where(c => c.Length >= 4 && c[0] != "name" && !c[0].StartsWith('#')))
        {
            var iso = c[3].Trim();
            var (cameo, countryName, fips) = countryNames.TryGetValue(iso, out var known) ? known : (iso, iso, null);
            var kind = c[2].Trim() == "subdivision" ? PlaceKind.Subdivision : PlaceKind.City;
            var place = new GazetteerEntry(kind, iso, cameo, c[0].Trim(), countryName, GeoPoint.Parse(Cell(c, PlacePoint)), fips, NullIfEmpty(Cell(c, PlaceAdm1)));
            Add(c[0], place);
            foreach (var variant in Split(c[1]))
            {
                Add(variant, place);
            }

            foreach (var abbreviation in c.Length > 4 ? Split(c[4]) : [])
            {
                names.TryAdd(AbbreviationPrefix + NameKey.Of(abbreviation), place);
            }
        }

        foreach (var c in regionRows.Select(r => r.Split('\t')).Where(c => c.Length >= 2 && c[0] != "name"))
        {
            // A bloc (EU, NATO, ASEAN) is an organisation of states, not a stretch of land.
            var kind = c.Length > 2 && c[2].Trim() == "organisation-bloc" ? PlaceKind.Bloc : PlaceKind.Region;
            var region = new GazetteerEntry(kind, null, null, c[0].Trim(), c[0].Trim());
            Add(c[0], region);
            foreach (var variant in Split(c[1]))
            {
                Add(variant, region);
            }
        }

        return new Gazetteer(names) { MaxTokens = maxTokens };
    }

    /// <summary>The built-in gazetteer extended by the user's dictionary files; built-in names win where both have one.</summary>
    /// <param name="paths">Files in our TSV layout (<c>.tsv</c>) or CountryInfo format (anything else).</param>
    public static Gazetteer WithDictionaries(IEnumerable<string> paths)
    {
        var rows = EmbeddedRows("Gazetteer/countries.tsv").ToList();
        foreach (var path in paths)
        {
            rows.AddRange(path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? ReadTsv(path) : CountryInfoReader.ReadRows(path));
        }

        return Load(rows, EmbeddedRows("Gazetteer/regions.tsv"), EmbeddedRows("Gazetteer/places.tsv"));
    }

    private static IEnumerable<string> ReadTsv(string path)
    {
        try
        {
            return File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Ingest.InputException(path, e.Message, inner: e);
        }
    }

    private static IEnumerable<string> EmbeddedRows(string name)
    {
        try
        {
            return ResourceText.Lines(name);
        }
        catch (InvalidOperationException)
        {
            return [];
        }
    }

    private static Gazetteer LoadEmbedded() =>
        Load(EmbeddedRows("Gazetteer/countries.tsv"), EmbeddedRows("Gazetteer/regions.tsv"), EmbeddedRows("Gazetteer/places.tsv"));

    // Derived columns (tools/gazetteer-geo.py); a user dictionary without them simply has no coordinates.
    private const int CountryFips = 7, CountryCentroid = 8, CapitalPoint = 9, CityPoints = 10, CapitalAdm1 = 11, CityAdm1 = 12;
    private const int PlaceAdm1 = 5, PlacePoint = 6;

    private static string Cell(string[] cells, int index) => index < cells.Length ? cells[index].Trim() : "";

    private static string? Fips(string[] countryCells) => NullIfEmpty(Cell(countryCells, CountryFips));

    private static IEnumerable<string> Split(string list) =>
        list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
