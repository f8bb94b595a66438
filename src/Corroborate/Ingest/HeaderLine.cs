using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Text;

namespace Corroborate.Ingest;

/// <summary>
/// One metadata line at the head of a plain-text article, as web pages saved as text and crawlers write
/// them: "Published 02 December 2009", "Updated: March 4, 2021 10:22 AM ET", "Posted on 3 March 2021 by
/// Ana Ruiz", "By Ana Ruiz | March 3, 2021", "By Ana Ruiz, Staff Writer", "2021-03-03T08:15:00Z", and lines
/// joining several of them with "|" or "·". Every part of the line must be one of these, so a sentence
/// that starts "By Monday, the council…" is never taken.
/// </summary>
internal sealed partial record HeaderLine(DateTimeOffset? Published, DateTimeOffset? Updated, string? Author)
{
    private static FrozenDictionary<string, int> Months => MonthNames.Numbers;

    /// <summary>Header lines are short; a longer line is text.</summary>
    private const int MaxLength = 160;

    /// <summary>The line read as header metadata, or null when any part of it is not metadata.</summary>
    public static HeaderLine? TryRead(string line)
    {
        line = line.Trim();
        if (line.Length is 0 or > MaxLength)
        {
            return null;
        }

        DateTimeOffset? published = null, updated = null;
        string? author = null;
        foreach (var rawPart in Separator().Split(line))
        {
            var part = rawPart.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (ReadingTime().IsMatch(part))
            {
                continue;
            }

            if (Byline().Match(part) is { Success: true } byline)
            {
                author ??= byline.Groups["author"].Value.Trim();
                if (!byline.Groups["rest"].Success)
                {
                    continue;
                }

                part = byline.Groups["rest"].Value.Trim();
            }

            if (Labelled().Match(part) is not { Success: true } labelled || ParseDate(labelled) is not { } date)
            {
                return null;
            }

            var label = labelled.Groups["label"].Value.ToLowerInvariant();
            if (label.Contains("updated", StringComparison.Ordinal) || label.Contains("modified", StringComparison.Ordinal))
            {
                updated ??= date;
            }
            else
            {
                published ??= date;
            }

            if (labelled.Groups["by"].Success)
            {
                author ??= labelled.Groups["by"].Value.Trim();
            }
        }

        // A line of furniture alone ("4 min read") is not metadata either: something it carries must be kept.
        return published is null && updated is null && author is null ? null : new HeaderLine(published, updated, author);
    }

    private static DateTimeOffset? ParseDate(Match m)
    {
        int year, month, day;
        if (m.Groups["y1"].Success)
        {
            (year, day) = (Int(m.Groups["y1"]), Int(m.Groups["d1"]));
            month = Months.GetValueOrDefault(m.Groups["m1"].Value);
        }
        else if (m.Groups["y2"].Success)
        {
            (year, day) = (Int(m.Groups["y2"]), Int(m.Groups["d2"]));
            month = Months.GetValueOrDefault(m.Groups["m2"].Value);
        }
        else if (m.Groups["y3"].Success)
        {
            (year, month, day) = (Int(m.Groups["y3"]), Int(m.Groups["mo3"]), Int(m.Groups["d3"]));
            if (m.Groups["clock"].Success && DateTimeOffset.TryParse(m.Groups["iso"].Value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var instant))
            {
                return instant;
            }
        }
        else
        {
            // 05/06/2021 is May 6 in one country and 5 June in another: only a part above 12 (or equal parts) settles it.
            var (a, b) = (Int(m.Groups["a4"]), Int(m.Groups["b4"]));
            year = Int(m.Groups["y4"]);
            (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : a == b ? (a, a) : (0, 0);
        }

        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero)
            : null;
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>"4 min read", "5-minute read": page furniture beside the date.</summary>
    [GeneratedRegex(@"^\d{1,3}(?:\s|-)?min(?:ute)?s?\s+read$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"\s+[|·•]\s+|\s+[—–]\s+(?=(?i:updated|published|posted|by)\b)")]
    private static partial Regex Separator();

    /// <summary>"By Ana Ruiz", "By Ana Ruiz and Tom Berg, Staff Writers", "By ANA RUIZ, March 3, 2021".</summary>
    [GeneratedRegex(@"^(?i:by)\s+(?<author>\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|da|del|van|von|der|al|bin|and|&)){0,5})(?:,\s*(?<role>(?:\p{Lu}[\p{L}.\-]*\s?){1,4}))?(?:\s*(?:,|-|–|—|\bon\b)\s*(?<rest>.+))?$")]
    private static partial Regex Byline();

    /// <summary>An optional label, a date in any common layout, an optional time and zone, an optional "by Name".</summary>
    [GeneratedRegex("""
        ^(?:(?<label>(?i:(?:first\s+|last\s+|originally\s+)?(?:published|posted|updated|modified|date|dated|uploaded|created))(?:\s+(?i:on|at))?)\s*[:\-–—]?\s*)?
        (?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
        (?:
            (?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>\p{L}{3,9})\.?,?\s+(?<y1>\d{4})
          | (?<m2>\p{L}{3,9})\.?\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y2>\d{4})
          | (?<iso>(?<y3>\d{4})-(?<mo3>\d{2})-(?<d3>\d{2})(?:[T\s](?<clock>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}:?\d{2})?)?)
          | (?<a4>\d{1,2})[/.](?<b4>\d{1,2})[/.](?<y4>\d{4})
        )
        (?:\s*(?:,|at|-|–)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?
        (?:\s+(?i:by)\s+(?<by>\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,4}))?
        \s*\.?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Labelled();
}
