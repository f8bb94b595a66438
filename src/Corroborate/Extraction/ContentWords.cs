using System.Text.RegularExpressions;

namespace Corroborate.Extraction;

/// <summary>
/// Lemma-ish content words of a sentence for comparing happenings: lowercase, possessive and plural or verb
/// endings cut off, stop words, time words (weekdays, months, "yesterday") and bare numbers left out: every
/// mention of one date shares those by construction, so they would inflate the overlap.
/// </summary>
internal static partial class ContentWords
{
    public static HashSet<string> Of(string sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in Word().EnumerateMatches(sentence))
        {
            var word = sentence.AsSpan(match.Index, match.Length);
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length < 2 || TimeWords.StopLookup.Contains(word) || TimeWords.MonthLookup.ContainsKey(word)
                || TimeWords.WeekdayLookup.ContainsKey(word) || TimeWords.TimeOnlyLookup.Contains(word))
            {
                continue;
            }

            words.Add(Stem(word.ToString().ToLowerInvariant()));
        }

        return words;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var word in a)
        {
            shared += b.Contains(word) ? 1 : 0;
        }

        return shared / (double)(a.Count + b.Count - shared);
    }

    /// <summary>Cuts common English endings so "meeting"/"meets" and "agreements"/"agreement" meet; not a real stemmer.</summary>
    private static string Stem(string word) => word switch
    {
        { Length: > 5 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 5 } when word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
        { Length: > 4 } when word.EndsWith("ed", StringComparison.Ordinal) => word[..^2],
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
