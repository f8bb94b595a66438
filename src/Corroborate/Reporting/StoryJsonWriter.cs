using System.Globalization;
using System.Text.Json;
using Corroborate.Extraction;

namespace Corroborate.Reporting;

/// <summary>Writes one story of the JSON contract: identity, members, entities and quotes.</summary>
public static class StoryJsonWriter
{
    /// <param name="view">
    /// Written last as <c>"view"</c> when given: the API's and the store's story document carry what the briefing shows
    /// (<see cref="BriefingView"/>); the analysis envelope does not.
    /// </param>
    public static void Write(Utf8JsonWriter json, StoryReport story, BriefingView? view = null)
    {
        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("title", story.Title);
        JsonParts.WriteStrings(json, "articles", story.Articles);
        json.WriteStartArray("duplicates");
        foreach (var (id, original) in story.Duplicates)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("duplicateOf", original);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonParts.WriteStrings(json, "keywords", story.Keywords);
        JsonParts.WriteDate(json, "firstSeen", story.FirstSeen);
        JsonParts.WriteDate(json, "lastSeen", story.LastSeen);
        if (story.Extraction is { } extraction)
        {
            WriteEntities(json, extraction.Entities, story.EntityIds);
            WriteQuotes(json, extraction.Quotes);
            WriteTimeline(json, extraction.Timeline);
            WriteAmounts(json, extraction.Amounts);
        }

        if (story.Corroboration is { } corroboration)
        {
            CorroborationJsonWriter.WriteClaims(json, corroboration.Claims);
            json.WritePropertyName("briefing");
            CorroborationJsonWriter.WriteBriefing(json, corroboration);
            if (corroboration.SinceRebuild > 0)
            {
                // Only for a report grown from a rebuild (a whole report has none): how many articles were placed since.
                json.WriteStartObject("incremental");
                json.WriteNumber("sinceRebuild", corroboration.SinceRebuild);
                json.WriteEndObject();
            }
        }
        EventJsonWriter.WriteEvents(json, story.Events);
        if (!story.Errors.IsEmpty)
        {
            // Only when a stage failed for this story, so reports of healthy stories are unchanged.
            JsonParts.WriteErrors(json, "errors", story.Errors);
        }

        if (view is not null)
        {
            BriefingViewJson.Write(json, view);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// A stored story document written back as the contract's story object: every property but <c>"view"</c>, in
    /// order, values as stored (the same encoder writes them again, so the bytes match a fresh <see cref="Write"/>).
    /// </summary>
    public static void WriteStored(Utf8JsonWriter json, JsonElement document)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        foreach (var property in document.EnumerateObject())
        {
            if (property.NameEquals(BriefingViewJson.Property))
            {
                continue;
            }

            property.WriteTo(json);
        }

        json.WriteEndObject();
    }

    /// <summary>A story's document as the API serves it and the store keeps it: the contract's story object and its <c>"view"</c>, on one line.</summary>
    public static byte[] Document(StoryReport story) => ContractJson.ToBytes(json => Write(json, story, BriefingView.Of(story)));

    private static void WriteEntities(Utf8JsonWriter json, EntityResolution resolution, IReadOnlyDictionary<string, string> entityIds)
    {
        json.WriteStartArray("entities");
        foreach (var entity in resolution.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("entityId", entityIds.GetValueOrDefault(entity.Id, entity.Id));
            json.WriteString("name", entity.Name);
            json.WriteString("type", entity.Type.ToString().ToLowerInvariant());
            JsonParts.WriteStrings(json, "typeEvidence", entity.TypeEvidence);
            JsonParts.WriteStrings(json, "variants", entity.Variants);
            json.WriteNumber("mentions", entity.Mentions.Length);
            JsonParts.WriteStrings(json, "articles", entity.Articles);
            if (entity.Coordinates is { } point)
            {
                // Only on places the gazetteer locates, so other entities read as before.
                json.WriteStartObject("coordinates");
                json.WriteNumber("lat", point.Latitude);
                json.WriteNumber("lon", point.Longitude);
                json.WriteEndObject();
            }

            json.WriteStartObject("attributes");
            if (entity.CountryCode is { } country)
            {
                json.WriteString("country", country);
            }

            foreach (var group in entity.Attributes.Where(a => a.Name != EntityAttributeName.Country).GroupBy(a => a.Name))
            {
                json.WriteString(ContractNames.Of(group.Key), group.GroupBy(AttributeValue).OrderByDescending(g => g.Count()).First().Key);
            }

            json.WriteEndObject();
            json.WriteStartArray("attributeSpans");
            foreach (var attribute in entity.Attributes)
            {
                json.WriteStartObject();
                json.WriteString("name", ContractNames.Of(attribute.Name));
                json.WriteString("value", AttributeValue(attribute));
                json.WriteString("article", attribute.ArticleId);
                json.WriteNumber("start", attribute.Span.Start);
                json.WriteNumber("end", attribute.Span.End);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonParts.WriteSpans(json, "mentionSpans", entity.Mentions.Select(m => (m.ArticleId, m.Text, m.Span)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An attribute's value as the contract writes it: a role kind by its name, the others as the text states them.</summary>
    private static string AttributeValue(EntityAttribute attribute) => attribute.Kind is { } kind ? ContractNames.Of(kind) : attribute.Value;

    private static void WriteQuotes(Utf8JsonWriter json, IEnumerable<Quote> quotes)
    {
        json.WriteStartArray("quotes");
        foreach (var quote in quotes)
        {
            json.WriteStartObject();
            json.WriteString("id", quote.Id);
            json.WriteString("speaker", quote.Speaker);
            json.WriteString("speakerName", quote.SpeakerName);
            json.WriteString("text", quote.Text);
            json.WriteBoolean("verbatim", quote.Verbatim);
            json.WriteStartArray("mentions");
            foreach (var mention in quote.Mentions)
            {
                json.WriteStartObject();
                JsonParts.WriteSpanFields(json, mention.ArticleId, mention.Text, mention.Span);
                json.WriteNumber("similarity", mention.Similarity);
                json.WriteString("speakerCue", mention.SpeakerCue);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTimeline(Utf8JsonWriter json, IEnumerable<TimelineEntry> timeline)
    {
        json.WriteStartArray("timeline");
        foreach (var entry in timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("granularity", ContractNames.Of(entry.Granularity));
            json.WriteString("description", entry.Description);
            JsonParts.WriteStrings(json, "articles", entry.Articles);
            JsonParts.WriteSpans(json, "mentions", entry.Mentions.Select(m => (m.ArticleId, m.Text, m.Span)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAmounts(Utf8JsonWriter json, IEnumerable<(string ArticleId, Amount Amount)> amounts)
    {
        json.WriteStartArray("amounts");
        foreach (var (article, amount) in amounts)
        {
            json.WriteStartObject();
            json.WriteNumber("value", amount.Value);
            json.WriteString("unit", amount.Unit);
            JsonParts.WriteSpanFields(json, article, amount.Text, amount.Span);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
