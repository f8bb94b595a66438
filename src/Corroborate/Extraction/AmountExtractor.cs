using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Finds numbers in digits or words and the noun phrase they count: "six cooperation documents",
/// "25 agreements", "1.2 million children", "8 percent", "$3.5 billion", "Raul Castro, 92,". Numbers inside
/// time expressions (dates, years, "two days ago") are left to <see cref="TemporalExpressionExtractor"/>,
/// and a bare four-digit year is an amount only when a counted noun follows it. Number words must count
/// something, so the pronoun in "one of the ways" is not an amount. Fractions ("a third") are skipped.
/// Reads <see cref="Article.CleanText"/>; spans are half-open into it.
/// </summary>
public sealed partial class AmountExtractor(TemporalExpressionExtractor temporal)
{
    /// <summary>A counted noun phrase is its head and at most this many modifiers before it.</summary>
    private const int MaxUnitWords = 3;

    /// <summary>An age after a name ("Castro, 92,") is below this; larger numbers in commas are something else.</summary>
    private const int MaxAge = 130;

    public AmountExtractor() : this(TemporalExpressionExtractor.Default)
    {
    }

    public ImmutableArray<Amount> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.CleanText;
        var dates = temporal.Extract(article);
        var tokens = new List<(int Start, int End)>();
        foreach (var match in Token().EnumerateMatches(text))
        {
            tokens.Add((match.Index, match.Index + match.Length));
        }

        var amounts = ImmutableArray.CreateBuilder<Amount>();
        var dateIndex = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (start, end) = tokens[i];
            while (dateIndex < dates.Length && dates[dateIndex].Span.End <= start)
            {
                dateIndex++;
            }

            if (dateIndex < dates.Length && dates[dateIndex].Span.Start < end)
            {
                continue;
            }

            if (TryRead(text, tokens, i, out var amount, out var next))
            {
                amounts.Add(amount);
                i = next - 1;
            }
        }

        return amounts.ToImmutable();
    }

    /// <summary>Reads an amount starting at token <paramref name="i"/>; <paramref name="next"/> is the first token after it.</summary>
    private static bool TryRead(string text, List<(int Start, int End)> tokens, int i, out Amount amount, out int next)
    {
        amount = null!;
        next = i + 1;
        var (start, end) = tokens[i];
        var token = text.AsSpan(start, end - start);
        var number = new NumberWordParser.Accumulator();
        var suffixStart = -1;
        var isDigits = char.IsAsciiDigit(token[0]);
        var scaled = false;
        var measure = MagnitudeBefore(text, tokens, i);
        if (!isDigits && token.StartsWith("magnitude-", StringComparison.OrdinalIgnoreCase) && token.Length > 10 && char.IsAsciiDigit(token[10]))
        {
            // "a magnitude-6.8 quake": the measure is written onto the number.
            measure = "magnitude";
            start += 10;
            token = token[10..];
            isDigits = true;
        }

        if (RatioOfOne(text, tokens, i, out amount, out next))
        {
            return true;
        }

        if ((isDigits && IsPartOfSomethingElse(text, tokens, i, start, end)) || InCompound(text, start, end) || RateBase(text, tokens, i))
        {
            return false;
        }

        var decimals = 0;
        if (isDigits && MoneyGlued(text, start, token) is { } money)
        {
            // "£88m", "$1.5bn": a sum with its scale written onto the number.
            var (moneyStart, moneyValue, code) = money;
            var (moneyApproximation, moneyHedge) = HedgeBefore(text, moneyStart);
            amount = new Amount(moneyValue, code, text[moneyStart..end], new TextSpan(moneyStart, end))
            {
                Approximation = moneyApproximation,
                Hedge = moneyHedge,
                Counted = code,
            };
            return true;
        }

        if (isDigits && CurrencyBefore(text, start, out _) == start && MeasureGlued(token) is { } glued)
        {
            // "24km", "200m", "6.5ft": the unit written onto the number.
            var (gluedValue, gluedUnit) = glued;
            var (gluedApproximation, gluedHedge) = HedgeBefore(text, start);
            amount = new Amount(gluedValue, gluedUnit, text[start..end], new TextSpan(start, end))
            {
                Approximation = gluedApproximation,
                Hedge = gluedHedge,
                Decimals = DecimalsOf(token[..^gluedUnit.Length]),
                Counted = gluedUnit,
            };
            return true;
        }

        if (isDigits)
        {
            var hyphen = token.IndexOf('-');
            if (hyphen >= 0 && hyphen + 1 < token.Length && char.IsAsciiDigit(token[hyphen + 1]))
            {
                // "20-30 people" is a range; "91-73" a score: neither is two counts.
                return TryRange(text, tokens, i, start, token[..hyphen], token[(hyphen + 1)..], out amount, out next);
            }

            if (NumberWordParser.ParseDigits(hyphen < 0 ? token : token[..hyphen]) is not { } value
                || (hyphen >= 0 && !char.IsLetter(token[hyphen + 1])))
            {
                return false;
            }

            decimals = DecimalsOf(hyphen < 0 ? token : token[..hyphen]);
            if (hyphen < 0 && JoinSpacedNumber(text, tokens, i, ref value, ref decimals) is var joined and > 0)
            {
                next = i + 1 + joined;
            }

            number.Seed(value);
            suffixStart = hyphen < 0 ? -1 : start + hyphen + 1;
        }
        else if (HalfBefore(text, tokens, i) is var half && !ReadNumberWords(text, tokens, ref next, ref number, ref suffixStart, half))
        {
            return false;
        }
        else if (half)
        {
            // "half a dozen tee boxes" is six, "half a million" 500,000.
            start = tokens[i - 1].Start;
        }

        if (suffixStart < 0 && RangeEnd(text, tokens, next) is { } rangeEnd)
        {
            return TryRange(text, tokens, i, start, text.AsSpan(start, tokens[next - 1].End - start), rangeEnd.Digits.Span, out amount, out next, rangeEnd.Next, number.Value);
        }

        // "$143 billion", and "$143 - billion" where a tokeniser spaced out the hyphen of "$143-billion".
        if (isDigits && suffixStart < 0 && next < tokens.Count
            && (Adjacent(text, tokens[next - 1].End, tokens[next].Start)
                || (tokens[next].Start == tokens[next - 1].End + 3 && text.AsSpan(tokens[next - 1].End, 3) is " - "))
            && IsScale(text.AsSpan(tokens[next].Start, tokens[next].End - tokens[next].Start)))
        {
            number.Add(text.AsSpan(tokens[next].Start, tokens[next].End - tokens[next].Start));
            scaled = true;
            next++;
        }

        if (isDigits && !scaled && suffixStart < 0 && ScaleAfterConversion(text, tokens, next) is { } scaleAt)
        {
            // "$40 (£26) million": the scale closes both the sum and its conversion in brackets.
            number.Add(text.AsSpan(tokens[scaleAt].Start, tokens[scaleAt].End - tokens[scaleAt].Start));
            scaled = true;
            next = scaleAt + 1;
        }

        if (suffixStart < 0 && SpacedHyphenAfter(text, tokens, next) is { } spaced)
        {
            // "a 15 - year veteran": text whose hyphens were spaced out still ties the number to its word.
            suffixStart = spaced;
            next++;
        }

        string? unit = null;
        string? counted = null;
        string? modifies = null;
        var spanEnd = tokens[next - 1].End;
        var currencyStart = CurrencyBefore(text, start, out var currency);
        if (currency is not null)
        {
            unit = currency;
            counted = currency;
            start = currencyStart;
        }
        else if (suffixStart < 0 && PercentAfter(text, tokens, next, out var percentEnd, out var percentTokens))
        {
            unit = "percent";
            counted = "percent";
            spanEnd = percentEnd;
            next += percentTokens;
        }
        else if (CountedNoun(text, tokens, suffixStart >= 0 ? next - 1 : next, suffixStart, out var unitEnd, out var unitTokens) is { } noun)
        {
            unit = TimeWords.Currencies.TryGetValue(noun, out var code) ? code : noun;
            counted = code ?? CountedWord(noun, hyphenated: suffixStart >= 0);
            modifies = suffixStart >= 0 && code is null && noun.Contains(' ', StringComparison.Ordinal) ? Singular(noun[(noun.LastIndexOf(' ') + 1)..]) : null;
            spanEnd = unitEnd;
            next = (suffixStart >= 0 ? next - 1 : next) + unitTokens;
        }

        // "the 2013 stint", "the 2008 election": a year before a noun in the singular names which one, it counts nothing.
        if (!scaled && suffixStart < 0 && currency is null && IsYearLike(token) && counted is not null && unit is not null
            && unit[(unit.LastIndexOf(' ') + 1)..] is var head && head == Singular(head) && !AmountUnits.IsMeasure(counted) && !AmountUnits.PluralWithoutS.Contains(head))
        {
            return false;
        }

        if (AgeAfter(text, spanEnd, unit) is { } ageEnd)
        {
            (unit, counted, spanEnd) = (AgeUnitOf(unit!), "age", ageEnd);
            while (next < tokens.Count && tokens[next].End <= ageEnd)
            {
                next++;
            }
        }
        else if (measure is not null && (unit is null || counted is not null && !AmountUnits.IsMeasure(counted)))
        {
            (unit, counted) = ("magnitude", "magnitude");
        }

        if (unit is null && isDigits && PartitiveNoun(text, tokens, next) is { } whole)
        {
            // "landed 178 of 369 punches", "grabbed 6 of his 11 rebounds": the part counts what the whole counts.
            unit = whole;
            counted = CountedWord(whole, hyphenated: false);
        }

        if (unit is null)
        {
            if (!isDigits || (!scaled && IsYearLike(token)))
            {
                return false;
            }

            if (IsAge(text, start, end, number.Value))
            {
                (unit, counted) = (AgeUnit, "age");
            }
        }

        var (approximation, hedge) = HedgeBefore(text, start);
        amount = new Amount(number.Value, unit, text[start..spanEnd], new TextSpan(start, spanEnd))
        {
            Approximation = approximation,
            Hedge = hedge,
            Decimals = decimals,
            Counted = counted,
            Modifies = counted is "age" or "magnitude" ? null : modifies,
        };
        return true;
    }

    /// <summary>
    /// "one in every 500 Windows users", "1 in 4 adults": a rate, read at its base (500, 4) and counting "rate of" its noun,
    /// so it compares with the same rate told elsewhere ("up to 1 in 300 users") and never with a count of users.
    /// </summary>
    private static bool RatioOfOne(string text, List<(int Start, int End)> tokens, int i, out Amount amount, out int next)
    {
        amount = null!;
        next = i + 1;
        var one = RatioNumerator(text, tokens, i);
        if (one < 0 || !TokenIs(text, tokens[one], "1", "one")
            || RateBaseValue(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start)) is not { } rateBase || rateBase < 2)
        {
            return false;
        }

        for (var k = one + 1; k <= i; k++)
        {
            if (!Adjacent(text, tokens[k - 1].End, tokens[k].Start))
            {
                return false;
            }
        }

        if (CountedNoun(text, tokens, i + 1, -1, out var unitEnd, out var unitTokens) is not { } noun || !IsPlural(noun.AsSpan(noun.LastIndexOf(' ') + 1)))
        {
            return false;
        }

        var start = tokens[one].Start;
        var (approximation, hedge) = HedgeBefore(text, start);
        var counted = "rate of " + noun[(noun.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        amount = new Amount(rateBase, "1 in", text[start..unitEnd], new TextSpan(start, unitEnd))
        {
            Approximation = approximation,
            Hedge = hedge,
            Counted = counted,
        };
        next = i + 1 + unitTokens;
        return true;
    }

    /// <summary>
    /// The scale an amount's text was written with: "thousand", "million", "billion", "trillion" or a suffix glued to the
    /// number ("£88m", "$1.5bn", "20k"); 1 when none.
    /// </summary>
    public static decimal ScaleOf(string amountText)
    {
        var match = ScaleWord().Match(amountText);
        // A single letter is a scale only on a sum ("£88m", "$1.5b"); on a length "200m" is metres.
        var word = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        if (!match.Success || (word.Length == 1 && amountText.AsSpan().IndexOfAny("$€£¥") < 0))
        {
            return 1;
        }

        return word.ToLowerInvariant() switch
        {
            "thousand" or "k" => 1_000m,
            "million" or "mn" or "m" or "mln" => 1_000_000m,
            "billion" or "bn" or "b" or "bln" => 1_000_000_000m,
            "trillion" or "tn" or "trn" => 1_000_000_000_000m,
            _ => 1,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(thousand|million|billion|trillion)\b|\d(mln|bln|trn|mn|bn|tn|[kmb])\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ScaleWord();

    private static decimal? RateBaseValue(ReadOnlySpan<char> token) =>
        NumberWordParser.ParseDigits(token) ?? (TimeWords.NumberLookup.TryGetValue(token, out var value) ? value : null);

    /// <summary>
    /// The counted noun of a whole the number is a part of: "of", at most two lowercase words ("his team-high"),
    /// a number in digits, its counted noun; only spaces between.
    /// </summary>
    private static string? PartitiveNoun(string text, List<(int Start, int End)> tokens, int next)
    {
        if (next >= tokens.Count || !Adjacent(text, tokens[next - 1].End, tokens[next].Start)
            || !text.AsSpan(tokens[next].Start, tokens[next].End - tokens[next].Start).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var k = next + 1; k < tokens.Count && k <= next + 3; k++)
        {
            if (!Adjacent(text, tokens[k - 1].End, tokens[k].Start))
            {
                return null;
            }

            var word = text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
            if (char.IsAsciiDigit(word[0]))
            {
                return AllDigits(word) && k + 1 < tokens.Count ? CountedNoun(text, tokens, k + 1, -1, out _, out _) : null;
            }

            if (!char.IsLower(word[0]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Number words from token next-1 on: "twenty-five", "two hundred and fifty", "a dozen" ("a" only before
    /// a scale). A hyphenated tail that is not a number ("three-nation") starts the counted noun.
    /// </summary>
    private static bool ReadNumberWords(string text, List<(int Start, int End)> tokens, ref int next, ref NumberWordParser.Accumulator number, ref int suffixStart, bool half = false)
    {
        var i = next - 1;
        var first = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
        if (first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (i + 1 >= tokens.Count || !Adjacent(text, tokens[i].End, tokens[i + 1].Start)
                || !IsScale(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].End - tokens[i + 1].Start)))
            {
                return false;
            }

            number.Seed(half ? 0.5m : 1);
            i++;
        }

        for (; i < tokens.Count; i++)
        {
            if (i > next - 1 && !Adjacent(text, tokens[i - 1].End, tokens[i].Start))
            {
                break;
            }

            var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            if (number.Any && word.Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count
                && TimeWords.NumberLookup.ContainsKey(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].End - tokens[i + 1].Start)))
            {
                continue;
            }

            var consumed = 0;
            foreach (var range in word.Split('-'))
            {
                if (!number.Add(word[range]))
                {
                    break;
                }

                consumed = range.End.Value;
            }

            if (consumed == 0)
            {
                break;
            }

            if (consumed < word.Length)
            {
                suffixStart = tokens[i].Start + consumed + 1;
                i++;
                break;
            }
        }

        next = i;
        return number.Any && next > 0 && !(next < tokens.Count && text.AsSpan(tokens[next].Start, tokens[next].End - tokens[next].Start).Equals("of", StringComparison.OrdinalIgnoreCase) && suffixStart < 0);
    }

    [GeneratedRegex(@"[$€£¥%]|[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
