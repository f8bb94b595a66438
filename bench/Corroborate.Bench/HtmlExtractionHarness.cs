using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;
using Corroborate.Evaluation.Html;

namespace Corroborate.Bench;

/// <summary>
/// Stopwatch harness for HTML reading (decode, parse, metadata, extraction) on one thread: prints pages/s
/// over the benchmark pages in <c>datasetDir</c>, or over generated pages (fixed seed) when it is absent.
/// </summary>
internal static class HtmlExtractionHarness
{
    /// <summary>Passes over the corpus; the first is a warm-up and is not timed.</summary>
    private const int TimedPasses = 3;

    private const int GeneratedPages = 90;

    private const int Seed = 20240315;

    public static void Run(TextWriter output, string? datasetDir)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (pages, origin) = datasetDir is not null && Directory.Exists(Path.Combine(datasetDir, "html"))
            ? (LoadDataset(datasetDir), datasetDir)
            : (Generate(), $"{GeneratedPages} generated pages (seed {Seed})");

        var format = new HtmlFormat();
        var limits = ReadLimits.Default;
        long chars = 0;
        foreach (var page in pages)
        {
            chars += format.ReadDocument(page, "warm-up", limits, CancellationToken.None).Text.Length;
        }

        var before = GC.GetTotalAllocatedBytes();
        var cpu = RealArticlesHarness.ThreadCpu();
        var watch = Stopwatch.StartNew();
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            foreach (var page in pages)
            {
                format.ReadDocument(page, "bench", limits, CancellationToken.None);
            }
        }

        watch.Stop();
        cpu = RealArticlesHarness.ThreadCpu() - cpu;
        var count = pages.Count * TimedPasses;
        var megabytes = pages.Sum(p => (long)p.Length) * TimedPasses / 1e6;
        output.WriteLine($"html extraction: {origin}");
        output.WriteLine($"  {count} pages in {watch.Elapsed.TotalSeconds:F2} s on one thread: {count / watch.Elapsed.TotalSeconds:F0} pages/s, {megabytes / watch.Elapsed.TotalSeconds:F1} MB/s");
        output.WriteLine($"  thread CPU {cpu.TotalSeconds:F2} s: {count / cpu.TotalSeconds:F0} pages per CPU-second (the figure to compare on a loaded machine)");
        output.WriteLine($"  {(GC.GetTotalAllocatedBytes() - before) / count / 1024:N0} KiB allocated per page, peak working set {Environment.WorkingSet / (1024 * 1024):N0} MiB, {chars / pages.Count:N0} chars of text per page");
        Phases(output, pages);
        if (datasetDir is not null && File.Exists(Path.Combine(datasetDir, "ground-truth.json")))
        {
            var score = new ExtractionEvaluation().Run(datasetDir).Score;
            output.WriteLine($"  extraction quality on these pages: P={score.Precision:F4} R={score.Recall:F4} F1={score.F1:F4}");
        }
    }

    /// <summary>Where a page's time goes: decoding, the nesting check, the DOM parse, metadata and main text, one pass.</summary>
    private static void Phases(TextWriter output, List<byte[]> pages)
    {
        var limits = ReadLimits.Default;
        var extractor = new ArticleExtractor();
        long decode = 0, depth = 0, parse = 0, metadata = 0, extract = 0;
        foreach (var page in pages)
        {
            var t0 = Now();
            var html = HtmlDecoder.Decode(page, "bench");
            var t1 = Now();
            MarkupDepth.Measure(html, limits.MaxNestingDepth);
            var t2 = Now();
            using var document = HtmlFormat.Parse(html);
            var t3 = Now();
            var meta = HtmlMetadataReader.Read(document);
            var t4 = Now();
            extractor.Extract(document, meta.Title, CancellationToken.None);
            var t5 = Now();
            (decode, depth, parse, metadata, extract) = (decode + t1 - t0, depth + t2 - t1, parse + t3 - t2, metadata + t4 - t3, extract + t5 - t4);
        }

        static long Now() => RealArticlesHarness.ThreadCpu().Ticks;
        double Ms(long ticks) => ticks / (double)TimeSpan.TicksPerMillisecond / pages.Count;
        output.WriteLine($"  per page, thread CPU: decode {Ms(decode):F2} ms, nesting check {Ms(depth):F2}, parse {Ms(parse):F2}, metadata {Ms(metadata):F2}, main text {Ms(extract):F2}");
    }

    private static List<byte[]> LoadDataset(string directory)
    {
        var pages = new List<byte[]>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(directory, "html"), "*.html.gz").Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            pages.Add(buffer.ToArray());
        }

        return pages;
    }

    /// <summary>News-like pages of about the benchmark's size: navigation, article paragraphs, related links, comments.</summary>
    private static List<byte[]> Generate()
    {
        var random = new Random(Seed);
        string[] words = ["council", "bridge", "harbour", "said", "the", "on", "a", "report", "residents", "week", "new", "plan", "after", "would", "from", "river", "school", "budget", "and", "of"];
        string Sentence(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)])) + ".";
        var pages = new List<byte[]>();
        for (var i = 0; i < GeneratedPages; i++)
        {
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story ")
                .Append(i).Append(" | Bench News</title><script>var tracking = {};</script></head><body><nav>");
            for (var j = 0; j < 40; j++)
            {
                html.Append("<a href=\"/s").Append(j).Append("\">Section ").Append(j).Append("</a>");
            }

            html.Append("</nav><main><article><h1>Story ").Append(i).Append("</h1><div class=\"article-body\">");
            for (var p = 0; p < 12 + random.Next(12); p++)
            {
                html.Append("<p>").Append(Sentence(20 + random.Next(30))).Append(", ").Append(Sentence(15)).Append("</p>");
            }

            html.Append("</div></article><aside class=\"related\"><ul>");
            for (var r = 0; r < 10; r++)
            {
                html.Append("<li><a href=\"/r").Append(r).Append("\">").Append(Sentence(8)).Append("</a></li>");
            }

            html.Append("</ul></aside><section class=\"comments\">");
            for (var c = 0; c < 8; c++)
            {
                html.Append("<div class=\"comment\"><p>").Append(Sentence(25)).Append("</p></div>");
            }

            html.Append("</section></main><footer>Bench News</footer></body></html>");
            pages.Add(Encoding.UTF8.GetBytes(html.ToString()));
        }

        return pages;
    }
}
