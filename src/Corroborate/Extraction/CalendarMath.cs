namespace Corroborate.Extraction;

/// <summary>Date arithmetic shared by the temporal rules. Weeks start on Monday (ISO 8601).</summary>
internal static class CalendarMath
{
    /// <summary>The latest <paramref name="day"/> on or before <paramref name="anchor"/>.</summary>
    public static DateOnly OnOrBefore(DateOnly anchor, DayOfWeek day) => anchor.AddDays(-(((int)anchor.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The earliest <paramref name="day"/> on or after <paramref name="anchor"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly anchor, DayOfWeek day) => anchor.AddDays(((int)day - (int)anchor.DayOfWeek + 7) % 7);

    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static DateOnly MonthEnd(DateOnly first) => first.AddMonths(1).AddDays(-1);

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
