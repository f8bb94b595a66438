using System.Globalization;
using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>
/// Writes the machine contract: <c>{ "articles": [...], "stories": [...], "errors": [...] }</c>. Field
/// names are stable; later stages add fields, never rename them. Written field by field (not by
/// reflection) so a renamed C# property cannot silently change the contract.
/// </summary>
public static class JsonReportWriter
{
    public static void Write(Stream output, AnalysisReport report)
    {
        using var json = Open(output);
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var article in report.Articles)
        {
            WriteArticle(json, article);
        }

        json.WriteEndArray();
        json.WriteStartArray("stories");
        foreach (var story in report.Stories)
        {
            StoryJsonWriter.Write(json, story);
        }

        json.WriteEndArray();
        WriteEnd(json, report.Errors.AddRange(report.Stories.SelectMany(s => s.Errors)), report.Copies);
    }

    /// <summary>A writer with the contract's settings, for a report written piece by piece (streamed story by story).</summary>
    public static Utf8JsonWriter Open(Stream output) => ContractJson.Open(output);

    /// <summary>
    /// Closes a report: <c>"copies"</c> (inputs that held an article already read, <c>{ "source", "duplicateOf" }</c>),
    /// <c>"errors"</c>, and the outer object. The caller has written <c>"articles"</c> and <c>"stories"</c>.
    /// </summary>
    public static void WriteEnd(Utf8JsonWriter json, IEnumerable<InputError> errors, IEnumerable<Pipeline.ArticleCopy> copies)
    {
        json.WriteStartArray("copies");
        foreach (var copy in copies)
        {
            json.WriteStartObject();
            json.WriteString("source", copy.Source);
            json.WriteString("duplicateOf", copy.ArticleId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonParts.WriteErrors(json, "errors", errors);
        json.WriteEndObject();
    }

    /// <param name="more">Fields a shape adds after the contract's own (the API adds the article's <c>"story"</c>).</param>
    public static void WriteArticle(Utf8JsonWriter json, Article article, Action<Utf8JsonWriter>? more = null)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("source", article.Source);
        json.WriteString("externalId", article.ExternalId);
        json.WriteString("url", article.Url);
        json.WriteString("title", article.Title);
        json.WriteString("outlet", article.Outlet);
        json.WriteString("author", article.Author);
        JsonParts.WriteDate(json, "published", article.Published);
        json.WriteString("publishedFrom", article.PublishedFrom);
        json.WriteString("language", article.Language);
        json.WriteString("text", article.Body);
        json.WriteString("contentHash", article.ContentHash);
        json.WriteStartArray("segments");
        foreach (var segment in article.Segments)
        {
            json.WriteStartObject();
            json.WriteString("kind", SegmentKindName(segment.Kind));
            json.WriteString("text", segment.Span.Of(article.CleanText));
            json.WriteString("language", segment.Language);
            json.WriteString("author", segment.Author);
            json.WriteString("handle", segment.Handle);
            JsonParts.WriteDate(json, "date", segment.Date);
            json.WriteNumber("start", segment.Span.Start);
            json.WriteNumber("end", segment.Span.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sentences");
        foreach (var sentence in article.Sentences)
        {
            json.WriteStartArray();
            json.WriteNumberValue(sentence.Start);
            json.WriteNumberValue(sentence.End);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("removed");
        foreach (var removal in article.Removed)
        {
            json.WriteStartObject();
            json.WriteString("text", removal.Text);
            json.WriteString("reason", removal.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        more?.Invoke(json);
        json.WriteEndObject();
    }

    public static string SegmentKindName(SegmentKind kind) => kind switch
    {
        SegmentKind.Body => "body",
        SegmentKind.Heading => "heading",
        SegmentKind.EmbeddedPost => "embedded-post",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
