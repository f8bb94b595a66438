using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Events;
using Corroborate.Extraction;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>
/// <c>./bench/run real [--replicate N] [--sizes 20,50,100,200] [--cli PATH [--both]] [--no-cli] [--stages-replicated] [--write PATH] [--sizes-only] [--added-only [--repeat N] [--growth 0.1,0.25] [--drift]]</c>: the pipeline on real news. The ECB+
/// development articles (and, with <c>--replicate N</c>, a stream of N articles made from them with planted changes) go
/// through every stage on one thread (the replicated stream only with <c>--stages-replicated</c>), each stage timed alone (articles/s, CPU, bytes allocated, peak resident memory
/// when it ends); then the report of one story is built at growing sizes (CPU per size, best of 3, per stage); then
/// the HTML extraction pages; then the CLI's <c>analyze</c> as a separate process over the same files (wall time,
/// peak resident memory). Timings on a shared 2-core machine are noisy: stage figures are one pass, story sizes best of 3.
/// </summary>
internal static class RealArticlesHarness
{
    public static async Task<int> RunAsync(TextWriter output, string[] args, string? ecbFile, string? extractionFolder)
    {
        if (ecbFile is null)
        {
            output.WriteLine("real: ../shared/data/ecbplus/dev.jsonl not found (set CORROBORATE_SHARED); nothing measured");
            return 1;
        }

        var replicate = Option(args, "--replicate", 0);
        var sizes = args.SkipWhile(a => a != "--sizes").Skip(1).FirstOrDefault()?.Split(',').Select(int.Parse).ToArray() ?? [20, 50, 100, 200];
        var cli = args.SkipWhile(a => a != "--cli").Skip(1).FirstOrDefault();
        var source = RealCorpus.Load(ecbFile);
        if (args.SkipWhile(a => a != "--write").Skip(1).FirstOrDefault() is { } target)
        {
            // Only write the replicated stream (to compare reports of two builds on it).
            RealCorpus.WriteReplicated(target, source, replicate);
            output.WriteLine($"wrote {replicate:N0} replicated articles to {target}");
            return 0;
        }

        output.WriteLine($"real articles: {source.Count} ECB+ development articles from {ecbFile}");

        // Warm the shared models (language, stance, events, gazetteer) so the first stage does not pay for loading them.
        Warm(source);
        if (args.Contains("--added-only"))
        {
            // Only the added article, --repeat times (for profiling the incremental report alone).
            for (var i = Option(args, "--repeat", 1); i > 0; i--)
            {
                MeasureAddedArticle(output, source, sizes.Max());
                // The epoch rule (a rebuild at this share of growth) by measurement: the default, or each of --growth 0.1,0.25,0.5.
                var growths = args.SkipWhile(a => a != "--growth").Skip(1).FirstOrDefault()?.Split(',').Select(g => double.Parse(g, CultureInfo.InvariantCulture)).ToArray()
                    ?? [AnalysisOptions.MeasuredRebuildGrowth];
                foreach (var growth in growths)
                {
                    GrowingStoryHarness.MeasureLarge(output, source, sizes.Max(), growth);
                }
            }

            if (args.Contains("--drift"))
            {
                GrowingStoryHarness.MeasureEcb(output, source);
            }

            return 0;
        }

        if (args.Contains("--sizes-only"))
        {
            // Only one story's report by size (and the added article): for profiling the report alone.
            MeasureStorySizes(output, source, sizes);
            MeasureAddedArticle(output, source, sizes.Max());
            return 0;
        }

        await MeasureStreamAsync(output, ecbFile, $"ECB+ dev ({source.Count})");
        string? replicated = null;
        if (replicate > 0)
        {
            replicated = Path.Combine(Path.GetTempPath(), $"corroborate-real-{replicate}.jsonl");
            RealCorpus.WriteReplicated(replicated, source, replicate);
            if (args.Contains("--stages-replicated"))
            {
                // Stage by stage in this process: long (every story's report built twice), so only when asked for.
                await MeasureStreamAsync(output, replicated, $"replicated stream ({replicate:N0})");
            }
        }

        MeasureStorySizes(output, source, sizes);
        MeasureAddedArticle(output, source, sizes.Max());
        if (extractionFolder is not null)
        {
            MeasureHtml(output, extractionFolder);
        }

        if (!args.Contains("--no-cli"))
        {
            foreach (var path in replicated is null ? [ecbFile] : new[] { ecbFile, replicated })
            {
                await AnalyzeHarness.RunCliAsync(output, path, cli);
                if (cli is not null && args.Contains("--both"))
                {
                    await AnalyzeHarness.RunCliAsync(output, path, null);
                }
            }
        }

        if (replicated is not null)
        {
            File.Delete(replicated);
        }

        return 0;
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(fallback);

    private static void Warm(IReadOnlyList<RealCorpus.Item> source)
    {
        var cleaner = new ArticleCleaner();
        var assembler = new ArticleAssembler();
        var articles = source.Take(5).Select(i => assembler.Assemble(cleaner.Clean(i.Document))).ToList();
        var extraction = new StoryExtractor().Extract(articles);
        Corroborate.Pipeline.AnalysisOptions.Default.CreateCorroborator().Corroborate(articles, extraction);
        Events.Code(articles, extraction);
    }

    private static readonly StoryEventCoder Events = Corroborate.Pipeline.AnalysisOptions.Default.CreateEventCoder();

    /// <summary>Every stage over one JSON Lines file, one stage after another, each over all articles.</summary>
    private static async Task MeasureStreamAsync(TextWriter output, string path, string label)
    {
        var table = new StageTable(output, label);
        var reader = new InputReader();
        var documents = table.Run("read", 0, () => reader.Read(path).Where(i => i.Document is not null).Select(i => i.Document!).ToList(), d => d.Count);
        var cleaner = new ArticleCleaner();
        var cleaned = table.Run("clean", documents.Count, () => documents.Select(cleaner.Clean).ToList());
        documents = null;
        var languages = LanguageIdentifier.Default;
        table.Run("language (alone, per block)", cleaned.Count, () =>
        {
            var blocks = 0;
            foreach (var document in cleaned)
            {
                foreach (var paragraph in document.CleanText.Split("\n\n"))
                {
                    languages.Identify(paragraph);
                    blocks++;
                }
            }

            return blocks;
        });
        var assembler = new ArticleAssembler();
        var articles = table.Run("assemble (language, sentences)", cleaned.Count, () => cleaned.Select(c => assembler.Assemble(c)).Where(a => a.CleanText.Length > 0).ToList());
        cleaned = null;
        var clusterer = new StoryClusterer();
        var fingerprints = table.Run("duplicates (fingerprint, check)", articles.Count, () =>
            articles.Select(a => clusterer.Index.Duplicates.Fingerprint(a)).ToList());
        var duplicateTicks = table.Last;
        var assignments = table.Run("clustering (assign, less duplicates)", articles.Count, () =>
            articles.Select(a => (a, (StoryAssignment?)clusterer.Assign(a))).ToList(), subtract: duplicateTicks);
        fingerprints = null;
        foreach (var fullText in new[] { true, false })
        {
            var scratch = Path.Combine(Path.GetTempPath(), $"corroborate-real-{Environment.ProcessId}-{fullText}.db");
            try
            {
                await using var store = await SqliteArticleStore.OpenAsync(scratch, fullText);
                await table.RunAsync(fullText ? "store (SQLite on disk, 500 a batch)" : "store, no search index (analyze's scratch)", articles.Count, async () =>
                {
                    foreach (var batch in assignments.Chunk(500))
                    {
                        await store.AddAsync([.. batch]);
                    }
                });
            }
            finally
            {
                foreach (var file in new[] { scratch, scratch + "-wal", scratch + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }

        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var stories = clusterer.Index.Stories().ToList();
        output.WriteLine($"  {articles.Count:N0} articles in {stories.Count:N0} stories (largest {stories.Max(s => s.ArticleIds.Length)})");
        var parts = new StoryParts();
        foreach (var story in stories)
        {
            parts.Build(story, byId);
        }

        foreach (var (stage, ticks, allocated) in parts.Totals())
        {
            table.Add(stage + " (thread CPU)", articles.Count, ticks, allocated);
        }

        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var registry = new EntityRegistry();
        var extractor = new StoryExtractor();
        foreach (var story in stories)
        {
            StoryReports.Build(story, byId, extractor, null, registry);
        }

        table.Add("reports (StoryReports.Build, all stages)", articles.Count, watch.Elapsed.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond,
            GC.GetTotalAllocatedBytes() - allocatedBefore, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        table.Print();
    }

    /// <summary>One story's report at growing sizes: the largest ECB+ story replicated with planted changes, CPU best of 3.</summary>
    private static void MeasureStorySizes(TextWriter output, IReadOnlyList<RealCorpus.Item> source, int[] sizes)
    {
        var cleaner = new ArticleCleaner();
        var assembler = new ArticleAssembler();
        var largest = source.GroupBy(i => i.Story).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().ToList();
        output.WriteLine($"story report by size (one thread; thread CPU ms, best of 3, stages timed apart; made from ECB+ story '{largest[0].Story}' ({largest.Count} articles) replicated with planted changes):");
        output.WriteLine("  size   report CPU   extraction  corroboration  stance  events  briefing   allocated");
        foreach (var size in sizes)
        {
            var documents = RealCorpus.Replicate(largest, size).ToList();
            var articles = documents.Select(d => assembler.Assemble(cleaner.Clean(d))).ToList();
            var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
            var story = new Story("s-" + articles[0].Id, articles[0].Title ?? "", null, null, [.. articles.Select(a => a.Id)], [], articles.Count, []);
            var best = TimeSpan.MaxValue;
            var allocated = 0L;
            StoryParts? bestParts = null;
            for (var run = 0; run < 3; run++)
            {
                var thread = ThreadCpu();
                var before = GC.GetTotalAllocatedBytes(true);
                StoryReports.Build(story, byId, new StoryExtractor());
                var spent = ThreadCpu() - thread;
                if (spent < best)
                {
                    best = spent;
                    allocated = GC.GetTotalAllocatedBytes(true) - before;
                }

                var parts = new StoryParts();
                parts.Build(story, byId);
                if (bestParts is null || parts.Sum < bestParts.Sum)
                {
                    bestParts = parts;
                }
            }

            var stage = bestParts!.Totals().ToDictionary(t => t.Stage, t => Stopwatch.GetElapsedTime(0, t.Ticks).TotalMilliseconds);
            var allocatedByStage = bestParts.Totals().ToDictionary(t => t.Stage, t => t.Allocated / 1048576.0);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {size,4}   {best.TotalMilliseconds,7:F0} ms   {stage["extraction"],8:F0}  {stage["corroboration (claims, alignment, conflicts)"],12:F0}  {stage["stance"],6:F0}  {stage["events"],6:F0}  {stage["briefing"],8:F0}   {allocated / 1048576.0,6:F0} MiB"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"         allocated MiB: {allocatedByStage["extraction"],8:F1}  {allocatedByStage["corroboration (claims, alignment, conflicts)"],12:F1}  {allocatedByStage["stance"],6:F1}  {allocatedByStage["events"],6:F1}  {allocatedByStage["briefing"],8:F1}"));
        }
    }

    /// <summary>
    /// An article added to a story of <paramref name="size"/>: one analyzer reports the story, then the story with one
    /// more article (its per-article results kept, <see cref="ArticleMemo"/>); thread CPU of the second report, best
    /// of 3 (each time another new article), beside the same report from scratch, and whether both write the same JSON.
    /// </summary>
    private static void MeasureAddedArticle(TextWriter output, IReadOnlyList<RealCorpus.Item> source, int size)
    {
        var cleaner = new ArticleCleaner();
        var assembler = new ArticleAssembler();
        var largest = source.GroupBy(i => i.Story).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().ToList();
        var articles = RealCorpus.Replicate(largest, size + 3).Select(d => assembler.Assemble(cleaner.Clean(d))).ToList();
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Story StoryOf(int count) => new("s-" + articles[0].Id, articles[0].Title ?? "", null, null, [.. articles.Take(count).Select(a => a.Id)], [], count, []);
        var (added, scratch) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        StoryStageTimings? stages = null;
        var identical = true;
        for (var run = 0; run < 3; run++)
        {
            // Every report whole (the per-article results kept): the exact report of the grown story; the incremental one is
            // measured by GrowingStoryHarness.
            var analyzer = new Corroborate.Pipeline.StoryAnalyzer(Corroborate.Pipeline.AnalysisOptions.Default with { RebuildGrowth = 0 });
            analyzer.Analyze(StoryOf(size + run), byId);
            var start = ThreadCpu();
            var grown = analyzer.Analyze(StoryOf(size + run + 1), byId);
            if (ThreadCpu() - start is var spent && spent < added)
            {
                (added, stages) = (spent, grown.Timings);
            }

            start = ThreadCpu();
            var fresh = new Corroborate.Pipeline.StoryAnalyzer(Corroborate.Pipeline.AnalysisOptions.Default).Analyze(StoryOf(size + run + 1), byId);
            scratch = Min(scratch, ThreadCpu() - start);
            identical &= Json(grown).AsSpan().SequenceEqual(Json(fresh));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"article added to a {size}-article story (thread CPU, best of 3): {added.TotalMilliseconds:F0} ms as a whole report with the story's per-article results kept, {scratch.TotalMilliseconds:F0} ms from scratch; reports identical: {(identical ? "yes" : "NO")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  its stages (wall ms): extraction {stages!.Extraction.TotalMilliseconds:F0}, corroboration {stages.Corroboration.TotalMilliseconds:F0}, events {stages.Events.TotalMilliseconds:F0}, identity {stages.Identity.TotalMilliseconds:F0}"));
        AddedArticleStages.Measure(output, articles, size);

        static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
        static byte[] Json(StoryReport report)
        {
            using var buffer = new MemoryStream();
            using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
            {
                StoryJsonWriter.Write(json, report);
            }

            return buffer.ToArray();
        }
    }

    private static void MeasureHtml(TextWriter output, string folder)
    {
        var pages = Directory.EnumerateFiles(Path.Combine(folder, "html"), "*.html.gz").Order(StringComparer.Ordinal).Select(path =>
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            return buffer.ToArray();
        }).ToList();
        var format = new HtmlFormat();
        foreach (var page in pages)
        {
            format.ReadDocument(page, "warm-up", ReadLimits.Default, CancellationToken.None);
        }

        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var page in pages)
            {
                format.ReadDocument(page, "bench", ReadLimits.Default, CancellationToken.None);
            }

            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"html extraction: {pages.Count} real pages ({pages.Average(p => p.Length) / 1024:F0} KB on average) in {best.TotalSeconds:F2} s, best of 3: {pages.Count / best.TotalSeconds:F1} pages/s on one thread"));
    }

    /// <summary>CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID, nanoseconds): wall time means little on a loaded machine.</summary>
    internal static TimeSpan ThreadCpu()
    {
        var time = default(TimeSpec);
        return ClockGetTime(ThreadCpuClock, ref time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
            : Process.GetCurrentProcess().TotalProcessorTime;
    }

    private const int ThreadCpuClock = 3;

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, ref TimeSpec time);

    /// <summary>The stages of one story's report, each timed alone, composed as <see cref="StoryReports"/> composes them.</summary>
    private sealed class StoryParts
    {
        private static readonly string[] Stages = ["extraction", "corroboration (claims, alignment, conflicts)", "stance", "events", "briefing"];
        private readonly long[] _ticks = new long[Stages.Length];
        private readonly long[] _allocated = new long[Stages.Length];
        private readonly StoryExtractor _extractor = new();
        private readonly StoryCorroborator _withoutStance = new(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default, stance: null);
        private readonly BriefingBuilder _briefings = new();

        public long Sum => _ticks.Sum();

        public void Build(Story story, IReadOnlyDictionary<string, Article> byId)
        {
            var copies = story.Duplicates.ToDictionary(d => d.ArticleId, d => d.DuplicateOf, StringComparer.Ordinal);
            var members = story.ArticleIds.Where(byId.ContainsKey).Distinct(StringComparer.Ordinal).Select(id => byId[id]).ToList();
            var originals = members.Where(a => !copies.ContainsKey(a.Id)).ToList();
            var extraction = Time(0, () => _extractor.Extract(members));
            var corroboration = Time(1, () => _withoutStance.Corroborate(members, extraction, copies));
            Time(2, () => StoryCorroborator.WithStance(corroboration.Claims, members, FncStanceModel.Default));
            Time(3, () => Events.Code(originals, extraction with { Amounts = [.. extraction.Amounts.Where(a => !copies.ContainsKey(a.ArticleId))] }));
            // The briefing is built inside the corroborator; it is built again here to be timed alone (and taken out of corroboration).
            var briefing = Time(4, () => _briefings.Build(members, corroboration.Claims, StorySources.Of(members, copies), extraction.Timeline));
            GC.KeepAlive(briefing);
        }

        public IEnumerable<(string Stage, long Ticks, long Allocated)> Totals()
        {
            for (var i = 0; i < Stages.Length; i++)
            {
                yield return (Stages[i], i == 1 ? Math.Max(0, _ticks[1] - _ticks[4]) : _ticks[i], i == 1 ? Math.Max(0, _allocated[1] - _allocated[4]) : _allocated[i]);
            }
        }

        /// <summary>Runs one stage, adding its thread CPU time (in stopwatch ticks) and allocation to the stage's totals.</summary>
        private T Time<T>(int stage, Func<T> work)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadCpu();
            var result = work();
            _ticks[stage] += (ThreadCpu() - start).Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
            _allocated[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            return result;
        }
    }

    /// <summary>Rows of the stage table: articles/s, CPU, allocation and the peak resident memory reached when the stage ended.</summary>
    private sealed class StageTable(TextWriter output, string label)
    {
        private readonly List<string> _rows = [];

        public long Last { get; private set; }

        public T Run<T>(string stage, int articles, Func<T> work, Func<T, int>? count = null, long subtract = 0)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            var result = work();
            Last = Stopwatch.GetTimestamp() - start;
            Add(stage, articles == 0 ? count!(result) : articles, Math.Max(1, Last - subtract), GC.GetTotalAllocatedBytes() - allocated,
                Process.GetCurrentProcess().TotalProcessorTime - cpu);
            return result;
        }

        public async Task RunAsync(string stage, int articles, Func<Task> work)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            await work();
            Add(stage, articles, Stopwatch.GetTimestamp() - start, GC.GetTotalAllocatedBytes() - allocated, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        }

        public void Add(string stage, int articles, long ticks, long allocated, TimeSpan? cpu = null)
        {
            // Articles per CPU second where the process CPU was read (per thread CPU for the report stages): wall time on a
            // machine shared with other builds says more about them than about us.
            var seconds = Stopwatch.GetElapsedTime(0, ticks).TotalSeconds;
            var busy = cpu?.TotalSeconds ?? seconds;
            _rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-50} {seconds,7:F2} s wall {(cpu is { } c ? $"{c.TotalSeconds,7:F2} s CPU" : "           "),-12} {articles / Math.Max(busy, 1e-9),8:N0} articles/CPU-s {allocated / 1048576.0,7:N0} MiB allocated  peak resident {PeakResident() / 1048576.0,5:N0} MiB"));
        }

        public void Print()
        {
            output.WriteLine($"{label}, stage by stage on one thread:");
            foreach (var row in _rows)
            {
                output.WriteLine(row);
            }
        }

        /// <summary>VmHWM: the most resident memory this process has held so far.</summary>
        private static long PeakResident()
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }

            return 0;
        }
    }
}
