namespace Corroborate.Extraction;

/// <summary>
/// Decides whether two person names (as <see cref="NameKey"/> token arrays) can be one person: the same
/// tokens up to small spelling damage ("diaz canal"/"diaz canel", "dishz"/"diaz" when the other tokens
/// agree), one a surname suffix of the other ("amir abdollahian" of "hossein amir abdollahian"), or a
/// prefix without the second surname ("raul castro" of "raul castro ruz"), or a short form of the given name
/// ("dave rossi" of "david rossi", <see cref="GivenNameShortForms"/>). Two different given names never match: Raúl
/// and Fidel Castro stay two people.
/// </summary>
internal static class NameMatcher
{
    public static bool Compatible(string[] a, string[] b)
    {
        if (a.SequenceEqual(b) || string.Concat(a) == string.Concat(b))
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < longer.Length)
        {
            if (shorter.Length >= 2 && AllClose(shorter, longer.AsSpan(longer.Length - shorter.Length)))
            {
                return true;
            }

            if (shorter.Length >= 2 && AllClose(shorter, longer.AsSpan(0, shorter.Length)) && shorter[0] == longer[0])
            {
                return true;
            }

            // A middle name left out: "Javier Milei" of "Javier Gerardo Milei".
            return shorter.Length >= 2 && GivenNamesAgree(shorter[0], longer[0]) && TokenClose(shorter[^1], longer[^1], othersAgree: true)
                && IsSubsequence(shorter.AsSpan(1, shorter.Length - 2), longer.AsSpan(1, longer.Length - 2));
        }

        return (AllClose(shorter, longer) && GivenNamesAgree(shorter[0], longer[0]))
            || (shorter.Length >= 2 && GivenNameShortForms.Same(shorter[0], longer[0]) && AllClose(shorter[1..], longer.AsSpan(1)));
    }

    /// <summary>
    /// Given names agree exactly, as an initial, or by one letter in a long name (a transliteration:
    /// "Aleksandar"/"Aleksander"); short ones must match, so "Maria" and "Marta" Lopez stay two people.
    /// </summary>
    private static bool GivenNamesAgree(string a, string b) =>
        a == b || GivenNameShortForms.Same(a, b) || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal))
        || (Math.Min(a.Length, b.Length) >= MinTransliteratedGivenName && a[0] == b[0] && (EditDistance(a, b) <= 1 || Transliterated(a, b)));

    /// <summary>
    /// One name romanised two ways: "vuchich" / "vucic" (Vučić), "alexandar" / "aleksandar", "yuri" / "iuri" — the same
    /// first letter, and the same once the spellings that romanisations trade are written one way. Names of four letters or
    /// more only.
    /// </summary>
    internal static bool Transliterated(string a, string b) =>
        a.Length >= 4 && b.Length >= 4 && a[0] == b[0] && Math.Abs(a.Length - b.Length) <= MaxRomanisedLengthDifference && Romanised(a) == Romanised(b);

    /// <summary>Romanisations of one name differ by a few letters ("vuchich" / "vucic"): further apart, nothing is romanised.</summary>
    private const int MaxRomanisedLengthDifference = 4;

    /// <summary>The spellings romanisations trade written one way: ch/c, sh/s, zh/z, kh/h, ph/f, ks/x, y/i, w/v; doubled letters once.</summary>
    private static string Romanised(string word)
    {
        var folded = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (next == 'h' && c is 'c' or 's' or 'z' or 'k' or 'p')
            {
                c = c switch { 'k' => 'h', 'p' => 'f', _ => c };
                i++;
            }
            else if (c == 'k' && next == 's')
            {
                c = 'x';
                i++;
            }
            else
            {
                c = c switch { 'y' => 'i', 'w' => 'v', _ => c };
            }

            if (folded.Length == 0 || folded[^1] != c)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    /// <summary>Given names this long may differ by one letter and still be one name.</summary>
    private const int MinTransliteratedGivenName = 6;

    /// <summary>Whether a one-word mention ("raisi", "castro") can refer to a person with these name tokens.</summary>
    public static bool SurnameMatches(string single, string[] name)
    {
        // A one-word mention carries no other tokens to vouch for a misspelling: exact, or one edit in a long word.
        for (var i = name.Length == 1 ? 0 : 1; i < name.Length; i++)
        {
            if (single == name[i] || (Math.Min(single.Length, name[i].Length) >= 6 && TokenClose(single, name[i], othersAgree: false)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a social handle ("diazcanelb", "amirabdolahian") names this person.</summary>
    public static bool HandleMatches(string handle, string[] name)
    {
        var surname = string.Concat(name.AsSpan(name.Length > 1 ? 1 : 0).ToArray());
        var full = string.Concat(name);
        return surname.Length >= 5 && (handle.StartsWith(surname, StringComparison.Ordinal) || handle.StartsWith(full, StringComparison.Ordinal)
            || EditDistance(handle, surname) <= 2 || EditDistance(handle, full) <= 2);
    }

    private static bool IsSubsequence(ReadOnlySpan<string> inner, ReadOnlySpan<string> outer)
    {
        var j = 0;
        foreach (var word in inner)
        {
            while (j < outer.Length && outer[j] != word)
            {
                j++;
            }

            if (j++ >= outer.Length)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllClose(string[] a, ReadOnlySpan<string> b)
    {
        var exact = 0;
        for (var i = 0; i < a.Length; i++)
        {
            exact += a[i] == b[i] ? 1 : 0;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!TokenClose(a[i], b[i], othersAgree: exact >= 2 || (exact >= 1 && a.Length == 2)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One edit for words of four letters or more; two when the rest of the name agrees and the first
    /// letter matches (machine translation mangles the middle of a word, "dishz" for "diaz").
    /// </summary>
    private static bool TokenClose(string a, string b, bool othersAgree)
    {
        if (a == b)
        {
            return true;
        }

        var shortest = Math.Min(a.Length, b.Length);
        if (shortest < 4 || a[0] != b[0])
        {
            return false;
        }

        var distance = EditDistance(a, b);
        return distance <= 1 || (othersAgree && distance <= 2) || Transliterated(a, b);
    }

    internal static int EditDistance(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
