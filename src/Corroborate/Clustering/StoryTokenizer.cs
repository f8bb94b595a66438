namespace Corroborate.Clustering;

/// <summary>
/// Splits text into words: runs of letters and digits, keeping an inner hyphen or apostrophe
/// ("Diaz-Canel", "Raisi's") and an inner point or comma between digits ("7.6", "1,000").
/// Records for each word whether it is capitalised, starts a sentence, and follows the previous
/// word across spaces only (so names may continue it).
/// </summary>
internal static class StoryTokenizer
{
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        var i = 0;
        var previousEnd = -1;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasDigit = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    hasDigit |= char.IsDigit(c);
                    i++;
                }
                else if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && IsInner(c, text[i - 1], text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var joins = previousEnd >= 0 && OnlySpaces(text, previousEnd, start);
            tokens.Add(new Token(start, i - start, char.IsUpper(text[start]), IsSentenceInitial(text, start), hasDigit, joins));
            previousEnd = i;
        }
    }

    private static bool IsInner(char c, char before, char after) => c switch
    {
        '-' or '\'' or '’' => true,
        '.' or ',' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSentenceInitial(string text, int start)
    {
        for (var k = start - 1; k >= 0; k--)
        {
            var c = text[k];
            if (c is ' ' or '\t' or '"' or '“' or '‘' or '\'' or '(' or '[' or '•' or '-' or '—')
            {
                continue;
            }

            return c is '.' or '!' or '?' or '\n' or '\r' or ':' or ';';
        }

        return true;
    }
}
