using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Events;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Events;

/// <summary>GDELT 2.0 files: exact column counts, and what is written reads back.</summary>
public sealed class GdeltExportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corroborate-gdelt-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (StoryEvent Event, Dictionary<string, Article> Articles) Sample()
    {
        var article = Articles.FromPlainText("Iran signed an agreement with Cuba in Havana on Thursday.") with
        {
            Id = "a1",
            Outlet = "Example News",
            Url = "https://example.org/a1",
            Published = new DateTimeOffset(2023, 6, 15, 12, 0, 0, TimeSpan.Zero),
        };
        var mention = new StoryEventMention("a1", 0, new TextSpan(0, article.CleanText.Length), new TextSpan(0, 4), new TextSpan(30, 34), new TextSpan(5, 11), "057", article.CleanText);
        var e = new StoryEvent("V00000000ff", CameoCodes.Describe("057")!, new StoryEventActor("Iran", "IRN", null), new StoryEventActor("Ebrahim\tRaisi", "CUBGOV", "E1"),
            new DateOnly(2023, 6, 15), "Havana", 1, 1, 1, ["a1"], [mention]);
        return (e, new Dictionary<string, Article> { ["a1"] = article });
    }

    [Fact]
    public void Actor_countries_and_place_kinds_come_from_the_gazetteer_of_the_analysis()
    {
        var (sample, articles) = Sample();
        var e = sample with { Source = new StoryEventActor("Zandoria", "XANGOV", null), Location = "Zandoria" };
        var users = Corroborate.Extraction.Gazetteer.WithDictionaries([Fixtures.PathOf("Gazetteer/countryinfo-style.txt")]);

        var builtIn = Assert.Single(GdeltExport.ReadRows(GdeltExport.Write(Path.Combine(_folder, "built-in"), [e], articles, Corroborate.Extraction.Gazetteer.Default).Events));
        var withUsers = Assert.Single(GdeltExport.ReadRows(GdeltExport.Write(Path.Combine(_folder, "users"), [e], articles, users).Events));

        string Field(string[] row, string name) => row[GdeltExport.EventColumns.ToList().IndexOf(name)];
        // A country only the user's gazetteer knows: its code splits into country and sector, and it is a country place.
        // Unknown to the built-in gazetteer, the place keeps its name and no type: a default type would be a guess.
        Assert.Equal(("", "XANGOV"), (Field(builtIn, "Actor1CountryCode"), Field(builtIn, "Actor1Type1Code") + Field(builtIn, "Actor1Type2Code")));
        Assert.Equal(("XAN", "GOV"), (Field(withUsers, "Actor1CountryCode"), Field(withUsers, "Actor1Type1Code")));
        Assert.Equal(("", "1"), (Field(builtIn, "ActionGeo_Type"), Field(withUsers, "ActionGeo_Type")));
        Assert.Equal(("Zandoria", ""), (Field(builtIn, "ActionGeo_FullName"), Field(builtIn, "ActionGeo_Lat")));
    }

    [Fact]
    public void Events_and_mentions_have_gdelt_column_counts_and_read_back()
    {
        var (e, articles) = Sample();

        var (eventsPath, mentionsPath) = GdeltExport.Write(_folder, [e], articles, Corroborate.Extraction.Gazetteer.Default);

        var row = Assert.Single(GdeltExport.ReadRows(eventsPath));
        Assert.Equal(61, GdeltExport.EventColumns.Count);
        Assert.Equal(GdeltExport.EventColumns.Count, row.Length);
        string Field(string name) => row[GdeltExport.EventColumns.ToList().IndexOf(name)];
        Assert.Equal(GdeltExport.GlobalEventId(e).ToString(CultureInfo.InvariantCulture), Field("GLOBALEVENTID"));
        Assert.Equal("20230615", Field("SQLDATE"));
        Assert.Equal(("IRN", "IRN"), (Field("Actor1Code"), Field("Actor1CountryCode")));
        Assert.Equal(("CUBGOV", "CUB", "GOV"), (Field("Actor2Code"), Field("Actor2CountryCode"), Field("Actor2Type1Code")));
        Assert.Equal("EBRAHIM RAISI", Field("Actor2Name"));
        Assert.Equal(("057", "057", "05", "1"), (Field("EventCode"), Field("EventBaseCode"), Field("EventRootCode"), Field("QuadClass")));
        Assert.Equal(8.0, double.Parse(Field("GoldsteinScale"), CultureInfo.InvariantCulture));
        Assert.Equal(("Havana, Cuba", "4", "CU"), (Field("ActionGeo_FullName"), Field("ActionGeo_Type"), Field("ActionGeo_CountryCode")));
        Assert.Equal("https://example.org/a1", Field("SOURCEURL"));
        Assert.Equal("", Field("AvgTone"));

        var mention = Assert.Single(GdeltExport.ReadRows(mentionsPath));
        Assert.Equal(16, GdeltExport.MentionColumns.Count);
        Assert.Equal(GdeltExport.MentionColumns.Count, mention.Length);
        Assert.Equal(Field("GLOBALEVENTID"), mention[0]);
        Assert.Equal(("Example News", "https://example.org/a1", "1"), (mention[4], mention[5], mention[6]));
        Assert.Equal(("0", "30", "5"), (mention[7], mention[8], mention[9]));
        Assert.Equal("", mention[GdeltExport.MentionColumns.ToList().IndexOf("MentionDocTone")]);
    }

    [Theory]
    // Type, FullName, CountryCode (FIPS, not ISO), ADM1Code, Lat, Long, FeatureID, as GDELT writes them.
    [InlineData("Iran", "1", "Iran", "IR", "IR", 32.6, 54.3, "IR")]
    [InlineData("Iranian", "1", "Iran", "IR", "IR", 32.6, 54.3, "IR")]
    [InlineData("California", "2", "California, United States", "US", "USCA", 36.3, -119.9, "CA")]
    [InlineData("San Diego", "3", "San Diego, California, United States", "US", "USCA", 32.7, -117.2, "")]
    [InlineData("Tehran", "4", "Tehran, Iran", "IR", "IR26", 35.7, 51.4, "")]
    [InlineData("Houston", "3", "Houston, Texas, United States", "US", "USTX", 29.8, -95.4, "")]
    [InlineData("Sindh", "5", "Sindh, Pakistan", "PK", "PK05", 26.4, 68.6, "PK05")]
    public void A_known_place_fills_the_action_geo_columns_from_the_gazetteer(string place, string type, string fullName, string country, string adm1, double lat, double lon, string feature)
    {
        var (sample, articles) = Sample();

        var row = Assert.Single(GdeltExport.ReadRows(GdeltExport.Write(_folder, [sample with { Location = place }], articles, Corroborate.Extraction.Gazetteer.Default).Events));

        string Field(string name) => row[GdeltExport.EventColumns.ToList().IndexOf(name)];
        Assert.Equal(GdeltExport.EventColumns.Count, row.Length);
        Assert.Equal((type, fullName, country, adm1, "", feature),
            (Field("ActionGeo_Type"), Field("ActionGeo_FullName"), Field("ActionGeo_CountryCode"), Field("ActionGeo_ADM1Code"), Field("ActionGeo_ADM2Code"), Field("ActionGeo_FeatureID")));
        Assert.Equal(lat, double.Parse(Field("ActionGeo_Lat"), CultureInfo.InvariantCulture), 0.1);
        Assert.Equal(lon, double.Parse(Field("ActionGeo_Long"), CultureInfo.InvariantCulture), 0.1);
        // Actor places are not extracted: their geo columns stay empty rather than borrowing the action's.
        Assert.Equal(("0", "", ""), (Field("Actor1Geo_Type"), Field("Actor1Geo_FullName"), Field("Actor2Geo_Lat")));
    }

    [Theory]
    [InlineData("Middle East")]
    [InlineData("Atlantis Minor")]
    public void A_region_or_an_unknown_place_keeps_its_name_and_leaves_the_rest_empty(string place)
    {
        Assert.Equal(["", place, "", "", "", "", "", ""], GdeltExport.Geo(place, Corroborate.Extraction.Gazetteer.Default));
    }

    [SharedDataFact("data/gdelt-samples/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")]
    public void A_row_with_a_located_event_has_as_many_fields_as_the_gdelt_header_has_columns()
    {
        var header = File.ReadLines(SharedData.Find("data/gdelt-samples/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")!)
            .Select(l => l.Split(',')).Count(f => f.Length > 2 && f[1] is "INTEGER" or "STRING" or "FLOAT" or "NUMERIC");
        var (sample, articles) = Sample();

        var row = Assert.Single(GdeltExport.ReadRows(GdeltExport.Write(_folder, [sample with { Location = "Washington, D.C." }], articles, Corroborate.Extraction.Gazetteer.Default).Events));

        Assert.Equal(header, row.Length);
        Assert.Equal("38.8951", row[GdeltExport.EventColumns.ToList().IndexOf("ActionGeo_Lat")]);
    }

    [SharedDataFact("data/gdelt-samples/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")]
    public void Column_order_matches_the_gdelt_codebooks()
    {
        var events = File.ReadLines(SharedData.Find("data/gdelt-samples/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")!)
            .Select(l => l.Split(',')).Where(f => f.Length > 2 && f[1] is "INTEGER" or "STRING" or "FLOAT" or "NUMERIC").Select(f => f[0]).ToList();
        Assert.Equal(events, GdeltExport.EventColumns);
        var mentions = File.ReadLines(SharedData.Find("data/gdelt-samples/GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv")!)
            .Skip(1).Select(l => l.Split('\t')[1]).ToList();
        Assert.Equal(mentions, GdeltExport.MentionColumns);
    }
}
