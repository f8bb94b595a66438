namespace Corroborate.Text;

/// <summary>
/// Walks the words of a text for language scoring, skipping what carries no language:
/// URLs, hashtags, @mentions, digits, punctuation and emoji. A word is a run of letters
/// (with their combining marks) in one script; a change of script ends the word.
/// </summary>
internal ref struct WordScanner
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _tokenEnd;

    public WordScanner(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _tokenEnd = 0;
    }

    /// <summary>Zero-width non-joiners seen inside scanned tokens; Persian uses them, Arabic does not.</summary>
    public int ZeroWidthNonJoiners { get; private set; }

    public bool MoveNext(out ReadOnlySpan<char> word, out Script script)
    {
        while (true)
        {
            if (_position >= _tokenEnd && !NextToken())
            {
                word = default;
                script = Script.Other;
                return false;
            }

            // Find the next letter inside the current token.
            while (_position < _tokenEnd && !char.IsLetter(_text[_position]))
            {
                if (_text[_position] == '\u200C')
                {
                    ZeroWidthNonJoiners++;
                }
                _position++;
            }
            if (_position >= _tokenEnd)
            {
                continue;
            }

            int start = _position;
            script = Scripts.Of(_text[start]);
            _position++;
            while (_position < _tokenEnd && ContinuesWord(_text[_position], script))
            {
                _position++;
            }
            word = _text[start.._position];
            return true;
        }
    }

    private static bool ContinuesWord(char c, Script script)
    {
        if (char.IsLetter(c))
        {
            return Scripts.Of(c) == script;
        }
        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Moves to the next whitespace-separated token that may hold words; false at the end.</summary>
    private bool NextToken()
    {
        int position = _tokenEnd;
        while (position < _text.Length)
        {
            while (position < _text.Length && char.IsWhiteSpace(_text[position]))
            {
                position++;
            }
            if (position >= _text.Length)
            {
                break;
            }
            int end = position;
            while (end < _text.Length && !char.IsWhiteSpace(_text[end]))
            {
                end++;
            }
            if (!IsSkipped(_text[position..end]))
            {
                _position = position;
                _tokenEnd = end;
                return true;
            }
            position = end;
        }
        _position = _tokenEnd = _text.Length;
        return false;
    }

    /// <summary>
    /// Hashtags and mentions are names, not sentences (#Cuba in a Spanish tweet), and URLs are
    /// English-looking noise in every language, so neither may vote.
    /// </summary>
    private static bool IsSkipped(ReadOnlySpan<char> token)
    {
        char first = token[0];
        if (first is '#' or '@' or '\uFF03' or '\uFF20')
        {
            return true;
        }
        if (token.Contains("://", StringComparison.Ordinal)
            || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // Bare links such as t.co/abc or pic.twitter.com/x: a dot before a slash inside one token.
        int dot = token.IndexOf('.');
        return dot > 0 && token[(dot + 1)..].Contains('/');
    }
}
