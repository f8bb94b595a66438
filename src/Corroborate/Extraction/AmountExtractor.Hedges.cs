using System.Collections.Frozen;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>
/// What makes a number whole or not a count at all: hedges before it ("about", "more than"), ranges
/// ("20 to 30", "between 20 and 30"), numbers that are parts of something else (clock times, fractions,
/// dates written with slashes, ids such as "AK 47" or "Flight 447"), decimals and thousands whose
/// punctuation was spaced out by a tokeniser ("6. 1", "120, 000"), ages ("a 16-year-old"), measures.
/// </summary>
public sealed partial class AmountExtractor
{
    private const string AgeUnit = "years (age)";

    /// <summary>
    /// A number glued to what stands around it: after or before '/' or ':' ("9:40", "10/25/11", "4 1/2"), after
    /// '#', the second part of a decimal or score, or right after a capitalised word that is not the sentence's
    /// first ("AK 47 rifles", "Flight 447"): a name or id, not a count.
    /// </summary>
    private static bool IsPartOfSomethingElse(string text, List<(int Start, int End)> tokens, int i, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && (text[before] is '/' or ':' or '#' || (text[before] is '.' or '-' && before > 0 && char.IsAsciiDigit(text[before - 1]) && start - before <= 2)))
        {
            return true;
        }

        if (before > 0 && text[before] == '-' && IsDesignation(text, before, spaced: start - before > 1))
        {
            return true;
        }

        // "120, 000": the second group of a thousand the reader joined to the first — unless that first is the end of a
        // hyphenated measure ("5-foot-8, 135 pounds", "5 - foot - 8, 135 pounds").
        if (before > 0 && text[before] == ',' && char.IsAsciiDigit(text[before - 1]) && start - before <= 2 && !ClosesHyphenatedMeasure(text, before))
        {
            return true;
        }

        // "2 in 5 voters", "three in every 20": the number after "in" is a ratio's base, not a count (with a numerator of one
        // it is read as a rate before this, by RatioOfOne).
        if (RatioNumerator(text, tokens, i) >= 0)
        {
            return true;
        }

        // "the September 15 chlorine attack": a day of a month the date reader did not take (no year), not a count.
        if (i > 0 && Adjacent(text, tokens[i - 1].End, start) && TimeWords.MonthLookup.ContainsKey(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start))
            && char.IsUpper(text[tokens[i - 1].Start]) && end - start <= 2 && NumberWordParser.ParseDigits(text.AsSpan(start, end - start)) is >= 1 and <= 31)
        {
            return true;
        }

        // "Jan. 21 memo", "Sept. 3": a day of an abbreviated month the date reader did not take.
        if (before >= 0 && text[before] == '.' && i > 0 && TimeWords.MonthLookup.ContainsKey(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start)))
        {
            return true;
        }

        var after = end;
        while (after < text.Length && text[after] == ' ' && after - end < 2)
        {
            after++;
        }

        if (after < text.Length - 1 && text[after] is '/' or ':' && (char.IsAsciiDigit(text[after + 1]) || (text[after + 1] == ' ' && after + 2 < text.Length && char.IsAsciiDigit(text[after + 2]))))
        {
            return true;
        }

        if (i == 0 || tokens[i - 1].End + 1 != start || text[tokens[i - 1].End] != ' ')
        {
            return false;
        }

        var previous = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start);
        if (!char.IsUpper(previous[0]) || TimeWords.StopLookup.Contains(previous) || TimeWords.MonthLookup.ContainsKey(previous)
            || TimeWords.WeekdayLookup.ContainsKey(previous) || TimeWords.CurrencyLookup.ContainsKey(previous) || AmountUnits.IsHedgeWord(previous)
            || previous.Equals("magnitude", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var acronym = previous.Length >= 2 && char.IsUpper(previous[1]);
        // "gave Milei 55.95 percent": a share given to a name is no id.
        return acronym || (!SentenceStartsAt(text, tokens[i - 1].Start) && !PercentAfter(text, tokens, i + 1, out _, out _));
    }

    /// <summary>"for each million views", "per 1,000 people", "every 100 residents": the base of a rate, not a count.</summary>
    private static bool RateBase(string text, List<(int Start, int End)> tokens, int i) =>
        i > 0 && Adjacent(text, tokens[i - 1].End, tokens[i].Start) && TokenIs(text, tokens[i - 1], "each", "every", "per");

    /// <summary>"half a dozen", "half a million": the token before an "a" that opens number words is "half".</summary>
    private static bool HalfBefore(string text, List<(int Start, int End)> tokens, int i) =>
        i > 0 && TokenIs(text, tokens[i], "a") && Adjacent(text, tokens[i - 1].End, tokens[i].Start) && TokenIs(text, tokens[i - 1], "half");

    /// <summary>
    /// The token of a ratio's numerator when token <paramref name="i"/> is its base ("1 in 500", "one in every 20": the
    /// "1", the "one"), else -1.
    /// </summary>
    private static int RatioNumerator(string text, List<(int Start, int End)> tokens, int i)
    {
        var numerator = i > 0 && TokenIs(text, tokens[i - 1], "in") ? i - 2
            : i > 1 && TokenIs(text, tokens[i - 1], "every") && TokenIs(text, tokens[i - 2], "in") ? i - 3
            : -1;
        return numerator >= 0 && (char.IsAsciiDigit(text[tokens[numerator].Start])
            || TimeWords.NumberLookup.ContainsKey(text.AsSpan(tokens[numerator].Start, tokens[numerator].End - tokens[numerator].Start))) ? numerator : -1;
    }

    private static bool TokenIs(string text, (int Start, int End) token, params ReadOnlySpan<string> words)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A token that is a currency sign alone ("$" of "$ 40" or of "between $300 and $450").</summary>
    private static bool IsCurrencySign(string text, (int Start, int End) token) =>
        token.End - token.Start == 1 && text[token.Start] is '$' or '€' or '£' or '¥';

    /// <summary>The index of the scale word in "$40 (£26) million": a bracketed sum right after the number, then a scale word.</summary>
    private static int? ScaleAfterConversion(string text, List<(int Start, int End)> tokens, int next)
    {
        if (next + 2 >= tokens.Count || text.AsSpan(tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End).Trim(' ') is not "(")
        {
            return null;
        }

        var k = next;
        if (IsCurrencySign(text, tokens[k]))
        {
            k++;
        }

        if (k + 1 >= tokens.Count || !char.IsAsciiDigit(text[tokens[k].Start])
            || text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Trim(' ') is not ")")
        {
            return null;
        }

        return IsScale(text.AsSpan(tokens[k + 1].Start, tokens[k + 1].End - tokens[k + 1].Start)) ? k + 1 : null;
    }

    /// <summary>
    /// "AK-47", "F-16", "Covid-19": a name with a number hyphened onto it, not a count. With spaces around the hyphen
    /// ("AK - 47", as tokenised text writes it; also a dash between clauses) only a short all-capital word before it.
    /// </summary>
    private static bool IsDesignation(string text, int hyphen, bool spaced)
    {
        var end = hyphen;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (spaced != (end < hyphen))
        {
            // "AK -47" or "AK- 47": written unevenly, read as a dash.
            return false;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, end - start);
        if (word.IsEmpty || !char.IsUpper(word[0]) || (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '-')))
        {
            return false;
        }

        var capitals = word.Length <= 4 && !word.ContainsAnyExceptInRange('A', 'Z');
        return capitals || (!spaced && !SentenceStartsAt(text, start));
    }

    private static bool SentenceStartsAt(string text, int position)
    {
        var before = position - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        return before < 0 || text[before] is '.' or '!' or '?' or '\n' or '"' or '“' or '(' or '‘' or ':' or ';';
    }

    /// <summary>"24km", "6.5ft": digits with a measure written onto them; the value and the measure word.</summary>
    private static (decimal Value, string Unit)? MeasureGlued(ReadOnlySpan<char> token)
    {
        var letters = 0;
        while (letters < token.Length && (char.IsAsciiDigit(token[letters]) || token[letters] is '.' or ','))
        {
            letters++;
        }

        if (letters == 0 || letters == token.Length || !AmountUnits.IsMeasure(token[letters..].ToString().ToLowerInvariant()))
        {
            return null;
        }

        return NumberWordParser.ParseDigits(token[..letters]) is { } value ? (value, token[letters..].ToString().ToLowerInvariant()) : null;
    }

    /// <summary>"£88m", "$1.5bn", "€20k" after a currency sign: the sum, its start (at the sign) and currency.</summary>
    private static (int Start, decimal Value, string Code)? MoneyGlued(string text, int start, ReadOnlySpan<char> token)
    {
        var letters = 0;
        while (letters < token.Length && (char.IsAsciiDigit(token[letters]) || token[letters] is '.' or ','))
        {
            letters++;
        }

        if (letters == 0 || letters == token.Length || CurrencyBefore(text, start, out var code) is var from && code is null)
        {
            return null;
        }

        decimal? scale = token[letters..].ToString().ToLowerInvariant() switch
        {
            "m" or "mn" => 1_000_000m,
            "bn" or "b" => 1_000_000_000m,
            "k" => 1_000m,
            _ => null,
        };
        return scale is { } factor && NumberWordParser.ParseDigits(token[..letters]) is { } value ? (from, value * factor, code!) : null;
    }

    private static int DecimalsOf(ReadOnlySpan<char> digits)
    {
        var dot = digits.IndexOf('.');
        return dot < 0 ? 0 : digits.Length - dot - 1;
    }

    /// <summary>
    /// "120, 000" and "6. 1" as a tokeniser that spaces punctuation leaves them: the parts are one number when
    /// the first has at most three digits (two for a decimal) and the rest are whole groups of three (one or
    /// two decimals). Returns how many more tokens the number takes.
    /// </summary>
    private static int JoinSpacedNumber(string text, List<(int Start, int End)> tokens, int i, ref decimal value, ref int decimals)
    {
        var (start, end) = tokens[i];
        if (end - start > 3 || !AllDigits(text.AsSpan(start, end - start)) || (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.')))
        {
            return 0;
        }

        // "5 - foot - 8, 135 pounds": a number closing a hyphenated measure is not the first group of a thousand.
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && text[before] == '-')
        {
            return 0;
        }

        var joined = 0;
        var groups = value;
        for (var k = i + 1; k < tokens.Count; k++)
        {
            var (nextStart, nextEnd) = tokens[k];
            if (nextStart != tokens[k - 1].End + 2 || text[tokens[k - 1].End] != ',' || text[tokens[k - 1].End + 1] != ' '
                || nextEnd - nextStart != 3 || !AllDigits(text.AsSpan(nextStart, 3)))
            {
                break;
            }

            groups = (groups * 1000) + decimal.Parse(text.AsSpan(nextStart, 3), CultureInfo.InvariantCulture);
            joined++;
        }

        if (joined > 0)
        {
            value = groups;
            return joined;
        }

        if (i + 1 < tokens.Count && end - start <= 2 && tokens[i + 1].Start == end + 2 && text[end] == '.' && text[end + 1] == ' ')
        {
            var fraction = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].End - tokens[i + 1].Start);
            var afterFraction = tokens[i + 1].End;
            if (fraction.Length <= 2 && AllDigits(fraction) && !(afterFraction + 1 < text.Length && text[afterFraction] == '.' && char.IsAsciiDigit(text[afterFraction + 1])))
            {
                value = decimal.Parse(string.Concat(text.AsSpan(start, end - start), ".", fraction), CultureInfo.InvariantCulture);
                decimals = fraction.Length;
                return 1;
            }
        }

        return 0;
    }

    /// <summary>The digits ending at <paramref name="comma"/> follow a hyphen ("foot-8", "foot - 8"), so they close a measure.</summary>
    /// <summary>Either number of "four - by - four car", "two-by-four": a compound, not a count.</summary>
    private static bool InCompound(string text, int start, int end)
    {
        var rest = text.AsSpan(end, Math.Min(8, text.Length - end));
        var before = text.AsSpan(Math.Max(0, start - 8), start - Math.Max(0, start - 8));
        return rest.StartsWith(" - by - ", StringComparison.Ordinal) || rest.StartsWith("-by-", StringComparison.Ordinal)
            || before.EndsWith(" - by - ", StringComparison.Ordinal) || before.EndsWith("-by-", StringComparison.Ordinal);
    }

    private static bool ClosesHyphenatedMeasure(string text, int comma)
    {
        var digits = comma;
        while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        while (digits > 0 && text[digits - 1] == ' ')
        {
            digits--;
        }

        return digits > 0 && text[digits - 1] == '-';
    }

    private static string Word(string text, List<(int Start, int End)> tokens, int i) =>
        i < 0 ? "" : text.Substring(tokens[i].Start, tokens[i].End - tokens[i].Start).ToLowerInvariant();

    private static bool AllDigits(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return token.Length > 0;
    }

    /// <summary>
    /// The high end after "N to", "N - ", "N–" or, after "between", "N and": its value and the token after it.
    /// "from N to M" is a change, not a range, and is left to be read as two numbers.
    /// </summary>
    private static (decimal Value, ReadOnlyMemory<char> Digits, int Next)? RangeEnd(string text, List<(int Start, int End)> tokens, int next)
    {
        if (next >= tokens.Count)
        {
            return null;
        }

        var first = next - 1;
        while (first > 0 && tokens[first - 1].End + 1 == tokens[first].Start && char.IsAsciiDigit(text[tokens[first].Start]) && text[tokens[first - 1].End] == ',')
        {
            first--;
        }

        // "between $4,000": the word before is the one before the currency sign.
        if (first > 1 && IsCurrencySign(text, tokens[first - 1]))
        {
            first--;
        }

        var previousWord = first > 0 ? text.AsSpan(tokens[first - 1].Start, tokens[first - 1].End - tokens[first - 1].Start) : default;
        var gap = text.AsSpan(tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End).Trim(' ');
        var word = text.AsSpan(tokens[next].Start, tokens[next].End - tokens[next].Start);
        int highIndex;
        if (gap.Length == 0 && (word.Equals("to", StringComparison.OrdinalIgnoreCase) && !previousWord.Equals("from", StringComparison.OrdinalIgnoreCase)
            || word.Equals("and", StringComparison.OrdinalIgnoreCase) && previousWord.Equals("between", StringComparison.OrdinalIgnoreCase)))
        {
            highIndex = next + 1;
        }
        else if (gap is "-" or "–" or "—")
        {
            highIndex = next;
        }
        else
        {
            return null;
        }

        // "between $300 and $450": the high end repeats the currency sign.
        if (highIndex + 1 < tokens.Count && IsCurrencySign(text, tokens[highIndex]))
        {
            highIndex++;
        }

        if (highIndex >= tokens.Count)
        {
            return null;
        }

        // "$143 - billion" (a tokeniser's spaced hyphen): a scale word alone is no high end.
        var high = text.AsMemory(tokens[highIndex].Start, tokens[highIndex].End - tokens[highIndex].Start);
        return NumberWordParser.Parse(high.Span) is { } value && (char.IsAsciiDigit(high.Span[0]) || TimeWords.NumberLookup.ContainsKey(high.Span))
            && !IsScaleWord(high.Span)
            ? (value, high, highIndex + 1)
            : null;
    }

    private static bool IsScaleWord(ReadOnlySpan<char> word) =>
        word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("thousand", StringComparison.OrdinalIgnoreCase)
        || word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.Equals("billion", StringComparison.OrdinalIgnoreCase)
        || word.Equals("trillion", StringComparison.OrdinalIgnoreCase);

    /// <summary>A range ("20-30 people", "between 20 and 30 people") with what it counts; a "range" whose ends fall (a score, "91-73") is no amount.</summary>
    private static bool TryRange(string text, List<(int Start, int End)> tokens, int i, int start, ReadOnlySpan<char> lowText, ReadOnlySpan<char> highText,
        out Amount amount, out int next, int? afterHigh = null, decimal? lowValue = null)
    {
        amount = null!;
        next = afterHigh ?? i + 1;
        var low = lowValue ?? NumberWordParser.Parse(lowText);
        var high = NumberWordParser.Parse(highText);
        if (low is null || high is null || high <= low)
        {
            return false;
        }

        var spanEnd = tokens[next - 1].End;
        string? unit = null;
        string? counted = null;
        var currencyStart = CurrencyBefore(text, start, out var currency);
        if (currency is not null)
        {
            // "between $4,000 and $5,000", "£10-£12": a range of money.
            (unit, counted, start) = (currency, currency, currencyStart);
        }
        else if (PercentAfter(text, tokens, next, out var percentEnd, out var percentTokens))
        {
            (unit, counted, spanEnd) = ("percent", "percent", percentEnd);
            next += percentTokens;
        }
        else if (CountedNoun(text, tokens, next, -1, out var unitEnd, out var unitTokens) is { } noun)
        {
            unit = noun;
            counted = CountedWord(noun, hyphenated: false);
            spanEnd = unitEnd;
            next += unitTokens;
        }

        if (unit is null)
        {
            return false;
        }

        var (_, hedge) = HedgeBefore(text, start);
        amount = new Amount(low.Value, unit, text[start..spanEnd], new TextSpan(start, spanEnd))
        {
            Approximation = Approximations.Range,
            Hedge = hedge,
            High = high,
            Counted = counted,
        };
        return true;
    }

    /// <summary>"a 15 - year veteran": a hyphen spaced out between the number and a lowercase word; the word's start.</summary>
    private static int? SpacedHyphenAfter(string text, List<(int Start, int End)> tokens, int next) =>
        next < tokens.Count && tokens[next].Start == tokens[next - 1].End + 3 && text.AsSpan(tokens[next - 1].End, 3) is " - "
            && char.IsLower(text[tokens[next].Start])
            ? tokens[next].Start
            : null;

    /// <summary>"magnitude 6.8", "magnitude - 6.8", "magnitude of 6.8", "put the magnitude at 6.8": the measure named before the number.</summary>
    private static string? MagnitudeBefore(string text, List<(int Start, int End)> tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 2); k--)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
            if (word.Equals("magnitude", StringComparison.OrdinalIgnoreCase))
            {
                var gap = text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Trim(' ');
                return gap.Length == 0 || gap is "-" ? "magnitude" : null;
            }

            if (!word.Equals("of", StringComparison.OrdinalIgnoreCase) && !word.Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"16-year-old", "16 - year - old", "16 years old": an age; returns where it ends.</summary>
    private static int? AgeAfter(string text, int spanEnd, string? unit)
    {
        if (unit is null)
        {
            return null;
        }

        if (unit.EndsWith("year-old", StringComparison.Ordinal) || unit.EndsWith("years-old", StringComparison.Ordinal))
        {
            return spanEnd;
        }

        // "a 14-month-old boy", "a 16-year-old driver", "when she was nine months old": an age, in years, months, weeks or days.
        var compound = unit.AsSpan(0, unit.IndexOf(' ') is var space and > 0 ? space : unit.Length);
        if (compound.EndsWith("-old", StringComparison.Ordinal) && compound[..^4] is "month" or "months" or "week" or "weeks" or "day" or "days" or "year" or "years")
        {
            return spanEnd;
        }

        if (unit is not ("year" or "years" or "month" or "months" or "week" or "weeks" or "day" or "days"))
        {
            return null;
        }

        foreach (var tail in (ReadOnlySpan<string>)["-old", " - old", " old"])
        {
            if (text.AsSpan(spanEnd).StartsWith(tail, StringComparison.Ordinal)
                && (spanEnd + tail.Length == text.Length || !char.IsLetter(text[spanEnd + tail.Length])))
            {
                return spanEnd + tail.Length;
            }
        }

        return null;
    }

    /// <summary>The unit of an age: years unless the phrase counts months, weeks or days ("nine months old" is no nine-year-old).</summary>
    private static string AgeUnitOf(string unit) =>
        unit.Contains("month", StringComparison.Ordinal) ? "months (age)"
        : unit.Contains("week", StringComparison.Ordinal) ? "weeks (age)"
        : unit.Contains("day", StringComparison.Ordinal) ? "days (age)"
        : AgeUnit;

    /// <summary>
    /// One word for what a counted phrase counts: the measure when the phrase holds one ("magnitude quake" →
    /// magnitude), the word a hyphen ties the number to ("year veteran" → year), else the head noun, singular.
    /// </summary>
    internal static string CountedWord(string phrase, bool hyphenated)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < words.Length; k++)
        {
            if (AmountUnits.IsMeasure(words[k]))
            {
                // "square feet", "sq km": an area, whatever length unit it is built on.
                return k > 0 && words[k - 1] is "square" or "sq" or "sq." ? "square-" + words[k] : words[k];
            }
        }

        return Singular(hyphenated ? words[0].Split('-')[0] : words[^1]);
    }

    internal static string Singular(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };

    /// <summary>The hedge right before <paramref name="start"/> ("more than 20", "about $3 billion"), longest phrase first.</summary>
    private static (string Approximation, TextSpan? Hedge) HedgeBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == start)
        {
            return (Approximations.Exact, null);
        }

        var before = text.AsSpan(0, end);
        foreach (var (phrase, kind) in AmountUnits.Hedges)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && (before.Length == phrase.Length || !char.IsLetter(before[^(phrase.Length + 1)])))
            {
                return (kind, new TextSpan(end - phrase.Length, end));
            }
        }

        return (Approximations.Exact, null);
    }
}

/// <summary>The hedges and measure words of <c>Resources/Amounts/</c>.</summary>
internal static class AmountUnits
{
    /// <summary>Hedge phrases, longest first so "just over" wins over "over".</summary>
    public static IReadOnlyList<(string Phrase, string Kind)> Hedges { get; } = [.. ResourceText.Lines("Amounts/hedges.txt")
        .Select(line => (Phrase: line[..line.LastIndexOf(' ')], Kind: line[(line.LastIndexOf(' ') + 1)..]))
        .OrderByDescending(h => h.Phrase.Length)];

    /// <summary>Nouns counted without a plural s ("1500 people"), see <c>plural-without-s.txt</c>.</summary>
    public static FrozenSet<string> PluralWithoutS { get; } = ResourceText.Set("Amounts/plural-without-s.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> HedgeWords = Hedges.SelectMany(h => h.Phrase.Split(' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (string Dimension, decimal Factor)> Measures = ResourceText.Lines("Amounts/units.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenDictionary(cells => cells[0], cells => (cells[1], decimal.Parse(cells[2], CultureInfo.InvariantCulture)), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HedgeLookup = HedgeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsHedgeWord(ReadOnlySpan<char> word) => HedgeLookup.Contains(word);

    public static bool IsMeasure(string word) => Measures.ContainsKey(word);

    /// <summary>The dimension of a measure word and its factor to the dimension's base unit (metres, kilograms), or null.</summary>
    public static (string Dimension, decimal Factor)? Measure(string? word) =>
        word is not null && Measures.TryGetValue(word, out var measure) ? measure : null;
}
