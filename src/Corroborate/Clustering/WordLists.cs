using System.Collections.Frozen;
using System.Reflection;

namespace Corroborate.Clustering;

/// <summary>The English word lists of story clustering, read once from embedded resources (read-only after load).</summary>
internal static class WordLists
{
    public static FrozenSet<string> StopWords { get; } = Load("stopwords-en.txt").ToFrozenSet();

    public static FrozenDictionary<string, int> Months { get; } = Load("months-en.txt")
        .Select(line => line.Split('\t'))
        .ToFrozenDictionary(parts => parts[0], parts => int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup { get; } =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup { get; } =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static List<string> Load(string name)
    {
        var resource = "Corroborate.Resources." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
