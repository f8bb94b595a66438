using System.Collections.Frozen;
using System.Globalization;

namespace Corroborate.Text;

/// <summary>
/// English month names and their abbreviations with the month number, read once from <c>Resources/Time/months.txt</c>:
/// the one table every stage looks months up in (dates in headers and feeds, temporal expressions, date keys of
/// stories, words that are no names). Lookups ignore case.
/// </summary>
internal static class MonthNames
{
    private static readonly (string Name, int Number)[] Rows = [.. ResourceText.Lines("Time/months.txt").Select(Row)];

    /// <summary>Every name and abbreviation ("january", "jan", "sept") → 1–12, ignoring case.</summary>
    public static FrozenDictionary<string, int> Numbers { get; } = Rows.ToFrozenDictionary(r => r.Name, r => r.Number, StringComparer.OrdinalIgnoreCase);

    public static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The twelve full names ("january"…), the first the table gives each month, ignoring case.</summary>
    public static FrozenSet<string> FullNames { get; } = Rows.DistinctBy(r => r.Number).Select(r => r.Name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A month name or abbreviation written as a name is ("March", "Sept"): capital first, the rest lower case.</summary>
    public static bool IsCapitalisedName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !word.AsSpan(1).ContainsAnyExceptInRange('a', 'z') && Numbers.ContainsKey(word);

    private static (string, int) Row(string line)
    {
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12
            ? (parts[0], number)
            : throw new InvalidDataException($"Resources/Time/months.txt: '{line}' is not \"name number\" with a month number 1-12");
    }
}
