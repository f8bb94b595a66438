using System.Diagnostics;
using System.Globalization;
using Corroborate.Evaluation.Stance;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>
/// How often the wide model (Lingua) is asked on real text, what it costs, and how often its answer changes ours
/// (`./bench/run language-wide`). Each cleaned body paragraph of the ECB+ development articles, the FNC-1 bodies and
/// the seed articles is identified by our model alone and by the shipped combination; the paragraphs the wide model
/// was asked about are counted by length, with the CPU they took and the answers that came out differently. This is
/// the measurement behind any rule that would ask the wide model less: an answer it changes is output a rule loses.
/// </summary>
internal static class LanguageWideHarness
{
    private static readonly int[] LengthBounds = [100, 300, 1000, int.MaxValue];

    public static int Run(TextWriter output, string? ecb, string? fncFolder, string? seeds)
    {
        var lingua = new LinguaLanguages(LinguaLanguages.DefaultModelsDirectory, highAccuracy: false, preload: true);
        var wide = new CountingWide(lingua);
        var combined = LanguageIdentifier.Create(wide, new LanguageIdentifierOptions());
        var own = LanguageIdentifier.Builtin;
        var cleaner = new ArticleCleaner();
        // Warm both paths (JIT, Lingua's models) before counting.
        foreach (var warm in new[] { "A short line to warm the models up before anything is timed here.", "Kurz und gut, das ist es." })
        {
            combined.Identify(warm);
            own.Identify(warm);
        }
        wide.Reset();

        var corpora = new List<(string Name, IEnumerable<SourceDocument> Documents)>();
        if (ecb is not null)
        {
            corpora.Add(("ECB+ dev", RealCorpus.Load(ecb).Select(i => i.Document)));
        }
        if (fncFolder is not null && File.Exists(Path.Combine(fncFolder, "bodies.csv")))
        {
            var bodies = StanceDataset.Load(Path.Combine(fncFolder, "bodies.csv"), Path.Combine(fncFolder, "stances.csv")).Bodies;
            corpora.Add(("FNC-1 bodies", bodies.Select(b => new SourceDocument { Source = "fnc:" + b.Key, Text = b.Value })));
        }
        if (seeds is not null)
        {
            corpora.Add(("seeds", Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => new SourceDocument { Source = Path.GetFileName(f), Text = File.ReadAllText(f) })));
        }
        if (corpora.Count == 0)
        {
            output.WriteLine("language-wide: no shared data found (../shared/data/ecbplus, fnc-1, seeds)");
            return 1;
        }

        output.WriteLine("language-wide: body paragraphs after cleaning; 'asked' = the wide model was consulted; 'changed' = the shipped answer differs from ours alone");
        output.WriteLine($"{"corpus",-14} {"length",-12} {"paragraphs",10} {"asked",8} {"changed",8} {"Lingua ms CPU",14} {"ours ms CPU",12}");
        foreach (var (name, documents) in corpora)
        {
            var rows = new Row[LengthBounds.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = new Row();
            }
            var changes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var document in documents)
            {
                var cleaned = cleaner.Clean(document);
                foreach (var segment in cleaned.Segments)
                {
                    if (segment.Kind != SegmentKind.Body || segment.Span.Length == 0)
                    {
                        continue;
                    }
                    var text = segment.Span.Slice(cleaned.CleanText).ToString();
                    var row = rows[Array.FindIndex(LengthBounds, b => text.Length < b)];
                    long calls = wide.Calls;
                    long wideTicks = wide.Ticks;
                    var shipped = combined.Identify(text);
                    var start = Now();
                    var ours = own.Identify(text);
                    row.OwnTicks += Now() - start;
                    row.Paragraphs++;
                    if (wide.Calls > calls)
                    {
                        row.Asked++;
                        row.WideTicks += wide.Ticks - wideTicks;
                    }
                    if (shipped.Code != ours.Code)
                    {
                        row.Changed++;
                        var key = $"{ours.Code}->{shipped.Code}";
                        changes[key] = changes.GetValueOrDefault(key) + 1;
                    }
                }
            }
            var total = new Row();
            for (var i = 0; i < rows.Length; i++)
            {
                var label = i == 0 ? $"< {LengthBounds[0]}" : LengthBounds[i] == int.MaxValue ? $">= {LengthBounds[i - 1]}" : $"{LengthBounds[i - 1]}-{LengthBounds[i] - 1}";
                Print(output, name, label, rows[i]);
                total.Add(rows[i]);
            }
            Print(output, name, "all", total);
            output.WriteLine($"{"",-14} changes (ours -> shipped): {(changes.Count == 0 ? "none" : string.Join(", ", changes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} x{c.Value}")))}");
        }

        CompareWithLingua(output, lingua, wide.Questions);
        return 0;
    }

    /// <summary>
    /// Every distinct question the wide model was asked above, answered by Lingua itself and by our exact scorer
    /// (branch clean9), best of 3 each: CPU of the whole process (Lingua scores on pool threads too), bytes allocated,
    /// and whether every answer is the same (codes and confidences to the bit).
    /// </summary>
    private static void CompareWithLingua(TextWriter output, LinguaLanguages lingua, IReadOnlyList<(string Text, Script Script)> questions)
    {
        int different = 0;
        foreach (var (text, script) in questions)
        {
            var theirs = lingua.RankWithLingua(text, script);
            var ours = lingua.Rank(text, script);
            bool same = theirs.Count == ours.Count;
            for (int i = 0; same && i < ours.Count; i++)
            {
                same = theirs[i].Code == ours[i].Code && BitConverter.DoubleToInt64Bits(theirs[i].Confidence) == BitConverter.DoubleToInt64Bits(ours[i].Confidence);
            }
            different += same ? 0 : 1;
        }
        output.WriteLine($"wide model, {questions.Count} distinct questions replayed (best of 3): answers different from Lingua's: {different}");
        foreach (var (name, rank) in new (string, Func<string, Script, IReadOnlyList<LanguageGuess>>)[] { ("Lingua 2.0.0", lingua.RankWithLingua), ("exact scorer", lingua.Rank) })
        {
            double bestMs = double.MaxValue;
            long allocated = 0;
            for (int round = 0; round < 3; round++)
            {
                long bytes = GC.GetTotalAllocatedBytes(precise: true);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var (text, script) in questions)
                {
                    rank(text, script);
                }
                bestMs = Math.Min(bestMs, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-13} {bestMs,8:F0} ms CPU (process)  {bestMs * 1000 / Math.Max(1, questions.Count),7:F1} µs a question  {allocated / 1048576.0,7:F1} MiB allocated"));
        }
    }

    private static long Now() => RealArticlesHarness.ThreadCpu().Ticks;

    private static void Print(TextWriter output, string corpus, string length, Row row) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus,-14} {length,-12} {row.Paragraphs,10} {row.Asked,8} {row.Changed,8} {row.WideTicks / 1e4,14:F0} {row.OwnTicks / 1e4,12:F0}"));

    private sealed class Row
    {
        public int Paragraphs, Asked, Changed;
        public long WideTicks, OwnTicks;

        public void Add(Row other)
        {
            Paragraphs += other.Paragraphs;
            Asked += other.Asked;
            Changed += other.Changed;
            WideTicks += other.WideTicks;
            OwnTicks += other.OwnTicks;
        }
    }

    /// <summary>Counts the wide model's calls and their thread CPU (no memo: every call is Lingua's real work).</summary>
    private sealed class CountingWide(IWideLanguageModel inner) : IWideLanguageModel
    {
        public long Calls { get; private set; }

        public long Ticks { get; private set; }

        private readonly HashSet<(string, Script)> _seen = [];

        /// <summary>Each distinct question once, in the order first asked.</summary>
        public List<(string Text, Script Script)> Questions { get; } = [];

        public void Reset() => (Calls, Ticks) = (0, 0);

        public IReadOnlyList<LanguageGuess> Rank(string text, Script script)
        {
            if (_seen.Add((text, script)))
            {
                Questions.Add((text, script));
            }
            var start = Now();
            var answer = inner.Rank(text, script);
            Ticks += Now() - start;
            Calls++;
            return answer;
        }
    }
}
