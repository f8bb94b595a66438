using System.Globalization;
using System.Text.Json;

namespace Corroborate.Ingest;

/// <summary>
/// The fields of one JSON Lines record under the names crawlers give them: ours (<c>id, url, title, text,
/// published, outlet, language</c>), news-please (<c>maintext, date_publish, source_domain, authors</c>),
/// trafilatura (<c>text/raw_text, date, hostname, sitename, source</c>), and the common <c>content, body,
/// pubDate, datePublished, link, headline</c> (<see cref="ArticleFieldNames"/>, shared with the CSV reader). The first
/// name holding a value wins, in the order listed.
/// </summary>
internal readonly struct JsonlFields(JsonElement root)
{
    public static string TextNames { get; } = string.Join(", ", ArticleFieldNames.Text);

    public string? Text => First(ArticleFieldNames.Text);

    public string? Title => First(ArticleFieldNames.Title);

    /// <summary>The page's URL; trafilatura keeps it in "source", which elsewhere can name an outlet.</summary>
    public string? Url => First(ArticleFieldNames.Url) ?? (String("source") is { } source && ArticleFieldNames.IsUrl(source) ? source : null);

    public string? Outlet => First(ArticleFieldNames.Outlet) ?? (String("source") is { } source && !ArticleFieldNames.IsUrl(source) ? source : null);

    public string? Author => First(ArticleFieldNames.Author);

    public string? Language => First(ArticleFieldNames.Language);

    public string? Id => First(ArticleFieldNames.Id);

    /// <summary>The publication date, or the reason the field holding one is not a date.</summary>
    public (DateTimeOffset? Date, string? Problem) Published
    {
        get
        {
            foreach (var name in ArticleFieldNames.Date)
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

    private string? First(IReadOnlyList<string> names)
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

}
