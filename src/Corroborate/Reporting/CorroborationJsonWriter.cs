using System.Text.Json;
using Corroborate.Corroboration;

namespace Corroborate.Reporting;

/// <summary>
/// Writes a story's <c>"claims"</c> and <c>"briefing"</c> as the JSON contract gives them, with every
/// claim, conflict value and summary sentence traceable to article spans.
/// </summary>
internal static class CorroborationJsonWriter
{
    public static void WriteClaims(Utf8JsonWriter json, IEnumerable<Claim> claims)
    {
        json.WriteStartArray("claims");
        foreach (var claim in claims)
        {
            json.WriteStartObject();
            json.WriteString("id", claim.Id);
            json.WriteString("text", claim.Text);
            JsonParts.WriteStrings(json, "articles", claim.Articles);
            json.WriteNumber("outlets", claim.Outlets.Length);
            JsonParts.WriteStrings(json, "outletNames", claim.Outlets);
            json.WriteNumber("independentSources", claim.IndependentSources);
            JsonParts.WriteSpans(json, "mentions", claim.Mentions.Select(m => (m.ArticleId, m.Text, m.Span)));
            json.WriteStartObject("stance");
            JsonParts.WriteStrings(json, "support", claim.Articles);
            if (claim.Stance is { } stance)
            {
                JsonParts.WriteStrings(json, "agree", stance.Agree);
                JsonParts.WriteStrings(json, "disagree", stance.Disagree);
                JsonParts.WriteStrings(json, "discuss", stance.Discuss);
            }

            json.WriteEndObject();
            json.WriteStartArray("conflicts");
            foreach (var conflict in claim.Conflicts)
            {
                json.WriteStartObject();
                json.WriteString("field", ContractNames.Of(conflict.Field));
                json.WriteString("description", conflict.Description);
                json.WriteString("kind", ContractNames.Of(conflict.Kind));
                json.WriteString("counted", conflict.Counted);
                json.WriteString("unit", conflict.Unit);
                json.WriteStartArray("values");
                foreach (var value in conflict.Values)
                {
                    json.WriteStartObject();
                    json.WriteString("value", value.Value);
                    JsonParts.WriteStrings(json, "articles", value.Articles);
                    JsonParts.WriteDate(json, "published", value.Published);
                    JsonParts.WriteSpans(json, "spans", value.Sources.Select(s => (ArticleOf(claim, s), s.Text, s.Span)));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The briefing object (its property name written by the caller).</summary>
    public static void WriteBriefing(Utf8JsonWriter json, StoryCorroboration corroboration)
    {
        var briefing = corroboration.Briefing;
        json.WriteStartObject();
        json.WriteString("headline", briefing.Headline);
        json.WriteString("headlineArticle", briefing.HeadlineArticle);
        json.WriteStartArray("summary");
        foreach (var sentence in briefing.Summary)
        {
            json.WriteStartObject();
            json.WriteString("sentence", sentence.Sentence);
            json.WriteString("article", sentence.Article);
            json.WriteNumber("start", sentence.Span.Start);
            json.WriteNumber("end", sentence.Span.End);
            json.WriteString("claim", sentence.ClaimId);
            json.WriteString("speaker", sentence.Speaker);
            JsonParts.WriteStrings(json, "citations", sentence.Citations);
            JsonParts.WriteSpans(json, "sources", sentence.Sources.Select(m => (m.ArticleId, m.Text, m.Span)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonParts.WriteStrings(json, "keyFacts", briefing.KeyFacts);
        json.WriteStartArray("onlyReportedBy");
        foreach (var outlet in briefing.Outlets.Where(o => o.OnlyHere.Length > 0))
        {
            json.WriteStartObject();
            json.WriteString("outlet", outlet.Outlet);
            JsonParts.WriteStrings(json, "articles", outlet.Articles);
            JsonParts.WriteStrings(json, "claims", outlet.OnlyHere);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("leftOut");
        foreach (var outlet in briefing.Outlets.Where(o => o.LeavesOut.Length > 0))
        {
            json.WriteStartObject();
            json.WriteString("outlet", outlet.Outlet);
            JsonParts.WriteStrings(json, "claims", outlet.LeavesOut);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string ArticleOf(Claim claim, ClaimValue value) =>
        value.ArticleId ?? claim.Mentions.First(m => m.Values.Contains(value)).ArticleId;
}
