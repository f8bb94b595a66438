using System.Collections.Frozen;
using Lingua;

namespace Corroborate.Text;

/// <summary>
/// The wide model: SearchPioneer.Lingua 2.0 (Apache-2.0) over its 79 languages, read from the
/// language models the package ships as content files beside our binaries
/// (<c>Lingua/LanguageModels/{code}/*.json.br</c>). Nothing is downloaded: a missing folder is an
/// error naming the path, because Lingua itself would silently score against empty models.
/// In low-accuracy mode (the default) the answers are computed by <see cref="LinguaScorer"/>, our exact
/// re-implementation of Lingua's scoring over the same files (same languages, same confidences to the bit);
/// Lingua's detectors are kept for their language order, high-accuracy mode and <see cref="RankWithLingua"/>.
/// Thread-safe: the models are shared, read once, and each scorer's buffers are per thread.
/// </summary>
internal sealed class LinguaLanguages : IWideLanguageModel
{
    /// <summary>Where the package's build step copies the models: beside the application's binaries.</summary>
    public static string DefaultModelsDirectory => Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");

    private readonly LanguageDetector _all;
    private readonly FrozenDictionary<Script, LanguageDetector> _byScript;
    private readonly FrozenDictionary<Language, string> _codes;

    // Low-accuracy mode (the default) is scored by our exact re-implementation over Lingua's files: same answers,
    // a fraction of the time and no garbage (docs/performance.md, branch clean9). High-accuracy mode is Lingua's own.
    private readonly LinguaScorer? _allScorer;
    private readonly FrozenDictionary<Script, LinguaScorer>? _scorerByScript;

    /// <param name="modelsDirectory">The folder holding one sub-folder of models per ISO 639-1 code.</param>
    /// <param name="highAccuracy">
    /// Use 1- to 5-grams for texts under 120 characters (Lingua's high-accuracy mode). Longer texts use
    /// trigrams in both modes; the short-text models take about 20 times the memory and load time.
    /// </param>
    /// <param name="preload">Load every model now instead of on first use of each script.</param>
    /// <exception cref="DirectoryNotFoundException">The models folder or a language's sub-folder is missing.</exception>
    public LinguaLanguages(string modelsDirectory, bool highAccuracy, bool preload)
    {
        var languages = LanguageInfo.All();
        if (!Directory.Exists(modelsDirectory))
        {
            throw new DirectoryNotFoundException(
                $"Lingua language models not found at '{modelsDirectory}'. They ship in the SearchPioneer.Lingua package and are copied beside the binaries on build; rebuild, or run with the models folder next to the application.");
        }
        var codes = new Dictionary<Language, string>();
        foreach (var language in languages)
        {
            string code = language.IsoCode6391().ToString().ToLowerInvariant();
            string folder = Path.Combine(modelsDirectory, code);
            if (!Directory.Exists(folder) || Directory.GetFiles(folder, "*.json.br").Length == 0)
            {
                throw new DirectoryNotFoundException($"Lingua language models for '{code}' ({language}) not found in '{folder}'.");
            }
            codes[language] = code;
        }
        _codes = codes.ToFrozenDictionary();

        LanguageDetector Build(LanguageDetectorBuilder builder, bool preloadThis)
        {
            builder = builder.WithLanguageModelsDirectory(modelsDirectory);
            if (!highAccuracy)
            {
                builder = builder.WithLowAccuracyMode();
            }
            if (preloadThis)
            {
                builder = builder.WithPreloadedLanguageModels();
            }
            return builder.Build();
        }

        // Lingua keeps its models in caches shared by all detectors, so one detector per script costs
        // no memory; it halves the time of a call, most of which goes to Lingua's per-letter rules.
        _all = Build(LanguageDetectorBuilder.FromAllLanguages(), preload && highAccuracy);
        _byScript = new Dictionary<Script, LanguageDetector>
        {
            [Script.Latin] = Build(LanguageDetectorBuilder.FromAllLanguagesWithLatinScript(), false),
            [Script.Cyrillic] = Build(LanguageDetectorBuilder.FromAllLanguagesWithCyrillicScript(), false),
            [Script.Arabic] = Build(LanguageDetectorBuilder.FromAllLanguagesWithArabicScript(), false),
            [Script.Devanagari] = Build(LanguageDetectorBuilder.FromAllLanguagesWithDevangariScript(), false),
        }.ToFrozenDictionary();

        if (!highAccuracy)
        {
            // The scorers take each detector's languages in the detector's own order: Lingua breaks ties by it.
            var models = new LinguaModelCache(modelsDirectory);
            _allScorer = new LinguaScorer(_all.Languages, models);
            _scorerByScript = _byScript.ToFrozenDictionary(pair => pair.Key, pair => new LinguaScorer(pair.Value.Languages, models));
            if (preload)
            {
                Parallel.ForEach(languages, language => models.Get((int)language));
            }
        }
    }

    /// <summary>Every ISO 639-1 code this model may return.</summary>
    public static IEnumerable<string> Codes =>
        LanguageInfo.All().Select(language => language.IsoCode6391().ToString().ToLowerInvariant());

    /// <inheritdoc/>
    public IReadOnlyList<LanguageGuess> Rank(string text, Script script)
    {
        if (_scorerByScript is not null)
        {
            return (_scorerByScript.TryGetValue(script, out var scorer) ? scorer : _allScorer!).Rank(text);
        }
        return RankWithLingua(text, script);
    }

    /// <summary>Lingua's own answer (high-accuracy mode, and what the exact scorer is tested against).</summary>
    internal IReadOnlyList<LanguageGuess> RankWithLingua(string text, Script script)
    {
        var detector = _byScript.GetValueOrDefault(script, _all);
        var ranking = new List<LanguageGuess>();
        foreach (var (language, value) in detector.ComputeLanguageConfidenceValues(text))
        {
            // Sorted by confidence, best first; the rest are zero.
            if (value <= 0)
            {
                break;
            }
            ranking.Add(new LanguageGuess(_codes[language], value));
        }
        return ranking;
    }
}
