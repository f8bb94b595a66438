using System.Text.Json;
using AngleSharp.Dom;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Finds the first schema.org article object in a page's JSON-LD blocks, looking inside arrays and
/// <c>@graph</c>. Malformed blocks are common (trailing commas, HTML entities) and are skipped: they are
/// metadata hints, not the document.
/// </summary>
internal static class JsonLdArticleReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    };

    /// <summary>JSON-LD nests objects shallowly; deeper input is hostile and left unread.</summary>
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdArticle? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var text = script.TextContent;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(text, Options);
            }
            catch (JsonException)
            {
                // A broken block is the page's error; the other sources still give metadata.
                continue;
            }

            using (json)
            {
                if (Find(json.RootElement, 0) is { } article)
                {
                    return article;
                }
            }
        }

        return null;
    }

    private static JsonLdArticle? Find(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Find(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticle(element))
        {
            return new JsonLdArticle(
                Text(element, "headline") ?? Text(element, "name"),
                Text(element, "datePublished") ?? Text(element, "dateCreated"),
                Name(element, "author"),
                Name(element, "publisher"),
                Text(element, "url") ?? Name(element, "mainEntityOfPage"));
        }

        return element.TryGetProperty("@graph", out var graph) ? Find(graph, depth + 1) : null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return ArticleTypes.Contains(type.GetString()!);
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && ArticleTypes.Contains(item.GetString()!))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>A person or organisation given as a string, an object with "name" (or "@id"), or an array of them (joined).</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim();
            case JsonValueKind.Object:
                return Text(value, "name") ?? Text(value, "@id");
            case JsonValueKind.Array:
                var names = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    var name = item.ValueKind == JsonValueKind.String ? item.GetString()?.Trim()
                        : item.ValueKind == JsonValueKind.Object ? Text(item, "name") : null;
                    if (!string.IsNullOrWhiteSpace(name))
                    {
                        names.Add(name);
                    }
                }

                return names.Count == 0 ? null : string.Join(", ", names);
            default:
                return null;
        }
    }
}
