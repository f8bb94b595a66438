using System.Globalization;
using System.Text;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Events;

/// <summary>
/// Writes story events as GDELT 2.0 files: the Events table (61 tab-separated columns, no header, in the order of
/// GDELT's 2.0 codebook) and the Mentions table (16 columns), so tools that load GDELT read them unchanged. ActionGeo
/// comes from the gazetteer (FIPS country and ADM1 codes, coordinates); fields we do not have (tone, actor places,
/// GNS feature ids, ethnic and religion codes) are left empty: never a made-up 0.
/// </summary>
public static class GdeltExport
{
    public static readonly IReadOnlyList<string> EventColumns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    public static readonly IReadOnlyList<string> MentionColumns =
    [
        "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
        "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
        "MentionDocTranslationInfo", "Extras",
    ];

    /// <summary>GDELT's numeric id for one of our events: the 40 bits of its hash id.</summary>
    public static long GlobalEventId(StoryEvent e) => long.Parse(e.Id.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>Writes both files into <paramref name="directory"/> as <c>STAMP.export.CSV</c> and <c>STAMP.mentions.CSV</c>; returns their paths.</summary>
    /// <param name="gazetteer">The places of the analysis that coded the events: an actor's country and a place's GDELT geo type.</param>
    public static (string Events, string Mentions) Write(string directory, IReadOnlyList<StoryEvent> events, IReadOnlyDictionary<string, Article> articles, Gazetteer gazetteer)
    {
        Directory.CreateDirectory(directory);
        var added = events.SelectMany(e => e.Articles).Select(id => articles.GetValueOrDefault(id)?.Published).Where(d => d is not null).Select(d => d!.Value.UtcDateTime)
            .DefaultIfEmpty(DateTime.UnixEpoch).Max();
        var stamp = added.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var eventsPath = Path.Combine(directory, stamp + ".export.CSV");
        var mentionsPath = Path.Combine(directory, stamp + ".mentions.CSV");
        using (var writer = new StreamWriter(eventsPath, false, new UTF8Encoding(false)))
        {
            WriteEvents(writer, events, articles, added, gazetteer);
        }

        using (var writer = new StreamWriter(mentionsPath, false, new UTF8Encoding(false)))
        {
            WriteMentions(writer, events, articles);
        }

        return (eventsPath, mentionsPath);
    }

    public static void WriteEvents(TextWriter writer, IEnumerable<StoryEvent> events, IReadOnlyDictionary<string, Article> articles, DateTime added, Gazetteer gazetteer)
    {
        foreach (var e in events)
        {
            var date = e.Date ?? DateOnly.FromDateTime(added);
            var first = e.Articles.Select(id => articles.GetValueOrDefault(id)).FirstOrDefault(a => a is not null);
            var fields = new List<string>(EventColumns.Count)
            {
                GlobalEventId(e).ToString(CultureInfo.InvariantCulture),
                date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                date.ToString("yyyyMM", CultureInfo.InvariantCulture),
                date.Year.ToString(CultureInfo.InvariantCulture),
                (date.Year + (date.DayOfYear - 1) / 365.0).ToString("F4", CultureInfo.InvariantCulture),
            };
            AddActor(fields, e.Source, gazetteer);
            AddActor(fields, e.Target, gazetteer);
            fields.AddRange(
            [
                "1", e.Code.Code, e.Code.Code.Length > 3 ? e.Code.Code[..3] : e.Code.Code, e.Code.RootCode,
                e.Code.QuadClass.ToString(CultureInfo.InvariantCulture), e.Code.Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
                e.NumMentions.ToString(CultureInfo.InvariantCulture), e.NumSources.ToString(CultureInfo.InvariantCulture), e.NumArticles.ToString(CultureInfo.InvariantCulture),
                // AvgTone: tone is not computed; empty says so, where 0 would claim a neutral tone.
                "",
            ]);
            AddGeo(fields, null, gazetteer);
            AddGeo(fields, null, gazetteer);
            AddGeo(fields, e.Location, gazetteer);
            fields.Add(added.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
            fields.Add(first?.Url ?? first?.Id ?? "");
            writer.Write(string.Join('\t', fields.Select(Clean)));
            writer.Write('\n');
        }
    }

    public static void WriteMentions(TextWriter writer, IEnumerable<StoryEvent> events, IReadOnlyDictionary<string, Article> articles)
    {
        foreach (var e in events)
        {
            var eventTime = (e.Date ?? DateOnly.MinValue).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
            foreach (var m in e.Mentions)
            {
                var article = articles.GetValueOrDefault(m.ArticleId);
                var fields = new[]
                {
                    GlobalEventId(e).ToString(CultureInfo.InvariantCulture),
                    eventTime,
                    article?.Published?.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) ?? eventTime,
                    "1",
                    article?.Outlet ?? "",
                    article?.Url ?? m.ArticleId,
                    (m.Sentence + 1).ToString(CultureInfo.InvariantCulture),
                    m.Source.Start.ToString(CultureInfo.InvariantCulture),
                    m.Target.Start.ToString(CultureInfo.InvariantCulture),
                    m.Action.Start.ToString(CultureInfo.InvariantCulture),
                    "1",
                    m.Code == e.Code.Code ? "100" : "50",
                    (article?.CleanText.Length ?? 0).ToString(CultureInfo.InvariantCulture),
                    "",
                    "",
                    "",
                };
                writer.Write(string.Join('\t', fields.Select(Clean)));
                writer.Write('\n');
            }
        }
    }

    /// <summary>Reads a GDELT tab-separated file back into rows of fields.</summary>
    public static IEnumerable<string[]> ReadRows(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t'));

    private static void AddActor(List<string> fields, StoryEventActor actor, Gazetteer gazetteer)
    {
        var code = actor.Code.StartsWith("---", StringComparison.Ordinal) ? actor.Code[3..] : actor.Code;
        var country = gazetteer.Country(code.Length >= 3 ? code[..3] : code) is not null ? code[..3] : "";
        var sector = country.Length > 0 ? code[3..] : code;
        fields.AddRange(
        [
            code, actor.Name.ToUpperInvariant(), country, "", "", "", "",
            sector.Length >= 3 ? sector[..3] : sector, sector.Length >= 6 ? sector[3..6] : "", sector.Length >= 9 ? sector[6..9] : "",
        ]);
    }

    private static void AddGeo(List<string> fields, string? place, Gazetteer gazetteer)
    {
        if (place is null)
        {
            fields.AddRange(["0", "", "", "", "", "", "", ""]);
            return;
        }

        fields.AddRange(Geo(place, gazetteer));
    }

    /// <summary>
    /// The eight GDELT geo fields of a place (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) from
    /// the gazetteer: GDELT's types are 1 country, 2 US state, 3 US city, 4 world city, 5 world state. A place the
    /// gazetteer does not know, or a region no type fits (the Middle East), keeps its name and nothing else: an empty
    /// field says "unknown" where a default would claim a kind or a point.
    /// </summary>
    public static IReadOnlyList<string> Geo(string place, Gazetteer gazetteer)
    {
        var entry = gazetteer.Find(place);
        if (entry is null || entry.Kind is PlaceKind.Region or PlaceKind.Bloc)
        {
            return ["", place, "", "", "", "", "", ""];
        }

        var fips = entry.Fips ?? "";
        var inUs = entry.CountryCode == "USA";
        var (type, name, adm1, feature) = entry.Kind switch
        {
            // GDELT writes a country's FIPS code as its ADM1 code and FeatureID too ("Russia", RS, RS, …, RS).
            PlaceKind.Country or PlaceKind.Demonym => ("1", entry.CountryName, fips, fips),
            // A US state's FeatureID is its postal code ("NY"); a world state's is its ADM1 code.
            PlaceKind.Subdivision => (inUs ? "2" : "5", entry.CanonicalName + ", " + entry.CountryName, entry.Adm1 ?? "",
                entry.Adm1 is { Length: > 2 } code ? (inUs ? code[2..] : code) : ""),
            // A city's FeatureID is a GNS/GNIS number we do not have: left empty, as GDELT does when it lacks one.
            _ => (inUs ? "3" : "4", CityName(entry, gazetteer), entry.Adm1 ?? "", ""),
        };
        var point = entry.Coordinates;
        return
        [
            type, name, fips, adm1, "",
            point is null ? "" : point.Latitude.ToString("0.####", CultureInfo.InvariantCulture),
            point is null ? "" : point.Longitude.ToString("0.####", CultureInfo.InvariantCulture),
            feature,
        ];
    }

    /// <summary>"City, State, Country" as GDELT writes it when the gazetteer knows the city's state; "City, Country" otherwise.</summary>
    private static string CityName(GazetteerEntry city, Gazetteer gazetteer) =>
        city.Adm1 is not null && gazetteer.Subdivision(city.Adm1) is { } state
            ? $"{city.CanonicalName}, {state.CanonicalName}, {city.CountryName}"
            : $"{city.CanonicalName}, {city.CountryName}";

    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
