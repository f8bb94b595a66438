using System.Collections.Frozen;
using System.Globalization;
using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>
/// The word tables under <c>Resources/Time/</c>, loaded once. Lookups ignore case; the tables are
/// read-only after the type initialiser runs, so sharing them is safe.
/// </summary>
internal static class TimeWords
{
    public static FrozenDictionary<string, int> Months => MonthNames.Numbers;
    public static FrozenDictionary<string, int> Weekdays { get; } = Table("weekdays.txt");
    public static FrozenDictionary<string, int> Seasons { get; } = Table("seasons.txt");
    public static FrozenSet<string> PartsOfDay { get; } = ResourceText.Set("Time/parts-of-day.txt", StringComparer.OrdinalIgnoreCase);
    public static FrozenSet<string> StopWords { get; } = ResourceText.Set("Time/stop-words.txt", StringComparer.OrdinalIgnoreCase);
    public static FrozenSet<string> TimeOnlyWords { get; } = ResourceText.Set("Time/time-words.txt", StringComparer.OrdinalIgnoreCase);
    public static FrozenSet<string> VagueCounts { get; } = ResourceText.Set("Time/vague-counts.txt", StringComparer.OrdinalIgnoreCase);
    public static FrozenSet<string> PercentWords { get; } = ResourceText.Set("Time/percent-words.txt", StringComparer.OrdinalIgnoreCase);

    public static FrozenDictionary<string, decimal> NumberWords { get; } = ResourceText.Lines("Time/number-words.txt")
        .Select(Split).ToFrozenDictionary(p => p.Key, p => decimal.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    public static FrozenDictionary<string, string> Currencies { get; } = ResourceText.Lines("Time/currencies.txt")
        .Select(Split).ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup => MonthNames.Lookup;
    public static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup { get; } = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
    public static FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> NumberLookup { get; } = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPluralLookup { get; } =
        ResourceText.Set("Time/irregular-plurals.txt", StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseStarterLookup { get; } =
        ResourceText.Set("Time/clause-starters.txt", StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeOnlyLookup { get; } = TimeOnlyWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentLookup { get; } = PercentWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyLookup { get; } = Currencies.GetAlternateLookup<ReadOnlySpan<char>>();
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup { get; } = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int> Table(string name) => ResourceText.Lines("Time/" + name)
        .Select(Split).ToFrozenDictionary(p => p.Key, p => int.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>"key value" with the value after the last space, so keys may hold spaces.</summary>
    private static KeyValuePair<string, string> Split(string line)
    {
        var space = line.LastIndexOfAny([' ', '\t']);
        if (space <= 0)
        {
            throw new InvalidDataException($"Time word table line '{line}' has no value after the key.");
        }

        return new(line[..space].Trim(), line[(space + 1)..].Trim());
    }
}
