using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Ingest;

/// <summary>
/// Sniffs metadata from the head of a plain-text article and takes the header lines out of the text:
/// a leading Unix timestamp with a (possibly truncated) headline, a <c>date YYYY-MM-DD</c> header,
/// date and byline lines as pages saved as text carry them (<see cref="HeaderLine"/>: "Published 02
/// December 2009", "Updated: …", "Posted on …", "By X | March 3, 2021", ISO dates), datelines such as
/// <c>Havana, 16 June 2023 (TDI):</c> or <c>TEHRAN -</c>, and a headline line.
/// Each removal is recorded with its reason; <see cref="SourceDocument.PublishedFrom"/> says which clue dated it.
/// </summary>
internal static partial class PlainTextHeaderReader
{
    /// <summary>A headline is one short line: at most this many words.</summary>
    private const int MaxHeadlineWords = 25;

    /// <summary>Unix seconds between 2000-01-01 and 2100-01-01; a bare number outside that is text, not a timestamp.</summary>
    private const long MinTimestamp = 946_684_800, MaxTimestamp = 4_102_444_800;

    public static SourceDocument Read(string text, string source)
    {
        var body = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF', ' ', '\t', '\n');
        var removed = ImmutableArray.CreateBuilder<Removal>();
        string? title = null, publishedFrom = null, outlet = null, author = null;
        DateTimeOffset? published = null, updated = null;

        if (TimestampHeader().Match(body) is { Success: true } stamp && long.TryParse(stamp.Groups["seconds"].ValueSpan, out var seconds)
            && seconds is >= MinTimestamp and < MaxTimestamp)
        {
            published = DateTimeOffset.FromUnixTimeSeconds(seconds);
            publishedFrom = "timestamp";
            removed.Add(new Removal(stamp.Value.TrimEnd(), RemovalReasons.Header));
            var truncatedHeadline = stamp.Groups["headline"].Value.Trim();
            body = body[stamp.Length..].TrimStart();
            var next = FirstParagraph(body);
            // The header line often carries a headline cut at a fixed width; the full one follows it.
            if (truncatedHeadline.Length > 0 && next.StartsWith(truncatedHeadline, StringComparison.Ordinal) && IsHeadlineShaped(next))
            {
                title = next;
                removed.Add(new Removal(next, RemovalReasons.Header));
                body = body[next.Length..].TrimStart();
            }
            else if (truncatedHeadline.Length > 0)
            {
                title = truncatedHeadline;
            }
        }

        if (DateHeader().Match(body) is { Success: true } dateHeader
            && DateTimeOffset.TryParseExact(dateHeader.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var headerDate))
        {
            published ??= headerDate;
            publishedFrom ??= "header";
            removed.Add(new Removal(dateHeader.Value.Trim(), RemovalReasons.Header));
            body = body[dateHeader.Length..];
        }

        // Date and byline lines may stand above the headline or below it; a date line is headline-shaped, so read them first.
        body = ReadHeaderLines(body, removed, ref published, ref updated, ref author);
        if (title is null && FirstParagraph(body) is { Length: > 0 } first && IsHeadlineShaped(first) && !EndsLikeSentence(first)
            && body.Length > first.Length)
        {
            title = first;
            removed.Add(new Removal(first, RemovalReasons.Header));
            body = body[first.Length..].TrimStart();
            body = ReadHeaderLines(body, removed, ref published, ref updated, ref author);
        }

        if (published is null && updated is not null)
        {
            // Only an "Updated" date: the article is no newer than that, the best date the page gives.
            published = updated;
        }

        if (published is not null)
        {
            publishedFrom ??= "header";
        }

        if (Dateline(body) is { } dateline)
        {
            published ??= dateline.Date;
            if (dateline.Date is not null)
            {
                publishedFrom ??= "dateline";
            }

            outlet = dateline.Credit;
            removed.Add(dateline.Removed);
            body = dateline.Body;
        }

        return new SourceDocument
        {
            Source = source,
            Text = body.Trim(),
            Title = title,
            Published = published,
            PublishedFrom = publishedFrom,
            Outlet = outlet,
            Author = author,
            Removed = removed.ToImmutable(),
        };
    }

    /// <summary>A dateline taken off the head of a text: the rest, what was removed, the credit in brackets and the date when it names a year.</summary>
    public sealed record DatelineRead(string Body, Removal Removed, string? Credit, DateTimeOffset? Date);

    /// <summary>
    /// The dateline at the head of <paramref name="body"/>, if any: "Havana, 16 June 2023 (TDI):", "TEHRAN -",
    /// "TOKYO, Jan 2 (MC) -" (a month and day with no year give the credit but no date: the year is not made up).
    /// </summary>
    public static DatelineRead? Dateline(string body)
    {
        if (DatedDateline().Match(body) is { Success: true } dated && TryParseDatelineDate(dated.Groups["date"].Value, out var datelineDate))
        {
            return new DatelineRead(body[dated.Length..], new Removal(dated.Value.Trim(), RemovalReasons.Dateline), Credit(dated), datelineDate);
        }

        if (MonthDayDateline().Match(body) is { Success: true } monthDay)
        {
            return new DatelineRead(body[monthDay.Length..], new Removal(monthDay.Value.Trim(), RemovalReasons.Dateline), Credit(monthDay), null);
        }

        if (CapitalDateline().Match(body) is { Success: true } capital)
        {
            return new DatelineRead(body[capital.Length..], new Removal(capital.Value.Trim(), RemovalReasons.Dateline), Credit(capital), null);
        }

        return null;
    }

    private static string? Credit(Match dateline) => dateline.Groups["credit"].Success ? dateline.Groups["credit"].Value.Trim() : null;

    /// <summary>Header lines at the head of <paramref name="body"/> are taken out, their dates and author kept; returns the rest.</summary>
    private static string ReadHeaderLines(string body, ImmutableArray<Removal>.Builder removed, ref DateTimeOffset? published, ref DateTimeOffset? updated, ref string? author)
    {
        const int maxLines = 6;
        for (var i = 0; i < maxLines; i++)
        {
            var line = FirstParagraph(body);
            if (line.Length == 0 || body.Length <= line.Length + 1 || HeaderLine.TryRead(line) is not { } header)
            {
                break;
            }

            published ??= header.Published;
            updated ??= header.Updated;
            author ??= header.Author;
            removed.Add(new Removal(line, RemovalReasons.Header));
            body = body[(body.IndexOf('\n') + 1)..].TrimStart();
        }

        return body;
    }

    private static string FirstParagraph(string text)
    {
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).Trim();
    }

    private static bool IsHeadlineShaped(string line) =>
        line.Length is > 0 and <= 200 && line.AsSpan().Count(' ') < MaxHeadlineWords && char.IsUpper(line[0]);

    private static bool EndsLikeSentence(string line)
    {
        var trimmed = line.TrimEnd('"', '”', '’', '\'', ')', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or ';' or ',';
    }

    private static bool TryParseDatelineDate(string value, out DateTimeOffset date)
    {
        string[] formats = ["d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM. d, yyyy", "yyyy-MM-dd"];
        return DateTimeOffset.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
    }

    [GeneratedRegex(@"\A(?<seconds>\d{9,10})[ \t]+(?<headline>[^\n]*)")]
    private static partial Regex TimestampHeader();

    [GeneratedRegex(@"\A[ \t]*date[ \t:]+(?<date>\d{4}-\d{2}-\d{2})\b[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();

    /// <summary><c>Havana, 16 June 2023 (TDI):</c> or <c>PARIS, June 3, 2024 (Reuters) —</c>.</summary>
    [GeneratedRegex(@"\A[ \t]*(?<place>\p{Lu}[\p{L}' .-]{1,40}?),[ \t]+(?<date>\d{1,2}[ \t]+\p{L}{3,9}\.?[ \t]+\d{4}|\p{L}{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{4}-\d{2}-\d{2})[ \t]*(?:\((?<credit>[^()\n]{1,40})\))?[ \t]*[:\-–—][ \t]*")]
    private static partial Regex DatedDateline();

    /// <summary><c>TEHRAN -</c>, <c>NEW YORK, June 3 (AP) —</c>: an upper-case place opening the first paragraph.</summary>
    [GeneratedRegex(@"\A[ \t]*(?<place>\p{Lu}[\p{L}' .-]{1,40}?),[ \t]+(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December)\.?[ \t]+\d{1,2}[ \t]*(?:\((?<credit>[^()\n]{1,40})\))?[ \t]*[:\-–—][ \t]+")]
    private static partial Regex MonthDayDateline();

    [GeneratedRegex(@"\A[ \t]*(?<place>\p{Lu}{2,}(?:[ \t]\p{Lu}{2,}){0,3})(?:,[ \t]+[\p{L} .]{2,30})?[ \t]*(?:\((?<credit>[^()\n]{1,40})\))?[ \t]+[-–—]{1,2}[ \t]+")]
    private static partial Regex CapitalDateline();
}
