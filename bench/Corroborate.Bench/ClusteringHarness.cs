using System.Diagnostics;
using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Evaluation.Stories;

namespace Corroborate.Bench;

/// <summary>
/// Stopwatch harness for story clustering: streams generated articles (<see cref="StoryStreamGenerator"/>,
/// seed 42) through one <see cref="StoryClusterer"/> on one thread and prints, per slice of the stream,
/// articles/s and ns/article (flat figures mean placing an article does not get dearer as the store
/// grows), then the totals, BCubed against the generator's events, and peak memory. Generating the
/// text is not timed.
/// </summary>
internal static class ClusteringHarness
{
    private const int Seed = 42;
    private const int Slices = 10;

    public static void Run(TextWriter output, int[] sizes)
    {
        foreach (var size in sizes)
        {
            RunOne(output, size);
        }
    }

    private static void RunOne(TextWriter output, int size)
    {
        var generator = new StoryStreamGenerator(Seed);
        var clusterer = new StoryClusterer();
        var predicted = new List<string>(size);
        var gold = new List<string>(size);
        var slice = Math.Max(1, size / Slices);
        var total = TimeSpan.Zero;
        var copies = 0;
        output.WriteLine(Invariant($"story clustering, {size:N0} generated articles, seed {Seed}"));
        // CPU time beside wall time: on a shared machine the wall clock also counts other processes.
        output.WriteLine("  articles         articles/s   ns/article   CPU ns/article   bytes/article   active stories");
        using var process = Process.GetCurrentProcess();
        for (var done = 0; done < size;)
        {
            var count = Math.Min(slice, size - done);
            var batch = new List<(Corroborate.Model.Article Article, string Event)>(count);
            for (var i = 0; i < count; i++)
            {
                batch.Add(generator.Next());
            }

            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            foreach (var (article, _) in batch)
            {
                var assignment = clusterer.Assign(article);
                predicted.Add(article.Id);
                copies += assignment.DuplicateOf is null ? 0 : 1;
            }

            watch.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            total += watch.Elapsed;
            gold.AddRange(batch.Select(x => x.Event));
            output.WriteLine(Invariant($"  {done + 1,7:N0}-{done + count,-7:N0} {count / watch.Elapsed.TotalSeconds,12:N0} {watch.Elapsed.TotalNanoseconds / count,12:N0} {cpu.TotalNanoseconds / count,16:N0} {allocated / count,15:N0} {clusterer.Index.ActiveCount,16:N0}"));
            done += count;
        }

        // Scored on the final stories: the re-check may move or merge articles placed earlier.
        var score = BCubedScorer.Score([.. predicted.Select(id => clusterer.Index.StoryOf(id)!)], gold);
        var memory = GC.GetGCMemoryInfo();
        process.Refresh();
        output.WriteLine(Invariant($"  total {size / total.TotalSeconds:N0} articles/s, {total.TotalNanoseconds / size:N0} ns/article; {clusterer.Index.Count:N0} stories, {copies:N0} copies"));
        output.WriteLine(Invariant($"  BCubed against generated events: {score}"));
        output.WriteLine(Invariant($"  peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB; GC heap {memory.HeapSizeBytes / 1048576.0:N0} MiB, committed {memory.TotalCommittedBytes / 1048576.0:N0} MiB"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
