namespace Corroborate.Corroboration;

/// <summary>
/// A day as an article states it: the weekday it names ("on Thursday", compared even when no publication
/// date is known) and the date it resolves to when one is.
/// </summary>
/// <param name="Named">True when the words name the weekday; false when it was read off a resolved date ("May 8", "yesterday").</param>
public readonly record struct StatedDay(DayOfWeek? Weekday, DateOnly? Date, bool Named)
{
    /// <summary>Two outlets dating one happening differently are days apart, not weeks.</summary>
    public const int MaxDaysApart = 7;

    /// <summary>Whether two statements can name the same day: weekdays when both name one, else dates when both have one.</summary>
    public bool? CompatibleWith(StatedDay other)
    {
        // Days weeks apart date two happenings (an anniversary, an earlier attack), not one told two ways.
        if (Date is { } first && other.Date is { } second && Math.Abs(first.DayNumber - second.DayNumber) > MaxDaysApart)
        {
            return null;
        }

        if (Named && other.Named)
        {
            return Weekday == other.Weekday;
        }

        if (Date is { } a && other.Date is { } b)
        {
            return a == b;
        }

        // A weekday with no date against a date with no weekday named ("died Monday", "born March 29, 1928"): nothing
        // says they are in the same week, so nothing says they are one happening.
        return null;
    }

    /// <summary>The weekday the words name, with the date when it is known ("Tuesday 2024-03-05"), or the date alone.</summary>
    public string Display()
    {
        var date = Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Named ? (date is null ? Weekday.ToString()! : $"{Weekday} {date}") : date ?? Weekday?.ToString() ?? "?";
    }
}
