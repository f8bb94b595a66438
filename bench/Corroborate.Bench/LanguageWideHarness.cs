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
        var wide = new CountingWide(new LinguaLanguages(LinguaLanguages.DefaultModelsDirectory, highAccuracy: false, preload: true));
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

        return 0;
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

        public void Reset() => (Calls, Ticks) = (0, 0);

        public IReadOnlyList<LanguageGuess> Rank(string text, Script script)
        {
            var start = Now();
            var answer = inner.Rank(text, script);
            Ticks += Now() - start;
            Calls++;
            return answer;
        }
    }
}
