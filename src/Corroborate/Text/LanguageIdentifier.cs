namespace Corroborate.Text;

/// <summary>Placeholder until the n-gram identifier lands: script plus a few stop words.</summary>
public sealed class LanguageIdentifier
{
    public static LanguageIdentifier Default { get; } = new();

    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        int arabic = 0, persian = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
                persian += c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ک' or 'ی' ? 1 : 0;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        if (arabic > latin)
        {
            return new(persian > 0 ? "fa" : "ar", 0.9);
        }

        var s = text.ToString();
        var es = CountWords(s, " el ", " la ", " de ", " y ", " en ", " los ", " del ", " este ", " su ");
        var en = CountWords(s, " the ", " and ", " of ", " to ", " in ", " is ", " was ", " with ");
        return latin < 3 ? new("und", 0) : es > en ? new("es", 0.6) : new("en", 0.6);
    }

    private static int CountWords(string text, params string[] words) =>
        words.Sum(w => (text.Length - text.Replace(w, "", StringComparison.OrdinalIgnoreCase).Length) / w.Length);
}
