using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Corroboration;

/// <summary>Whether two place names written differently can name one place, from their words alone.</summary>
internal static class PlaceNames
{
    private static readonly FrozenSet<string> FeatureWords = ResourceText.Set("Gazetteer/feature-words.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StreetWords = ResourceText.Set("Gazetteer/street-words.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SiteWords = ResourceText.Set("Gazetteer/site-words.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when nothing in the two names says they are two places: one is the other written short
    /// (<see cref="ShortFormOf"/>), or without the word for its kind of feature ("the Mediterranean Sea" / "the
    /// Mediterranean"), or one is a street or a site (a palace, an airport), which lies in some town the names cannot tell.
    /// </summary>
    public static bool CanBeOne(string a, string b)
    {
        var (x, y) = (Words(a), Words(b));
        return ShortFormOf(x, y) || SameWithoutFeatureWord(x, y) || IsStreet(x) != IsStreet(y) || IsSite(x) != IsSite(y);
    }

    private static bool IsStreet(string[] words) => words.Length >= 2 && StreetWords.Contains(words[^1]);

    /// <summary>"Nikola Tesla Airport", "Palace of Serbia": a site word last, or first before "of".</summary>
    private static bool IsSite(string[] words) => words.Length >= 2
        && (SiteWords.Contains(words[^1]) || (words.Length >= 3 && SiteWords.Contains(words[0]) && string.Equals(words[1], "of", StringComparison.OrdinalIgnoreCase)));

    private static bool SameWithoutFeatureWord(string[] x, string[] y)
    {
        var (shorter, longer) = x.Length < y.Length ? (x, y) : (y, x);
        if (longer.Length != shorter.Length + 1 || shorter.Length == 0)
        {
            return false;
        }

        // The feature word first ("Lake Victoria" / "Victoria") or last ("Mediterranean Sea" / "Mediterranean"), the rest the same.
        var first = FeatureWords.Contains(longer[0]) && Same(shorter, longer.AsSpan(1));
        return first || (FeatureWords.Contains(longer[^1]) && Same(shorter, longer.AsSpan(0, shorter.Length)));
    }

    private static bool Same(string[] a, ReadOnlySpan<string> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the shorter name (two words or more) is the longer one with words left out or shortened, keeping its
    /// last word: "Mt Cook" / "Aoraki Mount Cook", "St Helens" / "Mount Saint Helens". A single word is not enough
    /// ("York" / "New York" are two places), and a shortened word keeps its first letter and its letters in order.
    /// </summary>
    public static bool ShortFormOf(string a, string b) => ShortFormOf(Words(a), Words(b));

    private static bool ShortFormOf(string[] x, string[] y) => x.Length <= y.Length && Covers(x, y) || y.Length <= x.Length && Covers(y, x);

    private static bool Covers(string[] shorter, string[] longer)
    {
        if (shorter.Length < 2 || !string.Equals(shorter[^1], longer[^1], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = 0;
        foreach (var word in shorter)
        {
            while (next < longer.Length && !Abbreviates(word, longer[next]))
            {
                next++;
            }

            if (next == longer.Length)
            {
                return false;
            }

            next++;
        }

        return true;
    }

    private static string[] Words(string name) =>
        name.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"Mount" written as itself or as "Mt": same first letter, the short form's letters in order in the long one.</summary>
    private static bool Abbreviates(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> word)
    {
        if (shortForm.Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (shortForm.Length >= word.Length || char.ToUpperInvariant(shortForm[0]) != char.ToUpperInvariant(word[0]))
        {
            return false;
        }

        var at = 1;
        for (var i = 1; i < shortForm.Length; i++)
        {
            var found = word[at..].IndexOf(char.ToLowerInvariant(shortForm[i]));
            if (found < 0)
            {
                return false;
            }

            at += found + 1;
        }

        return true;
    }
}
