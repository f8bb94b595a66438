using System.Globalization;

namespace Corroborate.Text;

/// <summary>
/// Reads the n-gram profiles and stop-word lists embedded from
/// <c>Resources/LanguageProfiles/</c>: <c>{code}.ngrams.tsv</c> (n-gram, tab, count; written by
/// <see cref="LanguageProfileBuilder"/>) and <c>{code}.stopwords.txt</c> (one word a line).
/// Lines starting with '#' are comments.
/// </summary>
internal static class LanguageProfiles
{
    private const string ResourceFolder = "LanguageProfiles/";

    public static LanguageIdentifier LoadEmbedded()
    {
        var counts = new List<IReadOnlyDictionary<ulong, int>>(LanguageIdentifier.LatinCodes.Length);
        foreach (string code in LanguageIdentifier.LatinCodes)
        {
            string name = code + ".ngrams.tsv";
            using var reader = Open(name);
            counts.Add(ParseProfile(reader, name));
        }

        var masks = new Dictionary<string, uint>(StringComparer.Ordinal);
        string[] stopWordCodes = [.. LanguageIdentifier.LatinCodes, .. LanguageIdentifier.RuleCodes];
        for (int language = 0; language < stopWordCodes.Length; language++)
        {
            string name = stopWordCodes[language] + ".stopwords.txt";
            using var reader = Open(name);
            foreach (string word in ReadLines(reader))
            {
                masks[word.ToLowerInvariant()] = masks.GetValueOrDefault(word.ToLowerInvariant()) | (1u << language);
            }
        }
        return new LanguageIdentifier(LatinModel.Create(counts), new StopWords(masks));
    }

    public static Dictionary<ulong, int> ParseProfile(TextReader reader, string name)
    {
        var counts = new Dictionary<ulong, int>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 1 || tab > Ngrams.MaxOrder
                || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count)
                || count <= 0)
            {
                throw new InvalidDataException(
                    $"{name} line {lineNumber}: expected 'n-gram<TAB>positive count' with 1 to {Ngrams.MaxOrder} characters, got '{Escape(line)}'.");
            }
            counts[Ngrams.FromText(line.AsSpan(0, tab))] = count;
        }
        return counts;
    }

    public static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }

    private static StreamReader Open(string name) =>
        new(ResourceText.OpenBytes(ResourceFolder + name, "language profiles live in src/Corroborate/Resources/LanguageProfiles/."));

    private static string Escape(string line)
    {
        string shown = line.Length > 60 ? line[..60] + "…" : line;
        return shown.Replace("\t", "\\t", StringComparison.Ordinal);
    }
}
