using System.Text.Json;
using Corroborate.Events;
using Corroborate.Model;
using Corroborate.Reporting;

namespace Corroborate.Tests.Events;

/// <summary>The "events" array of the story JSON contract.</summary>
public sealed class EventJsonWriterTests
{
    [Fact]
    public void Story_json_ends_with_events_carrying_codes_actors_counts_and_mentions()
    {
        var mention = new StoryEventMention("a1", 2, new TextSpan(100, 140), new TextSpan(100, 104), new TextSpan(130, 134), new TextSpan(105, 111), "057", "Iran signed an agreement with Cuba.");
        var e = new StoryEvent("V0123456789", CameoCodes.Describe("057")!, new StoryEventActor("Iran", "IRN", null), new StoryEventActor("Miguel Diaz-Canel", "CUBGOV", "E42"),
            new DateOnly(2023, 6, 15), "Havana", 1, 1, 1, ["a1"], [mention]);
        var report = new StoryReport("S1", "Title", ["a1"], [], [], null, null, null) { Events = [e] };

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            StoryJsonWriter.Write(json, report);
        }

        var root = JsonDocument.Parse(buffer.ToArray()).RootElement;
        Assert.Equal("events", root.EnumerateObject().Last().Name);
        var written = Assert.Single(root.GetProperty("events").EnumerateArray());
        Assert.Equal(["id", "code", "label", "rootCode", "quadClass", "goldstein", "source", "target", "date", "location", "numMentions", "numSources", "numArticles", "articles", "mentions"],
            written.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("057", "05", 1, 8.0), (written.GetProperty("code").GetString(), written.GetProperty("rootCode").GetString(), written.GetProperty("quadClass").GetInt32(), written.GetProperty("goldstein").GetDouble()));
        Assert.Equal(("CUBGOV", "E42"), (written.GetProperty("target").GetProperty("code").GetString(), written.GetProperty("target").GetProperty("entity").GetString()));
        Assert.Equal("2023-06-15", written.GetProperty("date").GetString());
        var m = Assert.Single(written.GetProperty("mentions").EnumerateArray());
        Assert.Equal(("a1", 2, 100, 140), (m.GetProperty("article").GetString(), m.GetProperty("sentence").GetInt32(), m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32()));
        Assert.Equal([105, 111], m.GetProperty("actionSpan").EnumerateArray().Select(x => x.GetInt32()));
    }
}
