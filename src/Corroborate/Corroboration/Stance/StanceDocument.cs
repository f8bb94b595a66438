using System.Collections.Frozen;

namespace Corroborate.Corroboration.Stance;

/// <summary>
/// A headline or body analysed once for every feature that does not depend on the fitted vocabulary:
/// lower-cased words, their stems, sentence ranges, stem counts and stem n-gram sets. A body is analysed
/// once and then paired with many headlines.
/// </summary>
internal sealed class StanceDocument
{
    /// <summary>The lead is the first 255 characters, as in the FNC-1 baseline.</summary>
    public const int LeadCharacters = 255;

    private StanceDocument(string[] words, string[] stems, bool[] content, int[] sentenceStarts, int leadWords, bool hasQuestion)
    {
        HasQuestion = hasQuestion;
        Words = words;
        Stems = stems;
        IsContent = content;
        SentenceStarts = sentenceStarts;
        LeadWords = leadWords;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var leadCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Length; i++)
        {
            if (content[i])
            {
                counts[stems[i]] = counts.GetValueOrDefault(stems[i]) + 1;
                if (i < leadWords)
                {
                    leadCounts[stems[i]] = leadCounts.GetValueOrDefault(stems[i]) + 1;
                }
            }
        }

        StemCounts = counts.ToFrozenDictionary(StringComparer.Ordinal);
        LeadStemCounts = leadCounts;
        WordSet = words.ToHashSet(StringComparer.Ordinal);
        LeadWordSet = words.Take(leadWords).ToHashSet(StringComparer.Ordinal);
        Grams = new HashSet<ulong>[3];
        LeadGrams = new HashSet<ulong>[3];
        for (var n = 1; n <= 3; n++)
        {
            Grams[n - 1] = NGrams(stems, 0, stems.Length, n).ToHashSet();
            LeadGrams[n - 1] = NGrams(stems, 0, leadWords, n).ToHashSet();
        }
    }

    public string[] Words { get; }

    public bool HasQuestion { get; }

    public string[] Stems { get; }

    /// <summary>False for stop words and one-letter words.</summary>
    public bool[] IsContent { get; }

    /// <summary>Word index at which each sentence starts; a sentence runs to the next start or the end.</summary>
    public int[] SentenceStarts { get; }

    /// <summary>Number of words that start within the first <see cref="LeadCharacters"/> characters.</summary>
    public int LeadWords { get; }

    public FrozenDictionary<string, int> StemCounts { get; }

    public Dictionary<string, int> LeadStemCounts { get; }

    public HashSet<string> WordSet { get; }

    public HashSet<string> LeadWordSet { get; }

    /// <summary>Hashes of stem 1-, 2- and 3-grams over all words (index n-1).</summary>
    public HashSet<ulong>[] Grams { get; }

    public HashSet<ulong>[] LeadGrams { get; }

    public int ContentCount => StemCounts.Values.Sum();

    public int SentenceEnd(int sentence) => sentence + 1 < SentenceStarts.Length ? SentenceStarts[sentence + 1] : Words.Length;

    public static IEnumerable<ulong> NGrams(string[] stems, int start, int end, int n)
    {
        for (var i = start; i + n <= end; i++)
        {
            var hash = StableHash.Of(stems[i]);
            for (var k = 1; k < n; k++)
            {
                hash = StableHash.Combine(hash, stems[i + k]);
            }

            yield return hash;
        }
    }

    public static StanceDocument Analyze(string text)
    {
        var words = new List<string>();
        var sentenceStarts = new List<int> { 0 };
        var leadWords = 0;
        var span = text.AsSpan();
        var buffer = new System.Text.StringBuilder();
        var boundary = false;
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                buffer.Clear();
                while (i < span.Length && (char.IsLetterOrDigit(span[i]) || (IsApostrophe(span[i]) && i + 1 < span.Length && char.IsLetter(span[i + 1]))))
                {
                    if (!IsApostrophe(span[i]))
                    {
                        buffer.Append(char.ToLowerInvariant(span[i]));
                    }

                    i++;
                }

                if (boundary && words.Count > sentenceStarts[^1])
                {
                    sentenceStarts.Add(words.Count);
                }

                boundary = false;
                if (start < LeadCharacters)
                {
                    leadWords++;
                }

                words.Add(buffer.ToString());
                continue;
            }

            if (c is '.' or '!' or '?' or '\n')
            {
                boundary = true;
            }

            i++;
        }

        var wordArray = words.ToArray();
        var stems = new string[wordArray.Length];
        var content = new bool[wordArray.Length];
        for (var w = 0; w < wordArray.Length; w++)
        {
            stems[w] = StanceWords.Stem(wordArray[w]);
            content[w] = wordArray[w].Length > 1 && !StanceWords.Stop.Contains(wordArray[w]);
        }

        return new StanceDocument(wordArray, stems, content, [.. sentenceStarts], leadWords, text.Contains('?', StringComparison.Ordinal));
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
