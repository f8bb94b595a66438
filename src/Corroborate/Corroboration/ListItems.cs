using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Reads enumerations of three or more items ("biotechnology, medicine and nuclear energy") out of a
/// sentence, so outlets listing the same things can be compared item by item. Each item keeps its span.
/// </summary>
internal static partial class ListItems
{
    private const int MaxItemWords = 3;

    public static IEnumerable<ClaimValue> Of(string text, TextSpan sentence)
    {
        var body = sentence.Of(text);
        // An enumeration of three needs a comma and a conjunction; most sentences can be passed over without the regex.
        if (!body.Contains(", ", StringComparison.Ordinal) || !(body.Contains(" and ", StringComparison.Ordinal) || body.Contains(" or ", StringComparison.Ordinal)))
        {
            yield break;
        }

        foreach (Match match in Enumeration().Matches(body))
        {
            var parts = new List<(int Start, int End)>();
            foreach (Capture capture in match.Groups["item"].Captures)
            {
                parts.Add((capture.Index, capture.Index + capture.Length));
            }

            if (parts.Count < 3)
            {
                continue;
            }

            for (var i = 0; i < parts.Count; i++)
            {
                var (start, end) = Trim(body, parts[i].Start, parts[i].End, first: i == 0, last: i == parts.Count - 1);
                if (end <= start)
                {
                    continue;
                }

                var item = body[start..end];
                var head = item[(item.LastIndexOf(' ') + 1)..];
                yield return new ClaimValue("item", "item:" + HeadKey(head), item.ToLowerInvariant(), item,
                    new TextSpan(sentence.Start + start, sentence.Start + end), sentence.Start + match.Index);
            }
        }
    }

    /// <summary>
    /// Derivations of one word meet on their first five letters ("medicine"/"medical",
    /// "biotechnology"/"biotechnological"): crude, but only ever compared inside one aligned claim.
    /// </summary>
    public static string HeadKey(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 5 ? lower[..5] : lower.TrimEnd('s');
    }

    /// <summary>
    /// The first item keeps only the words after its last function word ("the fields of biotechnology"
    /// → "biotechnology"); the last stops before one; generic trailing nouns ("energy fields") go.
    /// </summary>
    private static (int Start, int End) Trim(string body, int start, int end, bool first, bool last)
    {
        var words = WordsIn(body, start, end);
        if (first)
        {
            var cut = words.FindLastIndex(w => IsFunctionWord(body[w.Start..w.End]));
            words = words[(cut + 1)..];
        }
        else
        {
            while (words.Count > 0 && IsFunctionWord(body[words[0].Start..words[0].End]))
            {
                words.RemoveAt(0);
            }
        }

        if (last)
        {
            var cut = words.FindIndex(w => IsFunctionWord(body[w.Start..w.End]));
            if (cut >= 0)
            {
                words = words[..cut];
            }
        }

        while (words.Count > 1 && GenericNouns.Contains(body[words[^1].Start..words[^1].End]))
        {
            words.RemoveAt(words.Count - 1);
        }

        // An item is its head and the adjectives before it; anything further left belongs to the clause
        // around the list ("the deals cover irrigation", "signed, covering infrastructure").
        var keep = words.Count - 1;
        while (keep > 0 && LooksLikeAdjective(body[words[keep - 1].Start..words[keep - 1].End]))
        {
            keep--;
        }

        words = words[Math.Max(0, keep)..];

        if (words.Count is 0 or > MaxItemWords)
        {
            return (0, 0);
        }

        return (words[0].Start, words[^1].End);
    }

    private static List<(int Start, int End)> WordsIn(string body, int start, int end)
    {
        var words = new List<(int, int)>();
        foreach (var match in Word().EnumerateMatches(body.AsSpan(start, end - start)))
        {
            words.Add((start + match.Index, start + match.Index + match.Length));
        }

        return words;
    }

    private static bool LooksLikeAdjective(string word) =>
        word.Length > 3 && char.IsLower(word[0]) && AdjectiveEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] AdjectiveEndings = ["al", "ar", "ic", "ive", "ous", "able", "ible", "ary", "ian", "ese", "ish", "ful", "less"];

    private static bool IsFunctionWord(string word) => TimeWords.StopLookup.Contains(word) || FunctionWords.Contains(word);

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "including", "include", "includes", "such", "as",
        "and", "or", "their", "its", "his", "her", "is", "are", "was", "were", "be", "been", "fields", "areas",
        "along", "across", "between", "from", "by", "into", "over", "under", "within", "without", "near", "after", "before",
        "during", "through", "against", "among", "about", "toward", "towards", "like", "which", "that", "who",
    };

    private static readonly HashSet<string> GenericNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "field", "fields", "area", "areas", "sector", "sectors", "domain", "domains", "industry", "industries",
    };

    // Items start where a word starts: tried inside a long hyphenated token, every start re-scanned the rest of it (quadratic, 18 s for 48 KB).
    [GeneratedRegex(@"(?:(?<item>(?<![\p{L}-])\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,5}), )+(?<item>\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}),? (?:and|or) (?<item>\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,3})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"\p{L}[\p{L}-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
