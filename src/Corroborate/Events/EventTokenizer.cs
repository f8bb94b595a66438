namespace Corroborate.Events;

/// <summary>
/// Splits a sentence into the tokens the dictionaries are written in: words (with inner hyphens, full stops
/// and ampersands), the possessive "'S" and the negation "N'T" as tokens of their own, and punctuation.
/// </summary>
internal static class EventTokenizer
{
    public static List<EventToken> Tokenize(ReadOnlySpan<char> text, int offset = 0)
    {
        var tokens = new List<EventToken>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                if (IsApostrophe(c) && i + 1 < text.Length && char.ToUpperInvariant(text[i + 1]) == 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    tokens.Add(new EventToken("'S", offset + i, offset + i + 2));
                    i += 2;
                    continue;
                }

                if (c is ',' or ';' or ':' or '(' or ')' or '?' or '!' or '"' or '.' or '\u201C' or '\u201D')
                {
                    tokens.Add(new EventToken(c is '\u201C' or '\u201D' ? "\"" : c.ToString(), offset + i, offset + i + 1));
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInner(text, i)))
            {
                i++;
            }

            var end = i;
            // A single letter or a dotted abbreviation keeps its final full stop ("W.", "U.S."); a sentence's does not.
            if (end < text.Length && text[end] == '.' && (end - start == 1 || text[start..end].Contains('.')) && char.IsUpper(text[start]))
            {
                end++;
                i++;
            }

            var word = text[start..end];
            // "didn't" → DID + N'T, as the dictionaries (written for Treebank tokens) expect.
            if (word.Length > 3 && char.ToUpperInvariant(word[^1]) == 'T' && IsApostrophe(word[^2]) && char.ToUpperInvariant(word[^3]) == 'N')
            {
                tokens.Add(new EventToken(KeyOf(word[..^3]), offset + start, offset + end - 3));
                tokens.Add(new EventToken("N'T", offset + end - 3, offset + end));
                continue;
            }

            if (word.Length > 2 && IsApostrophe(word[^2]) && char.ToUpperInvariant(word[^1]) == 'S')
            {
                tokens.Add(new EventToken(KeyOf(word[..^2]), offset + start, offset + end - 2));
                tokens.Add(new EventToken("'S", offset + end - 2, offset + end));
                continue;
            }

            tokens.Add(new EventToken(KeyOf(word), offset + start, offset + end));
        }

        return tokens;
    }

    /// <summary>The dictionary key of a word: upper case, full stops and apostrophes dropped, curly quotes straightened.</summary>
    public static string KeyOf(ReadOnlySpan<char> word)
    {
        if (word.Length <= 3 && (word.Contains('\'') || word.Contains('\u2019')))
        {
            // The clitics keep their apostrophe: "'S" (possessive) and "N'T" (negation) are tokens of their own.
            return word.ToString().Replace('\u2019', '\'').ToUpperInvariant();
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (c is '.' || IsApostrophe(c))
            {
                continue;
            }

            buffer[n++] = char.ToUpperInvariant(c);
        }

        return n == 0 ? word.ToString().ToUpperInvariant() : new string(buffer[..n]);
    }

    private static bool IsInner(ReadOnlySpan<char> text, int i) =>
        text[i] is '-' or '.' or '&' or '\'' or '\u2019' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1])
        && !(IsApostrophe(text[i]) && char.ToUpperInvariant(text[i + 1]) == 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
