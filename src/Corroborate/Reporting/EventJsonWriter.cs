using System.Globalization;
using System.Text.Json;
using Corroborate.Events;

namespace Corroborate.Reporting;

/// <summary>Writes a story's <c>"events"</c>: CAMEO code, actors, date, place, GDELT-style counts and the mentions.</summary>
internal static class EventJsonWriter
{
    public static void WriteEvents(Utf8JsonWriter json, IEnumerable<StoryEvent> events)
    {
        json.WriteStartArray("events");
        foreach (var e in events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("code", e.Code.Code);
            json.WriteString("label", e.Code.Label);
            json.WriteString("rootCode", e.Code.RootCode);
            json.WriteNumber("quadClass", e.Code.QuadClass);
            json.WriteNumber("goldstein", e.Code.Goldstein);
            WriteActor(json, "source", e.Source);
            WriteActor(json, "target", e.Target);
            if (e.Date is { } date)
            {
                json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("date");
            }

            json.WriteString("location", e.Location);
            json.WriteNumber("numMentions", e.NumMentions);
            json.WriteNumber("numSources", e.NumSources);
            json.WriteNumber("numArticles", e.NumArticles);
            JsonParts.WriteStrings(json, "articles", e.Articles);
            json.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                json.WriteStartObject();
                JsonParts.WriteSpanFields(json, m.ArticleId, m.Text, m.SentenceSpan);
                json.WriteNumber("sentence", m.Sentence);
                json.WriteString("code", m.Code);
                WriteSpan(json, "sourceSpan", m.Source);
                WriteSpan(json, "targetSpan", m.Target);
                WriteSpan(json, "actionSpan", m.Action);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter json, string name, StoryEventActor actor)
    {
        json.WriteStartObject(name);
        json.WriteString("name", actor.Name);
        json.WriteString("code", actor.Code);
        json.WriteString("entity", actor.Entity);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, Corroborate.Model.TextSpan span)
    {
        json.WriteStartArray(name);
        json.WriteNumberValue(span.Start);
        json.WriteNumberValue(span.End);
        json.WriteEndArray();
    }
}
