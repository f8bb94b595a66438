using System.Globalization;
using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>Small pieces every JSON writer of the contract spells the same way: dates, string lists, spans.</summary>
internal static class JsonParts
{
    public static void WriteDate(Utf8JsonWriter json, string name, DateTimeOffset? date)
    {
        if (DateText(date) is { } text)
        {
            json.WriteString(name, text);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A time as the contract writes it (to the second, with its offset); null for none.</summary>
    public static string? DateText(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>Failed inputs as the contract writes them: <c>{ "source", "message" }</c>, plus <c>"story"</c> for a story's stage.</summary>
    public static void WriteErrors(Utf8JsonWriter json, string name, IEnumerable<InputError> errors)
    {
        json.WriteStartArray(name);
        foreach (var error in errors)
        {
            json.WriteStartObject();
            json.WriteString("source", error.Source);
            json.WriteString("message", error.Message);
            if (error.Story is { } story)
            {
                json.WriteString("story", story);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>The fields of a span in an article: <c>"article", "text", "start", "end"</c>, inside an open object.</summary>
    public static void WriteSpanFields(Utf8JsonWriter json, string articleId, string text, TextSpan span)
    {
        json.WriteString("article", articleId);
        json.WriteString("text", text);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
    }

    /// <summary>An array of span objects named <paramref name="name"/>.</summary>
    public static void WriteSpans(Utf8JsonWriter json, string name, IEnumerable<(string ArticleId, string Text, TextSpan Span)> spans)
    {
        json.WriteStartArray(name);
        foreach (var (articleId, text, span) in spans)
        {
            json.WriteStartObject();
            WriteSpanFields(json, articleId, text, span);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
