using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// Parses the date formats feeds actually carry: RFC 822/1123 (with or without day name, two-digit years,
/// named US and military zones, missing seconds), ISO 8601 / W3CDTF including partial dates
/// ("2003", "2003-12", "20031231T101455Z"), and asctime. Dates without a zone are taken as UTC.
/// Returns null for text it cannot read rather than guessing.
/// </summary>
internal static partial class FeedDateParser
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        return ParseIso(value) ?? ParseRfc822(value) ?? ParseAsctime(value);
    }

    private static DateTimeOffset? ParseIso(string value)
    {
        var m = IsoPattern().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Value.Length == 2)
        {
            year += 2000;
        }

        var month = Number(m.Groups["mo"], 1);
        var day = Number(m.Groups["d"], 1);
        if (m.Groups["ord"].Success)
        {
            // Ordinal date (YYYY-DDD): W3CDTF allows it and feedparser's tests use it.
            var ordinal = int.Parse(m.Groups["ord"].Value, CultureInfo.InvariantCulture);
            if (ordinal is < 1 or > 366 || year is < 1 or > 9999 || ordinal > (DateTime.IsLeapYear(year) ? 366 : 365))
            {
                return null;
            }

            var date = new DateTime(year, 1, 1).AddDays(ordinal - 1);
            (month, day) = (date.Month, date.Day);
        }

        var hour = Number(m.Groups["h"], 0);
        var minute = Number(m.Groups["mi"], 0);
        var second = Number(m.Groups["s"], 0);
        var offset = TimeSpan.Zero;
        if (m.Groups["tz"].Success && m.Groups["tz"].Value is not ("Z" or "z" or ""))
        {
            offset = ParseNumericZone(m.Groups["tz"].Value) ?? TimeSpan.Zero;
        }

        return Build(year, month, day, hour, minute, second, offset);
    }

    private static DateTimeOffset? ParseRfc822(string value)
    {
        var parts = value.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        if (index < parts.Length && parts[index].Length >= 3 && char.IsLetter(parts[index][0]) && Month(parts[index]) is null)
        {
            index++; // day name, possibly misspelt or in full; never checked against the date
        }

        if (parts.Length - index < 3)
        {
            return null;
        }

        int day, month;
        if (int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out day) && Month(parts[index + 1]) is { } m1)
        {
            month = m1;
        }
        else if (Month(parts[index]) is { } m2 && int.TryParse(parts[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out day))
        {
            month = m2; // "Jan 01 2004": month first, seen in hand-written feeds
        }
        else
        {
            return null;
        }

        if (!int.TryParse(parts[index + 2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        // Only a two-digit year is a short form: Hugo writes Go's zero time as "Mon, 01 Jan 0001", which is year 1, not 2001.
        year = parts[index + 2].Length <= 2 ? year + (year < 70 ? 2000 : 1900) : year;
        int hour = 0, minute = 0, second = 0;
        var offset = TimeSpan.Zero;
        var rest = index + 3;
        if (rest < parts.Length && parts[rest].Contains(':'))
        {
            var clock = parts[rest].Split(':');
            if (!int.TryParse(clock[0], CultureInfo.InvariantCulture, out hour) || !int.TryParse(clock[1], CultureInfo.InvariantCulture, out minute)
                || (clock.Length > 2 && !int.TryParse(clock[2], CultureInfo.InvariantCulture, out second)))
            {
                return null;
            }

            rest++;
        }

        if (rest < parts.Length)
        {
            offset = ParseZone(parts[rest]) ?? TimeSpan.Zero;
        }

        return Build(year, month, day, hour, minute, second, offset);
    }

    private static DateTimeOffset? ParseAsctime(string value)
    {
        // "Sun Jan  4 16:29:06 2004" (C asctime, seen in old RSS 0.9x generators).
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 5 || Month(parts[1]) is not { } month || !parts[3].Contains(':'))
        {
            return null;
        }

        return ParseRfc822($"{parts[2]} {parts[1]} {parts[4]} {parts[3]} {(parts.Length > 5 ? parts[5] : "GMT")}") is { } d && month > 0 ? d : null;
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 24 || minute is < 0 or > 59 || second is < 0 or > 60)
        {
            return null;
        }

        // 24:00 and leap second 60 roll over instead of failing, as in feedparser.
        var extra = TimeSpan.FromHours(hour == 24 ? 24 : 0) + TimeSpan.FromSeconds(second == 60 ? 60 : 0);
        var local = new DateTime(year, month, day, hour == 24 ? 0 : hour, minute, second == 60 ? 0 : second, DateTimeKind.Unspecified);
        var utcTicks = local.Ticks - offset.Ticks + extra.Ticks;
        // At the calendar's ends an offset or a rolled-over 24:00 leaves DateTimeOffset's range: no date, not an exception.
        return utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks && Math.Abs(offset.TotalHours) <= 14
            ? new DateTimeOffset(utcTicks, TimeSpan.Zero)
            : null;
    }

    private static int Number(Group group, int fallback) =>
        group.Success && group.Value.Length > 0 ? int.Parse(group.Value, CultureInfo.InvariantCulture) : fallback;

    private static int? Month(string token)
    {
        if (token.Length < 3)
        {
            return null;
        }

        // The first three letters name the month ("Sept", "September", "SEP"); the table has every three-letter form.
        return Text.MonthNames.Numbers.TryGetValue(token[..3], out var month) ? month : null;
    }

    private static TimeSpan? ParseZone(string zone)
    {
        if (zone.Length > 0 && zone[0] is '+' or '-')
        {
            return ParseNumericZone(zone);
        }

        var name = zone.ToUpperInvariant();
        if (name.StartsWith("GMT", StringComparison.Ordinal) || name.StartsWith("UTC", StringComparison.Ordinal))
        {
            return name.Length > 3 ? ParseNumericZone(name[3..]) : TimeSpan.Zero;
        }

        return name switch
        {
            "UT" or "Z" => TimeSpan.Zero,
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            // RFC 822 military zones: A-I = -1..-9 hours, K-M = -10..-12, N-Y = +1..+12 (the RFC's signs, which
            // RFC 1123 notes are inverted in practice; we follow feedparser and treat them as unknown = UTC).
            { Length: 1 } => TimeSpan.Zero,
            _ => TimeSpan.Zero,
        };
    }

    private static TimeSpan? ParseNumericZone(string zone)
    {
        var sign = zone[0] == '-' ? -1 : 1;
        var digits = zone.TrimStart('+', '-').Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        var (hours, minutes) = digits.Length == 2 ? (n, 0) : (n / 100, n % 100);
        return hours > 14 || minutes > 59 ? null : sign * new TimeSpan(hours, minutes, 0);
    }

    [GeneratedRegex(@"^(?<y>\d{4}|\d{2}(?=-))(?:-?(?:(?<ord>\d{3})(?!\d)|(?<mo>\d{2})(?:-?(?<d>\d{2}))?))?(?:[Tt ](?<h>\d{2}):?(?<mi>\d{2})?(?::?(?<s>\d{2})(?:[.,]\d+)?)?)?\s*(?<tz>Z|z|[+-]\d{2}(?::?\d{2})?)?$")]
    private static partial Regex IsoPattern();
}
