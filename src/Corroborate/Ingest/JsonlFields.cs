using System.Globalization;
using System.Text.Json;

namespace Corroborate.Ingest;

/// <summary>
/// The fields of one JSON Lines record under the names crawlers give them: ours (<c>id, url, title, text,
/// published, outlet, language</c>), news-please (<c>maintext, date_publish, source_domain, authors</c>),
/// trafilatura (<c>text/raw_text, date, hostname, sitename, source</c>), and the common <c>content, body,
/// pubDate, datePublished, link, headline</c>. The first name holding a value wins, in the order listed.
/// </summary>
internal readonly struct JsonlFields(JsonElement root)
{
    private static readonly string[] TextFields = ["text", "maintext", "content", "body", "raw_text", "articleBody", "article_body", "full_text", "article"];
    private static readonly string[] TitleFields = ["title", "headline", "title_page", "title_rss"];
    private static readonly string[] UrlFields = ["url", "link", "canonical_url", "source_url"];
    private static readonly string[] DateFields = ["published", "date_publish", "datePublished", "pubDate", "pub_date", "published_at", "publishedAt", "publish_date", "date"];
    private static readonly string[] OutletFields = ["outlet", "source_domain", "sitename", "site_name", "hostname", "source-hostname", "publisher"];
    private static readonly string[] AuthorFields = ["author", "authors", "byline"];
    private static readonly string[] LanguageFields = ["language", "lang"];
    private static readonly string[] IdFields = ["id", "_id", "uuid"];

    public static string TextNames { get; } = string.Join(", ", TextFields);

    public string? Text => First(TextFields);

    public string? Title => First(TitleFields);

    /// <summary>The page's URL; trafilatura keeps it in "source", which elsewhere can name an outlet.</summary>
    public string? Url => First(UrlFields) ?? (String("source") is { } source && IsUrl(source) ? source : null);

    public string? Outlet => First(OutletFields) ?? (String("source") is { } source && !IsUrl(source) ? source : null);

    public string? Author => First(AuthorFields);

    public string? Language => First(LanguageFields);

    public string? Id => First(IdFields);

    /// <summary>The publication date, or the reason the field holding one is not a date.</summary>
    public (DateTimeOffset? Date, string? Problem) Published
    {
        get
        {
            foreach (var name in DateFields)
            {
                if (!root.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.Null)
                {
                    continue;
                }

                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var epoch))
                {
                    // Unix time in seconds, or milliseconds as JavaScript writes it.
                    var seconds = Math.Abs(epoch) >= 100_000_000_000 ? epoch / 1000 : epoch;
                    return seconds is >= -62_135_596_800 and <= 253_402_300_799 ? (DateTimeOffset.FromUnixTimeSeconds(seconds), null) : (null, $"\"{name}\" is not a date: {epoch}");
                }

                if (value.ValueKind != JsonValueKind.String || value.GetString() is not { } text || string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? (parsed, null)
                    : (null, $"\"{name}\" is not a date: {InputText.Quote(text)}");
            }

            return (null, null);
        }
    }

    private string? First(string[] names)
    {
        foreach (var name in names)
        {
            if (Value(name) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A string or number field; a list of strings (news-please's "authors") is joined.</summary>
    private string? Value(string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())
                .Where(v => !string.IsNullOrWhiteSpace(v))),
            _ => null,
        };
    }

    private string? String(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsUrl(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
