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
        Assert.Equal(("", "XANGOV"), (Field(builtIn, "Actor1CountryCode"), Field(builtIn, "Actor1Type1Code") + Field(builtIn, "Actor1Type2Code")));
        Assert.Equal(("XAN", "GOV"), (Field(withUsers, "Actor1CountryCode"), Field(withUsers, "Actor1Type1Code")));
        Assert.Equal(("4", "1"), (Field(builtIn, "ActionGeo_Type"), Field(withUsers, "ActionGeo_Type")));
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
        Assert.Equal(("Havana", "4"), (Field("ActionGeo_FullName"), Field("ActionGeo_Type")));
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
