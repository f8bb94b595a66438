namespace Corroborate.Model;

/// <summary>
/// The dates Corroborate computes with. A date outside years <see cref="MinYear"/>–<see cref="MaxYear"/> is
/// unknown, never an anchor for arithmetic: crawlers write Go's zero time (0001-01-01), Unix epoch zero
/// (1970-01-01T00:00:00Z) and 9999-12-31 for "no date", and "next year" from 9999 or "last month" from
/// year 1 has no answer. Readers keep what they read; the Text stage, the story index and every stored
/// read pass publication dates through <see cref="Publication"/>.
/// </summary>
public static class SaneDates
{
    public const int MinYear = 1800, MaxYear = 2200;

    public static bool Contains(DateOnly date) => date.Year is >= MinYear and <= MaxYear;

    public static bool Contains(DateTimeOffset date) =>
        date.Year is >= MinYear and <= MaxYear && date.UtcDateTime.Year is >= MinYear and <= MaxYear;

    /// <summary>
    /// A value that stands for "no date": the Unix epoch at midnight (in any offset) or any date outside
    /// the range. 1970-01-01 with a real time of day is a date like any other.
    /// </summary>
    public static bool IsPlaceholder(DateTimeOffset date) =>
        !Contains(date) || (date.UtcDateTime == DateTime.UnixEpoch) || (date is { Year: 1970, Month: 1, Day: 1 } && date.TimeOfDay == TimeSpan.Zero);

    /// <summary><paramref name="date"/> when it can be a publication date, else null (unknown).</summary>
    public static DateTimeOffset? Publication(DateTimeOffset? date) => date is { } d && !IsPlaceholder(d) ? d : null;
}
