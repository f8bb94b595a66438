using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>
/// A story reported after each article it gains, by two analyzers side by side, report by report: one whose every report is
/// whole (<c>RebuildGrowth = 0</c>: the per-article results kept, the story's comparison redone, as before incremental
/// reports) and one with incremental reports (rebuilt at the fixed rebuild points, +25 % apart, grown in between). Thread CPU of each report; the grown
/// reports' typical and worst cost, the rebuild's, and the cost amortised over the epoch (rebuild included); and how far
/// each grown report is from the whole one (claims with the same sentences, conflicts found by one only).
/// </summary>
internal static class GrowingStoryHarness
{
    /// <summary>
    /// Grows the largest ECB+ development story replicated through one epoch around <paramref name="size"/> articles: from the
    /// rebuild point at or below it to the next (185 → 232 for 200 at +25 %), one article at a time; then what a process without
    /// the story's kept state (a fresh worker, a restart, the server) pays for the report of <paramref name="size"/> articles and
    /// of the epoch's last grown one (a rebuild and the articles after it replayed), and whether its bytes are the grown ones.
    /// </summary>
    public static void MeasureLarge(TextWriter output, IReadOnlyList<RealCorpus.Item> source, int size, double growth)
    {
        var cleaner = new ArticleCleaner();
        var assembler = new ArticleAssembler();
        var largest = source.GroupBy(i => i.Story).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().ToList();
        var first = Corroboration.StoryEpoch.RebuildPoint(size, growth);
        var last = Corroboration.StoryEpoch.Next(first, growth);
        var articles = RealCorpus.Replicate(largest, last).Select(d => assembler.Assemble(cleaner.Clean(d))).ToList();
        var result = Grow(articles, first, last, growth);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"growing story, {first} → {last} articles one at a time (one epoch: rebuild points {first} and {last}; thread CPU per report, both analyzers side by side, rebuild points +{growth:P0}):"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  before (every report whole, per-article results kept): median {Median(result.Whole):F0} ms, worst {result.Whole.Max():F0} ms, mean {result.Whole.Average():F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  after (incremental): grown article median {Median(result.Grown):F1} ms, p90 {Percentile(result.Grown, 0.9):F1} ms, worst grown {result.Grown.Max():F1} ms; "
            + $"rebuild at {result.RebuildCounts.FirstOrDefault()} articles {result.Rebuilds.DefaultIfEmpty(0).Max():F0} ms; amortised over the epoch (rebuild included) {result.Incremental.Average():F1} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  corroboration stage alone (wall, grown reports): median {Median(result.GrownCorroboration):F1} ms; extraction {Median(result.GrownExtraction):F1} ms; events {Median(result.GrownEvents):F1} ms; identity {Median(result.GrownIdentity):F1} ms"));
        WriteDrift(output, "  drift of the grown reports from the whole ones", result.Drift);
        // The same growth with no whole report between two grown ones: the whole reports' garbage (≈ 100 MiB each) is collected
        // on whichever thread allocates next, and side by side part of it lands in the grown reports' thread CPU.
        var alone = Grow(articles, first, last, growth, sideBySide: false);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  after, alone (no whole report in between): grown article median {Median(alone.Grown):F1} ms, p90 {Percentile(alone.Grown, 0.9):F1} ms, worst grown {alone.Grown.Max():F1} ms; "
            + $"rebuild {alone.Rebuilds.DefaultIfEmpty(0).Max():F0} ms; amortised {alone.Incremental.Average():F1} ms"));
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var count in (int[])[size, last - 1])
        {
            // A process without the kept state: the rebuild at the point below, then each article after it placed in turn.
            var story = StoryOf(articles, count);
            var grownAnalyzer = new StoryAnalyzer(AnalysisOptions.Default with { RebuildGrowth = growth });
            grownAnalyzer.Analyze(StoryOf(articles, count - 1), byId);
            var grownJson = Pipeline.Workers.StoryJobRunner.Json(grownAnalyzer.Analyze(story, byId));
            var fresh = new StoryAnalyzer(AnalysisOptions.Default with { RebuildGrowth = growth });
            var start = RealArticlesHarness.ThreadCpu();
            var freshJson = Pipeline.Workers.StoryJobRunner.Json(fresh.Analyze(story, byId));
            var spent = (RealArticlesHarness.ThreadCpu() - start).TotalMilliseconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  a process without the story's state, report of {count} articles (rebuild at {first}, {count - first} replayed): {spent:F0} ms; "
                + $"the bytes of the analyzer that grew it: {(freshJson == grownJson ? "yes" : "NO")}"));
        }
    }

    private static Story StoryOf(List<Article> articles, int count) =>
        new("s-" + articles[0].Id, articles[0].Title ?? "", null, null, [.. articles.Take(count).Select(a => a.Id)], [], count, []);

    /// <summary>Every ECB+ development story grown from one article to its size, its grown reports compared with the whole ones.</summary>
    public static void MeasureEcb(TextWriter output, IReadOnlyList<RealCorpus.Item> source)
    {
        var cleaner = new ArticleCleaner();
        var assembler = new ArticleAssembler();
        var drift = new Drift();
        var (grown, rebuilt) = (0, 0);
        foreach (var story in source.GroupBy(i => i.Story).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var articles = story.Select(i => assembler.Assemble(cleaner.Clean(i.Document))).DistinctBy(a => a.Id).ToList();
            var result = Grow(articles, 1, articles.Count, AnalysisOptions.MeasuredRebuildGrowth);
            drift.Add(result.Drift);
            (grown, rebuilt) = (grown + result.Grown.Count, rebuilt + result.Rebuilds.Count);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ECB+ development stories grown one article at a time: {grown} grown reports, {rebuilt} rebuilds (each rebuild byte-identical to the whole report: {(drift.RebuildsIdentical ? "yes" : "NO")})"));
        WriteDrift(output, "  drift of the grown reports from the whole ones", drift);
    }

    private static void WriteDrift(TextWriter output, string label, Drift drift) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {drift.Reports} reports; claims of the whole report with the same sentences in the grown one {drift.SameClaims}/{drift.WholeClaims} ({100.0 * drift.SameClaims / Math.Max(1, drift.WholeClaims):F1} %); "
            + $"conflicts (field, values, articles) found by the whole report only {drift.WholeOnly}, by the grown only {drift.GrownOnly}, by both {drift.Both}; "
            + $"entities of the whole report with the same mentions in the grown one {drift.SameEntities}/{drift.WholeEntities} ({100.0 * drift.SameEntities / Math.Max(1, drift.WholeEntities):F1} %), "
            + $"mentions of the whole report's entities placed in the same entity {drift.SameMentions}/{drift.WholeMentions} ({100.0 * drift.SameMentions / Math.Max(1, drift.WholeMentions):F1} %); "
            + $"reports byte-identical {drift.Identical}/{drift.Reports}; rebuilds identical: {(drift.RebuildsIdentical ? "yes" : "NO")}"));

    private sealed class GrowthResult
    {
        public List<double> Whole { get; } = [];

        public List<double> Incremental { get; } = [];

        public List<double> Grown { get; } = [];

        public List<double> Rebuilds { get; } = [];

        public List<int> RebuildCounts { get; } = [];

        public List<double> GrownCorroboration { get; } = [];

        public List<double> GrownExtraction { get; } = [];

        public List<double> GrownEvents { get; } = [];

        public List<double> GrownIdentity { get; } = [];

        public Drift Drift { get; } = new();
    }

    /// <summary>Reports <paramref name="articles"/>' first <paramref name="from"/> with both analyzers (not measured), then each count up to <paramref name="to"/>.</summary>
    private static GrowthResult Grow(List<Article> articles, int from, int to, double growth, bool sideBySide = true)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Story StoryOf(int count) => GrowingStoryHarness.StoryOf(articles, count);
        var whole = new StoryAnalyzer(AnalysisOptions.Default with { RebuildGrowth = 0 });
        var incremental = new StoryAnalyzer(AnalysisOptions.Default with { RebuildGrowth = growth });
        var result = new GrowthResult();
        if (sideBySide)
        {
            whole.Analyze(StoryOf(from), byId);
        }

        incremental.Analyze(StoryOf(from), byId);
        for (var count = from + 1; count <= to; count++)
        {
            var start = RealArticlesHarness.ThreadCpu();
            var exact = sideBySide ? whole.Analyze(StoryOf(count), byId) : null;
            result.Whole.Add((RealArticlesHarness.ThreadCpu() - start).TotalMilliseconds);
            start = RealArticlesHarness.ThreadCpu();
            var report = incremental.Analyze(StoryOf(count), byId);
            var spent = (RealArticlesHarness.ThreadCpu() - start).TotalMilliseconds;
            result.Incremental.Add(spent);
            var sinceRebuild = report.Corroboration?.SinceRebuild ?? 0;
            if (sinceRebuild == 0)
            {
                result.Rebuilds.Add(spent);
                result.RebuildCounts.Add(count);
            }
            else
            {
                result.Grown.Add(spent);
                result.GrownCorroboration.Add(report.Timings.Corroboration.TotalMilliseconds);
                result.GrownExtraction.Add(report.Timings.Extraction.TotalMilliseconds);
                result.GrownEvents.Add(report.Timings.Events.TotalMilliseconds);
                result.GrownIdentity.Add(report.Timings.Identity.TotalMilliseconds);
            }

            if (exact is not null)
            {
                result.Drift.Compare(exact, report, sinceRebuild == 0);
            }
        }

        return result;
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double share)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];
    }

    /// <summary>How far grown reports are from the whole ones.</summary>
    private sealed class Drift
    {
        public int Reports { get; private set; }

        public int Identical { get; private set; }

        public int WholeClaims { get; private set; }

        public int SameClaims { get; private set; }

        public int WholeOnly { get; private set; }

        public int GrownOnly { get; private set; }

        public int Both { get; private set; }

        public int WholeEntities { get; private set; }

        public int SameEntities { get; private set; }

        public int WholeMentions { get; private set; }

        public int SameMentions { get; private set; }

        public bool RebuildsIdentical { get; private set; } = true;

        public void Add(Drift other)
        {
            Reports += other.Reports;
            Identical += other.Identical;
            WholeClaims += other.WholeClaims;
            SameClaims += other.SameClaims;
            WholeOnly += other.WholeOnly;
            GrownOnly += other.GrownOnly;
            Both += other.Both;
            WholeEntities += other.WholeEntities;
            SameEntities += other.SameEntities;
            WholeMentions += other.WholeMentions;
            SameMentions += other.SameMentions;
            RebuildsIdentical &= other.RebuildsIdentical;
        }

        public void Compare(StoryReport whole, StoryReport grown, bool rebuilt)
        {
            var identical = Pipeline.Workers.StoryJobRunner.Json(whole) == Pipeline.Workers.StoryJobRunner.Json(grown);
            if (rebuilt)
            {
                RebuildsIdentical &= identical;
                return;
            }

            Reports++;
            Identical += identical ? 1 : 0;
            var grownClaims = Claims(grown).ToHashSet(StringComparer.Ordinal);
            foreach (var claim in Claims(whole))
            {
                WholeClaims++;
                SameClaims += grownClaims.Contains(claim) ? 1 : 0;
            }

            // Entities: the same type and the same mentions (article, span); mentions: each mention of a whole entity placed in a grown
            // entity holding the same other mentions of that whole entity (pairs of mentions kept together or apart alike, per entity).
            var grownEntities = Entities(grown).ToHashSet(StringComparer.Ordinal);
            foreach (var entity in Entities(whole))
            {
                WholeEntities++;
                SameEntities += grownEntities.Contains(entity) ? 1 : 0;
            }

            var grownOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entity in grown.Extraction?.Entities.Entities ?? [])
            {
                foreach (var mention in entity.Mentions)
                {
                    grownOf.TryAdd($"{mention.ArticleId}#{mention.Span.Start}", entity.Id);
                }
            }

            foreach (var entity in whole.Extraction?.Entities.Entities ?? [])
            {
                // The grown entity most of this entity's mentions went to: a mention counts as kept when it went there too.
                var placed = entity.Mentions.Select(m => grownOf.GetValueOrDefault($"{m.ArticleId}#{m.Span.Start}")).ToList();
                var main = placed.Where(p => p is not null).GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
                WholeMentions += placed.Count;
                SameMentions += placed.Count(p => p is not null && p == main);
            }

            var (a, b) = (Conflicts(whole), Conflicts(grown));
            WholeOnly += a.Count(c => !b.Contains(c));
            GrownOnly += b.Count(c => !a.Contains(c));
            Both += a.Count(b.Contains);
        }

        private static IEnumerable<string> Claims(StoryReport report) => report.Corroboration?.Claims
            .Select(c => string.Join('|', c.Mentions.Select(m => $"{m.ArticleId}#{m.Sentence}").Order(StringComparer.Ordinal))) ?? [];

        private static IEnumerable<string> Entities(StoryReport report) => report.Extraction?.Entities.Entities
            .Select(e => e.Type + ":" + string.Join('|', e.Mentions.Select(m => $"{m.ArticleId}#{m.Span.Start}").Order(StringComparer.Ordinal))) ?? [];

        private static HashSet<string> Conflicts(StoryReport report) => report.Corroboration?.Claims.SelectMany(c => c.Conflicts)
            .Select(c => c.Field + ":" + string.Join(';', c.Values.Select(v => v.Value + "@" + string.Join(',', v.Articles.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)))
            .ToHashSet(StringComparer.Ordinal) ?? [];
    }
}
