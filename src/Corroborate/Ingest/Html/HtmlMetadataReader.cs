using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Reads title, outlet, author, canonical URL, language and publication date from a parsed page. Sources
/// are tried in order of trust: JSON-LD (written for search engines and usually right), Open Graph,
/// <c>&lt;time datetime&gt;</c>, generic <c>&lt;meta&gt;</c> names, and last a date in the URL.
/// </summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>Meta names that carry a publication date, most specific first.</summary>
    private static readonly string[] DateMetaNames =
        ["article:published_time", "og:published_time", "date", "pubdate", "publishdate", "publish-date", "publication_date",
         "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "datepublished"];

    /// <summary>Separators between a headline and the site name in <c>&lt;title&gt;</c>.</summary>
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];

    public static HtmlMetadata Read(IDocument document)
    {
        var meta = MetaValues(document);
        var jsonLd = JsonLdArticleReader.Read(document);
        var canonical = document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href")?.Trim();
        var url = NonEmpty(canonical) ?? NonEmpty(meta.GetValueOrDefault("og:url")) ?? jsonLd?.Url;

        var (published, from) = PublicationDate(document, meta, jsonLd, url);
        return new HtmlMetadata
        {
            Title = NonEmpty(meta.GetValueOrDefault("og:title")) ?? jsonLd?.Headline ?? TrimSiteSuffix(document.Title),
            Outlet = NonEmpty(meta.GetValueOrDefault("og:site_name")) ?? jsonLd?.Publisher,
            Author = jsonLd?.Author ?? NonEmpty(meta.GetValueOrDefault("author")) ?? NonEmpty(meta.GetValueOrDefault("article:author")),
            Url = url,
            Published = published,
            PublishedFrom = from,
            Language = PrimarySubtag(document.DocumentElement?.GetAttribute("lang")),
        };
    }

    private static (DateTimeOffset?, string?) PublicationDate(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd, string? url)
    {
        if (ParseDate(jsonLd?.DatePublished) is { } fromJson)
        {
            return (fromJson, "json-ld");
        }

        if (ParseDate(meta.GetValueOrDefault("article:published_time") ?? meta.GetValueOrDefault("og:published_time")) is { } fromOpenGraph)
        {
            return (fromOpenGraph, "open-graph");
        }

        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (ParseDate(time.GetAttribute("datetime")) is { } fromTime)
            {
                return (fromTime, "time-element");
            }
        }

        foreach (var name in DateMetaNames)
        {
            if (ParseDate(meta.GetValueOrDefault(name)) is { } fromMeta)
            {
                return (fromMeta, "meta");
            }
        }

        if (url is not null && UrlDate().Match(url) is { Success: true } match
            && DateTime.TryParseExact($"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}", "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (new DateTimeOffset(day, TimeSpan.Zero), "url");
        }

        return (null, null);
    }

    /// <summary>Meta values keyed by lower-case name, property or itemprop; the first occurrence wins.</summary>
    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(content))
            {
                values.TryAdd(key.Trim(), content.Trim());
            }
        }

        return values;
    }

    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>Drops a " | Site" style suffix: the part after the last separator when it is the shorter part.</summary>
    internal static string? TrimSiteSuffix(string? title)
    {
        title = NonEmpty(title);
        if (title is null)
        {
            return null;
        }

        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && title.Length - at - separator.Length < at)
            {
                return title[..at].Trim();
            }
        }

        return title;
    }

    private static string? PrimarySubtag(string? lang)
    {
        lang = NonEmpty(lang);
        if (lang is null)
        {
            return null;
        }

        var end = lang.IndexOfAny(['-', '_']);
        var primary = (end < 0 ? lang : lang[..end]).ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Dates in article URLs: /2024/03/15/, /2024-03-15-, /20240315/.</summary>
    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)[/-]?(?<m>[01]\d)[/-]?(?<d>[0-3]\d)(?:[/-]|$)")]
    private static partial Regex UrlDate();
}
