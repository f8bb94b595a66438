using System.Collections.Frozen;

namespace Corroborate.Clustering;

/// <summary>The English word lists of story clustering, read once from embedded resources (read-only after load).</summary>
internal static class WordLists
{
    public static FrozenSet<string> StopWords { get; } = Load("stopwords-en.txt").ToFrozenSet();

    public static FrozenDictionary<string, int> Months => Text.MonthNames.Numbers;

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup { get; } =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup => Text.MonthNames.Lookup;

    private static IEnumerable<string> Load(string name) => Text.ResourceText.Lines(name);
}
