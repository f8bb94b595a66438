using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Date arithmetic shared by the temporal rules. Weeks start on Monday (ISO 8601). A result that would
/// leave the calendar (years 1–9999) is null (unknown), never an exception, whatever the anchor or the
/// count a rule reads ("10,000 years ago"); anchors themselves are kept within <see cref="SaneDates"/>.
/// </summary>
internal static class CalendarMath
{
    /// <summary>The latest <paramref name="day"/> on or before <paramref name="anchor"/>.</summary>
    public static DateOnly? OnOrBefore(DateOnly anchor, DayOfWeek day) => AddDays(anchor, -(((int)anchor.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The earliest <paramref name="day"/> on or after <paramref name="anchor"/>.</summary>
    public static DateOnly? OnOrAfter(DateOnly anchor, DayOfWeek day) => AddDays(anchor, ((int)day - (int)anchor.DayOfWeek + 7) % 7);

    /// <summary>The <paramref name="day"/> at most three days before or after <paramref name="anchor"/>.</summary>
    public static DateOnly? NearestWeekday(DateOnly anchor, DayOfWeek day)
    {
        var ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        return AddDays(anchor, ahead <= 3 ? ahead : ahead - 7);
    }

    public static DateOnly? WeekStart(DateOnly date) => AddDays(date, -(((int)date.DayOfWeek + 6) % 7));

    public static DateOnly? MonthEnd(DateOnly first) => AddMonths(first, 1) is { } next ? AddDays(next, -1) : null;

    /// <summary><paramref name="date"/> moved by <paramref name="days"/>, or null past the calendar's ends.</summary>
    public static DateOnly? AddDays(DateOnly date, long days)
    {
        var number = date.DayNumber + days;
        return number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)number) : null;
    }

    public static DateOnly? AddMonths(DateOnly date, long months)
    {
        var index = (date.Year * 12L) + date.Month - 1 + months;
        var year = index / 12;
        if (index < 12 || year > 9999)
        {
            return null;
        }

        var month = (int)(index % 12) + 1;
        return new DateOnly((int)year, month, Math.Min(date.Day, DateTime.DaysInMonth((int)year, month)));
    }

    public static DateOnly? AddYears(DateOnly date, long years) => AddMonths(date, years * 12);

    /// <summary>A valid date, or null for "February 30" and other impossible days.</summary>
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Of the years around the anchor, the one putting month/day nearest to it ("June 15" read in early January is last June).</summary>
    public static DateOnly? Nearest(DateOnly anchor, int month, int day)
    {
        DateOnly? best = null;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (TryDate(year, month, day) is { } candidate
                && (best is null || Math.Abs(candidate.DayNumber - anchor.DayNumber) < Math.Abs(best.Value.DayNumber - anchor.DayNumber)))
            {
                best = candidate;
            }
        }

        return best;
    }
}
