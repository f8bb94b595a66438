using System.Globalization;
using System.Reflection;

namespace Corroborate.Text;

/// <summary>
/// Reads the n-gram profiles and stop-word lists embedded from
/// <c>Resources/LanguageProfiles/</c>: <c>{code}.ngrams.tsv</c> (n-gram, tab, count; written by
/// <see cref="LanguageProfileBuilder"/>) and <c>{code}.stopwords.txt</c> (one word a line).
/// Lines starting with '#' are comments.
/// </summary>
internal static class LanguageProfiles
{
    public const string ResourceFolder = "Corroborate.Resources.LanguageProfiles";
    public const string ResourcePrefix = ResourceFolder + ".";

    public static LanguageIdentifier LoadEmbedded()
    {
        var assembly = typeof(LanguageProfiles).Assembly;
        var counts = new List<IReadOnlyDictionary<ulong, int>>(LanguageIdentifier.LatinCodes.Length);
        foreach (string code in LanguageIdentifier.LatinCodes)
        {
            string name = code + ".ngrams.tsv";
            using var reader = Open(assembly, name);
            counts.Add(ParseProfile(reader, name));
        }

        var masks = new Dictionary<string, uint>(StringComparer.Ordinal);
        string[] stopWordCodes = [.. LanguageIdentifier.LatinCodes, .. LanguageIdentifier.RuleCodes];
        for (int language = 0; language < stopWordCodes.Length; language++)
        {
            string name = stopWordCodes[language] + ".stopwords.txt";
            using var reader = Open(assembly, name);
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

    private static StreamReader Open(Assembly assembly, string name)
    {
        // The csproj names resources with %(RecursiveDir), which keeps the folder separator ('/'
        // on Linux, '\\' on Windows); accept those as well as the dotted form.
        var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? assembly.GetManifestResourceStream(ResourceFolder + "/" + name)
            ?? assembly.GetManifestResourceStream(ResourceFolder + "\\" + name)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{ResourcePrefix}{name}' is missing from {assembly.GetName().Name}; " +
                "language profiles live in src/Corroborate/Resources/LanguageProfiles/.");
        return new StreamReader(stream);
    }

    private static string Escape(string line)
    {
        string shown = line.Length > 60 ? line[..60] + "…" : line;
        return shown.Replace("\t", "\\t", StringComparison.Ordinal);
    }
}
