namespace Corroborate.Corroboration;

/// <summary>Whether two place names written differently can name one place, from their words alone.</summary>
internal static class PlaceNames
{
    /// <summary>
    /// True when the shorter name (two words or more) is the longer one with words left out or shortened, keeping its
    /// last word: "Mt Cook" / "Aoraki Mount Cook", "St Helens" / "Mount Saint Helens". A single word is not enough
    /// ("York" / "New York" are two places), and a shortened word keeps its first letter and its letters in order.
    /// </summary>
    public static bool ShortFormOf(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        return x.Length <= y.Length && Covers(x, y) || y.Length <= x.Length && Covers(y, x);
    }

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
