namespace Corroborate.Text;

/// <summary>
/// Identifies the language of a paragraph or social post. Script decides first (Cyrillic,
/// Arabic, Han, kana, Hangul…); inside a script, rules (Arabic against Persian, Russian against
/// Ukrainian) or, for Latin script, a character n-gram model plus stop words decide.
/// URLs, hashtags, @mentions and emoji are ignored. When our own model (13 languages) is unsure
/// or meets a script it cannot name, the wide model (Lingua, 79 languages) answers; see
/// <see cref="LanguageIdentifierOptions"/>. Instances are immutable and thread-safe.
/// </summary>
public sealed partial class LanguageIdentifier
{
    /// <summary>The code returned when the text is too short or too mixed to tell (ISO 639-2 "und").</summary>
    public const string Undetermined = "und";

    /// <summary>
    /// Fewer letters than this give no guess: two letters ("OK", "no") occur in many languages.
    /// </summary>
    private const int MinimumLetters = 3;

    /// <summary>A guess whose confidence falls below this is reported as "und"; "Iran 🇮🇷" lands here.</summary>
    private const double MinimumConfidence = 0.2;

    private readonly LatinModel _latin;
    private readonly StopWords _stopWords;
    private readonly IWideLanguageModel? _wide;
    private readonly LanguageIdentifierOptions _options;

    internal LanguageIdentifier(LatinModel latin, StopWords stopWords, IWideLanguageModel? wide = null, LanguageIdentifierOptions? options = null)
    {
        if (latin.LanguageCount != LatinCodes.Length)
        {
            throw new ArgumentException(
                $"The Latin model has {latin.LanguageCount} languages; expected {LatinCodes.Length}.", nameof(latin));
        }
        if (LatinCodes.Length != Russian || RuleCodes[Persian - Russian] != "fa")
        {
            throw new System.Diagnostics.UnreachableException("Stop-word indexes of ru, uk, ar, fa no longer follow LatinCodes and RuleCodes.");
        }
        _latin = latin;
        _stopWords = stopWords;
        _wide = wide;
        _options = options ?? new LanguageIdentifierOptions { UseWideModel = wide is not null };
    }

    /// <summary>
    /// Our model and the wide model with the default <see cref="LanguageIdentifierOptions"/>, built
    /// once on first use (the wide model's files are checked then; its models load as scripts need them).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">Lingua's model files are not beside the binaries.</exception>
    public static LanguageIdentifier Default => DefaultHolder.Instance.Value;

    /// <summary>Our own model alone: the 13 languages of the embedded profiles and script rules, nothing read from disk.</summary>
    public static LanguageIdentifier Builtin => BuiltinHolder.Instance;

    /// <summary>An identifier with the given options; the embedded profiles are shared with <see cref="Builtin"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The wide model is asked for and its files are missing.</exception>
    public static LanguageIdentifier Create(LanguageIdentifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var own = Builtin;
        if (!options.UseWideModel)
        {
            return new LanguageIdentifier(own._latin, own._stopWords, null, options);
        }
        var wide = new LinguaLanguages(
            options.WideModelDirectory ?? LinguaLanguages.DefaultModelsDirectory, options.WideModelHighAccuracy, options.PreloadWideModel);
        return new LanguageIdentifier(own._latin, own._stopWords, new RecentWideAnswers(wide), options);
    }

    /// <summary>Our model combined with the given wide model (the benchmark passes a memoizing wrapper to sweep settings).</summary>
    internal static LanguageIdentifier Create(IWideLanguageModel wide, LanguageIdentifierOptions options) =>
        new(Builtin._latin, Builtin._stopWords, wide, options);

    /// <summary>Guesses the language of <paramref name="text"/>; never throws for any input.</summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        var own = IdentifyOwn(text, out var reading);
        return _wide is null ? own : Combine(text, own, reading);
    }

    private LanguageGuess IdentifyOwn(ReadOnlySpan<char> text, out ScriptReading reading)
    {
        var evidence = new Evidence();
        Span<double> latinScores = stackalloc double[LatinCodes.Length];
        Span<int> latinMasks = stackalloc int[1 << LatinCodes.Length];
        Span<int> stopHits = stackalloc int[StopWordLanguageCount];
        Span<int> letters = stackalloc int[Scripts.Count];
        Span<char> buffer = stackalloc char[Ngrams.MaxWordLength + 2];

        var scanner = new WordScanner(text);
        while (scanner.MoveNext(out var word, out var script))
        {
            letters[(int)script] += word.Length;
            if (script is not (Script.Latin or Script.Cyrillic or Script.Arabic))
            {
                continue;
            }
            var padded = Ngrams.Pad(word, buffer);
            var lower = padded[1..^1];
            CountStopWord(lower, stopHits);
            if (script == Script.Latin)
            {
                evidence.LatinWords++;
                evidence.LatinNgrams += _latin.Score(padded, latinScores, latinMasks, out int seen);
                evidence.LatinNgramsSeen += seen;
            }
            else
            {
                evidence.Add(lower, script);
            }
        }
        evidence.ZeroWidthNonJoiners = scanner.ZeroWidthNonJoiners;
        var guess = Decide(letters, latinScores, latinMasks, stopHits, evidence, out reading);
        if (reading.Dominant == Script.Latin && evidence.LatinWords > 0 && Array.IndexOf(LatinCodes, guess.Code) is int language and >= 0)
        {
            reading = reading with { Words = evidence.LatinWords, FunctionWordShare = (double)stopHits[language] / evidence.LatinWords };
        }
        return guess;
    }

    private void CountStopWord(ReadOnlySpan<char> lower, Span<int> stopHits)
    {
        uint mask = _stopWords.MaskOf(lower);
        while (mask != 0)
        {
            int language = System.Numerics.BitOperations.TrailingZeroCount(mask);
            stopHits[language]++;
            mask &= mask - 1;
        }
    }

    private static LanguageGuess Decide(
        ReadOnlySpan<int> letters, ReadOnlySpan<double> latinScores, ReadOnlySpan<int> latinMasks, ReadOnlySpan<int> stopHits, Evidence evidence,
        out ScriptReading reading)
    {
        int total = 0;
        var dominant = Script.Other;
        for (int i = 1; i < letters.Length; i++)
        {
            total += letters[i];
            if (letters[i] > letters[(int)dominant])
            {
                dominant = (Script)i;
            }
        }
        if (total < MinimumLetters || dominant == Script.Other)
        {
            // Letters of scripts we do not branch on (Georgian, Bengali, Ethiopic…) are the wide model's.
            int other = letters[(int)Script.Other];
            reading = new ScriptReading(Script.Other, other, other == 0 ? 0 : (double)other / (other + total), 0, 0);
            return new LanguageGuess(Undetermined, 0);
        }

        // Kana and Han share one budget: Japanese mixes both, Chinese never writes kana.
        int cjk = letters[(int)Script.Han] + letters[(int)Script.Kana];
        int share = dominant is Script.Han or Script.Kana ? cjk : letters[(int)dominant];
        double purity = (double)share / total;
        reading = new ScriptReading(dominant, share, purity, 0, 0);

        var guess = dominant switch
        {
            Script.Latin => DecideLatin(latinScores, latinMasks, stopHits, evidence),
            Script.Cyrillic => DecideCyrillic(stopHits, evidence),
            Script.Arabic => DecideArabic(stopHits, evidence),
            Script.Han or Script.Kana => DecideCjk(letters[(int)Script.Han], letters[(int)Script.Kana]),
            Script.Hangul => new LanguageGuess("ko", 1),
            Script.Devanagari => new LanguageGuess("hi", 1),
            Script.Greek => new LanguageGuess("el", 1),
            Script.Hebrew => new LanguageGuess("he", 1),
            Script.Thai => new LanguageGuess("th", 1),
            _ => new LanguageGuess(Undetermined, 0),
        };
        double confidence = guess.Confidence * purity * LengthFactor(dominant, share);
        return confidence < MinimumConfidence
            ? new LanguageGuess(Undetermined, confidence)
            : guess with { Confidence = confidence };
    }

    /// <summary>
    /// Short texts earn less trust. A Han character carries about a word, so CJK reaches full
    /// weight after 6 characters; alphabets after 20 letters, about four words.
    /// </summary>
    private static double LengthFactor(Script script, int letters) => script switch
    {
        Script.Han or Script.Kana or Script.Hangul => Math.Min(1.0, letters / 6.0),
        _ => Math.Min(1.0, letters / 20.0),
    };

    private static LanguageGuess DecideCjk(int han, int kana) =>
        kana > 0 && kana * 10 >= han + kana
            ? new LanguageGuess("ja", 1)
            : new LanguageGuess("zh", kana == 0 ? 1 : 0.6);

    private static class BuiltinHolder
    {
        // A nested holder defers loading until Builtin is first read; the runtime runs a type
        // initializer once, so no lock is needed.
        public static readonly LanguageIdentifier Instance = LanguageProfiles.LoadEmbedded();
    }

    private static class DefaultHolder
    {
        // Lazy rather than a type initializer: a missing models folder then surfaces as its own
        // exception on every call, not as a TypeInitializationException once and then nothing useful.
        public static readonly Lazy<LanguageIdentifier> Instance = new(() => Create(new LanguageIdentifierOptions()));
    }
}
