namespace Corroborate.Extraction;

/// <summary>What surrounds a number: currency signs, percent words, the counted noun phrase, an age in commas.</summary>
public sealed partial class AmountExtractor
{
    /// <summary>
    /// The counted noun phrase from token <paramref name="index"/> (from <paramref name="suffixStart"/> inside it for
    /// "three-nation tour"): lowercase content words with only spaces between, ending at the first plural, which
    /// is the head ("cooperation documents"). With no plural in reach, the phrase stops before a word that looks
    /// like a verb (-ed), so "1 agreement signed" counts "agreement" and "1979 changed" counts nothing.
    /// </summary>
    private static string? CountedNoun(string text, List<(int Start, int End)> tokens, int index, int suffixStart, out int unitEnd, out int unitTokens)
    {
        unitEnd = 0;
        unitTokens = 0;
        var phraseStart = -1;
        var words = 0;
        for (var i = index; i < tokens.Count && words < MaxUnitWords; i++)
        {
            var wordStart = i == index && suffixStart >= 0 ? suffixStart : tokens[i].Start;
            // The first word must follow the number with only spaces between ("33, reportedly" counts nothing).
            // "two female co - workers", "12 mud - brick homes": text whose hyphens were spaced out still joins a word of the
            // phrase to the next one.
            if ((i > index || suffixStart < 0) && i > 0 && !Adjacent(text, tokens[i - 1].End, tokens[i].Start)
                && !(words > 0 && suffixStart < 0 && SpacedHyphenBetween(text, tokens[i - 1].End, tokens[i].Start)))
            {
                break;
            }

            var word = text.AsSpan(wordStart, tokens[i].End - wordStart);
            // "12 Somalis", "39 Magazines": a capitalised plural right after the number is still what it counts.
            var capitalisedPlural = i == index && suffixStart < 0 && word.Length > 3 && char.IsUpper(word[0]) && char.IsLower(word[1]) && IsPlural(word)
                && !TimeWords.StopLookup.Contains(word);
            // "500 Windows users", "200 Jets fans": a name shaped like a plural before a lowercase plural names whose they are.
            var namePlural = capitalisedPlural && NextIsContentWord(text, tokens, i) && IsPlural(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].End - tokens[i + 1].Start));
            // A participle or a capitalised adjective ("6 loaded magazines", "16 Yemeni pirates", "three Chinese journalists", "five
            // senior Taliban officials") modifies the noun that follows it; without one following ("1 agreement signed", "12 Somali
            // and …") it ends the phrase.
            var modifier = NextIsContentWord(text, tokens, i)
                && (word.EndsWith("ed", StringComparison.Ordinal) && IsContentWord(word)
                    || (i == index || words > 0) && suffixStart < 0 && IsCapitalisedAdjective(word));
            if (!capitalisedPlural && !modifier && (!IsContentWord(word) || word.EndsWith("ed", StringComparison.Ordinal)) || word.Length < 2)
            {
                break;
            }

            phraseStart = phraseStart < 0 ? wordStart : phraseStart;
            unitEnd = tokens[i].End;
            unitTokens = i - index + 1;
            words++;
            if (IsPlural(word) && !namePlural)
            {
                break;
            }
        }

        return words == 0 ? null : text[phraseStart..unitEnd].ToLowerInvariant().Replace(" - ", "-", StringComparison.Ordinal);
    }

    private static bool NextIsContentWord(string text, List<(int Start, int End)> tokens, int i) =>
        i + 1 < tokens.Count && Adjacent(text, tokens[i].End, tokens[i + 1].Start)
        && IsContentWord(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].End - tokens[i + 1].Start));

    /// <summary>A capitalised word that is not a function, time or number word and not a plural: "Somali", "Chinese".</summary>
    private static bool IsCapitalisedAdjective(ReadOnlySpan<char> word) =>
        word.Length > 2 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !IsPlural(word)
        && !TimeWords.StopLookup.Contains(word) && !TimeWords.MonthLookup.ContainsKey(word) && !TimeWords.WeekdayLookup.ContainsKey(word)
        && !TimeWords.NumberLookup.ContainsKey(word);

    private static bool IsContentWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLower(word[0]) || TimeWords.StopLookup.Contains(word) || TimeWords.NumberLookup.ContainsKey(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not '-' and not '\'' and not '’')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>English plurals by shape ("documents", "countries"; not "business", "status", "analysis") or by the irregular list ("children").</summary>
    internal static bool IsPlural(ReadOnlySpan<char> word) => TimeWords.IrregularPluralLookup.Contains(word) ||
        word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);

    /// <summary>Only spaces (no line break, no punctuation) between two tokens.</summary>
    private static bool SpacedHyphenBetween(string text, int end, int nextStart) =>
        nextStart - end == 3 && text[end] == ' ' && text[end + 1] == '-' && text[end + 2] == ' ';

    private static bool Adjacent(string text, int end, int nextStart)
    {
        if (nextStart <= end)
        {
            return false;
        }

        foreach (var c in text.AsSpan(end, nextStart - end))
        {
            if (c is not ' ' and not '\t' and not '\u00A0')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>hundred, thousand, million, billion, trillion, dozen: words that multiply the number before them.</summary>
    private static bool IsScale(ReadOnlySpan<char> word) =>
        TimeWords.NumberLookup.TryGetValue(word, out var value) && (value >= 100 || word.Equals("dozen", StringComparison.OrdinalIgnoreCase));

    /// <summary>A currency sign or code right before the number ("$3.5", "US$ 40", "EUR 12"); the start moves back over it.</summary>
    private static int CurrencyBefore(string text, int start, out string? code)
    {
        code = null;
        var i = start;
        if (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        var wordStart = i;
        while (wordStart > 0 && start - wordStart < 4 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '$' or '€' or '£' or '¥'))
        {
            wordStart--;
        }

        // Signs attach without a space, codes with one: "$3.5", "USD 40"; a lowercase word before a number is prose.
        for (var from = wordStart; from < i; from++)
        {
            var candidate = text.AsSpan(from, i - from);
            var isSign = candidate[^1] is '$' or '€' or '£' or '¥';
            if ((from == 0 || !char.IsLetter(text[from - 1])) && (isSign ? i == start : char.IsUpper(candidate[0]) && i < start)
                && TimeWords.CurrencyLookup.TryGetValue(candidate, out var found))
            {
                code = found;
                return from;
            }
        }

        return start;
    }

    private static bool PercentAfter(string text, List<(int Start, int End)> tokens, int next, out int end, out int count)
    {
        end = 0;
        count = 0;
        if (next >= tokens.Count || tokens[next].Start - tokens[next - 1].End > 1 || (tokens[next].Start > tokens[next - 1].End && text[tokens[next - 1].End] != ' '))
        {
            return false;
        }

        var word = text.AsSpan(tokens[next].Start, tokens[next].End - tokens[next].Start);
        if (word.Equals("per", StringComparison.OrdinalIgnoreCase) && next + 1 < tokens.Count && Adjacent(text, tokens[next].End, tokens[next + 1].Start)
            && text.AsSpan(tokens[next + 1].Start, tokens[next + 1].End - tokens[next + 1].Start).Equals("cent", StringComparison.OrdinalIgnoreCase))
        {
            (end, count) = (tokens[next + 1].End, 2);
            return true;
        }

        if (TimeWords.PercentLookup.Contains(word))
        {
            (end, count) = (tokens[next].End, 1);
            return true;
        }

        return false;
    }

    private static bool IsYearLike(ReadOnlySpan<char> token) =>
        token.Length == 4 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[3]) && token[0] is '1' or '2' && int.TryParse(token, out var year) && year is >= 1500 and <= 2199;

    /// <summary>"Raul Castro, 92," : a small whole number between commas right after a capitalised word.</summary>
    private static bool IsAge(string text, int start, int end, decimal value)
    {
        if (value >= MaxAge || value != decimal.Truncate(value) || start < 3 || end >= text.Length || text[end] != ',' || text[start - 1] != ' ' || text[start - 2] != ',')
        {
            return false;
        }

        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        // "Raul Castro, 92," and "the actress, 33,": a word, then the number alone between commas.
        return wordStart < start - 2 && !TimeWords.StopLookup.Contains(text.AsSpan(wordStart, start - 2 - wordStart));
    }
}
