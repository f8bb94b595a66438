using System.Diagnostics;
using Corroborate.Ingest;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Bench;

/// <summary>
/// Read + clean + language ID + sentences + hash over a generated corpus on one thread, printing
/// articles/s, time per stage and peak memory. Storage is left out: it measures the text path.
/// </summary>
internal static class TextStageHarness
{
    public static async Task RunAsync(TextWriter output, int count)
    {
        var generator = new ArticleCorpusGenerator(seed: 20230615);
        var corpus = Enumerable.Range(0, count).Select(generator.Next).ToList();
        var bytes = corpus.Sum(c => (long)c.Length);
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var reader = new InputReader();
        var pipeline = new IngestPipeline(store);

        // Warm-up: JIT and the static word lists, so the timing measures steady-state throughput.
        for (var i = 0; i < Math.Min(200, count); i++)
        {
            using var stream = new MemoryStream(corpus[i]);
            foreach (var document in reader.Read(stream, $"warmup-{i}.txt").Documents())
            {
                pipeline.Process(document);
            }
        }

        var timed = new IngestPipeline(store);
        var readTicks = 0L;
        var sentences = 0L;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < corpus.Count; i++)
        {
            using var stream = new MemoryStream(corpus[i]);
            var start = Stopwatch.GetTimestamp();
            var documents = reader.Read(stream, $"generated-{i}.txt").Documents().ToList();
            readTicks += Stopwatch.GetTimestamp() - start;
            foreach (var document in documents)
            {
                sentences += timed.Process(document).Sentences.Length;
            }
        }

        watch.Stop();
        timed.Timings.Add("read", readTicks);
        output.WriteLine($"text stage: {count:N0} generated articles ({bytes / 1024.0 / 1024.0:F1} MiB), {sentences:N0} sentences, one thread");
        output.WriteLine($"  throughput   {count / watch.Elapsed.TotalSeconds,10:N0} articles/s   ({bytes / 1024.0 / 1024.0 / watch.Elapsed.TotalSeconds:F1} MiB/s)");
        foreach (var (stage, time) in timed.Timings.Totals.OrderBy(t => t.Key))
        {
            output.WriteLine($"  {stage,-12} {time.TotalMilliseconds * 1000 / count,10:F1} µs/article");
        }

        output.WriteLine($"  peak memory  {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0,10:F0} MiB working set");
    }
}
