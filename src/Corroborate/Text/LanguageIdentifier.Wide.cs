namespace Corroborate.Text;

public sealed partial class LanguageIdentifier
{
    /// <summary>
    /// Our answer stands where we are reliable and fast (the 13 languages, scripts that name their
    /// language); the wide model names the rest. Measured per case in docs/language-id.md: inside our
    /// 13 languages ours is the better judge, so a wide answer naming one of them leaves ours in place;
    /// a wide answer naming another language replaces ours when the wide model finds it clearly more
    /// likely than our answer (short texts are ambiguous, and most of our news is in our languages).
    /// </summary>
    private LanguageGuess Combine(ReadOnlySpan<char> text, LanguageGuess own, ScriptReading reading)
    {
        if (!ShouldAskWideModel(own, reading))
        {
            return own;
        }

        // The wide model's confidences are probabilities (at most 1), and its answer is discounted below
        // for mixed scripts and short texts. When the discounts alone leave less than the floor, no answer
        // it could give is taken: skip the call (about a millisecond) rather than compute and discard it.
        // Exact: top × purity × length ≤ purity × length, so every path below would return ours.
        double discount = reading.Purity * LengthFactor(reading.Dominant, reading.Letters);
        double floor = own.IsUndetermined ? _options.WideMinimumConfidence : _options.WideOverrideConfidence;
        if (discount < floor)
        {
            return own;
        }

        // Trigram statistics settle long before this many characters; the cost grows with the length.
        var sample = text.Length > _options.WideSampleLength ? text[.._options.WideSampleLength] : text;
        var ranking = _wide!.Rank(sample.ToString(), reading.Dominant);
        if (ranking.Count == 0 || (ranking.Count > 1 && ranking[1].Confidence >= ranking[0].Confidence))
        {
            return own;
        }

        var top = ranking[0];
        if (!own.IsUndetermined && (BuiltinCodes.Contains(top.Code) || top.Confidence < _options.WideOverOwnRatio * ProbabilityOf(ranking, own.Code)))
        {
            return own;
        }

        // The same discounts our own guesses get: mixed scripts and short texts earn less trust; to
        // overrule an answer of ours the wide model must be sure after them ("Fire in Wajima" is not Maori).
        double confidence = top.Confidence * reading.Purity * LengthFactor(reading.Dominant, reading.Letters);
        return confidence < floor ? own : top with { Confidence = confidence };
    }

    private static double ProbabilityOf(IReadOnlyList<LanguageGuess> ranking, string code)
    {
        foreach (var guess in ranking)
        {
            if (guess.Code == code)
            {
                return guess.Confidence;
            }
        }
        return 0;
    }

    private bool ShouldAskWideModel(LanguageGuess own, ScriptReading reading)
    {
        if (reading.Letters < MinimumLetters)
        {
            return false;
        }
        return reading.Dominant switch
        {
            // One language per script among those we name; the wide model knows no other.
            Script.Han or Script.Kana or Script.Hangul or Script.Greek or Script.Hebrew or Script.Thai => false,
            // Text in a language next to one of ours (Afrikaans, Malay, Tagalog…) can fit that profile's
            // n-grams well, but it lacks the function words every real sentence of ours is full of.
            // Full of our answer's function words, on the other hand, a text is ours even when names
            // and numbers lower our confidence (wire copy: "Ortiz signed six deals in Lima on Monday").
            Script.Latin => own.IsUndetermined
                || (reading.Words >= FunctionWordMinimumWords
                    ? reading.FunctionWordShare < _options.MinimumFunctionWordShare
                      || (own.Confidence < _options.LatinTrust && reading.FunctionWordShare < _options.OwnFunctionWordShare)
                    : own.Confidence < _options.LatinTrust),
            // Cyrillic is also Bulgarian, Serbian, Macedonian, Belarusian, Kazakh, Mongolian; Arabic script
            // also Urdu; Devanagari also Marathi. Our letter rules cannot see those, and the wide model
            // reads these scripts cheaply (a handful of candidate languages each).
            // Scripts we do not branch on (Georgian, Bengali, Ethiopic…) are all the wide model's.
            _ => true,
        };
    }

    /// <summary>Below this many words the share of function words says little: "Breaking news" has none.</summary>
    private const int FunctionWordMinimumWords = 8;

    /// <summary>
    /// What the script pass saw: the dominant script, its letters and its share of all letters; for
    /// Latin script, the words and the share of them that are stop words of our answer.
    /// </summary>
    private readonly record struct ScriptReading(Script Dominant, int Letters, double Purity, int Words, double FunctionWordShare);
}
