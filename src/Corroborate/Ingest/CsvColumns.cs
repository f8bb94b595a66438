using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroborate.Ingest;

/// <summary>
/// Which column of a CSV header holds which article field, matched by name under <see cref="ArticleFieldNames"/> with
/// case, spaces, underscores, hyphens and dots ignored ("Article Body", "article_body" and "articleBody" are one
/// name). Within a field the earlier name of the list wins, then the leftmost column. Without an "id" column, a column
/// named "… ID" ("Body ID", "article_id", "docId") is the article's id. -1 marks a field no column holds.
/// </summary>
internal sealed partial class CsvColumns
{
    private CsvColumns(IReadOnlyList<string> headers)
    {
        Text = Find(headers, ArticleFieldNames.Text);
        Title = Find(headers, ArticleFieldNames.Title);
        Url = Find(headers, ArticleFieldNames.Url);
        Date = Find(headers, ArticleFieldNames.Date);
        Outlet = Find(headers, ArticleFieldNames.Outlet);
        Author = Find(headers, ArticleFieldNames.Author);
        Language = Find(headers, ArticleFieldNames.Language);
        Source = Find(headers, [ArticleFieldNames.Source]);
        Id = Find(headers, ArticleFieldNames.Id);
        if (Id < 0)
        {
            Id = headers.Select((name, index) => (name, index)).FirstOrDefault(h => h.index != Text && NamedId().IsMatch(h.name), (name: "", index: -1)).index;
        }
    }

    /// <summary>Names the text column may have, for messages.</summary>
    public static string TextNames { get; } = string.Join(", ", ArticleFieldNames.Text);

    public int Text { get; }

    public int Title { get; }

    public int Url { get; }

    public int Date { get; }

    public int Outlet { get; }

    public int Author { get; }

    public int Language { get; }

    /// <summary>A "source" column: the URL when its value is one, else the outlet.</summary>
    public int Source { get; }

    public int Id { get; }

    /// <summary>Whether a column besides the text names an article field (for sniffing a file by its content).</summary>
    public bool HasFieldBesidesText => new[] { Title, Url, Date, Outlet, Author, Language, Source, Id }.Any(index => index >= 0);

    /// <summary>The columns of <paramref name="headers"/>, or null when none holds the article's text.</summary>
    public static CsvColumns? Map(IReadOnlyList<string> headers)
    {
        var columns = new CsvColumns(headers);
        return columns.Text < 0 ? null : columns;
    }

    /// <summary>A header name as it is matched: lower case, without spaces, underscores, hyphens, dots or a byte-order mark.</summary>
    public static string Normalize(string name) =>
        string.Concat(name.Where(c => c is not (' ' or '_' or '-' or '.' or '\t' or '\uFEFF'))).ToLowerInvariant();

    /// <summary>
    /// A date as CSV files write it: any form <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>
    /// reads (UTC unless an offset is given), GDELT's compact <c>yyyyMMdd</c> and <c>yyyyMMddHHmmss</c>, or Unix time in
    /// seconds or, from 12 digits, milliseconds. Null for anything else.
    /// </summary>
    public static DateTimeOffset? ParseDate(string text)
    {
        text = text.Trim();
        if (text.Length is 8 or 14 && text.All(char.IsAsciiDigit)
            && DateTimeOffset.TryParseExact(text, text.Length == 8 ? "yyyyMMdd" : "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var compact))
        {
            return compact;
        }

        if (text.Length is >= 9 and <= 13 && text.All(char.IsAsciiDigit) && long.TryParse(text, CultureInfo.InvariantCulture, out var epoch))
        {
            var seconds = text.Length >= 12 ? epoch / 1000 : epoch;
            return seconds <= 253_402_300_799 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
    }

    private static int Find(IReadOnlyList<string> headers, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            var wanted = Normalize(name);
            for (var i = 0; i < headers.Count; i++)
            {
                if (Normalize(headers[i]) == wanted)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>"Body ID", "article_id", "doc-id", "storyId": a last word "id".</summary>
    [GeneratedRegex(@"(?:^|[\s_\-.])[Ii][Dd]$|[a-z]I[Dd]$")]
    private static partial Regex NamedId();
}
