using System.Diagnostics;
using System.Globalization;
using System.Text;
using Corroborate.Corroboration.Stance;
using Corroborate.Evaluation.Stance;

namespace Corroborate.Bench;

/// <summary>
/// Stopwatch harness for the stance classifier on one thread: generated article bodies (fixed seed) paired with
/// headlines, once analysing the body on every call and once with bodies prepared and reused; then, when the
/// shared FNC-1 folder is present, all its pairs with the body analysed on every call. Prints pairs/s.
/// </summary>
internal static class StanceHarness
{
    private const int Seed = 20161215;

    public static void Run(TextWriter output, int count, string? fncFolder)
    {
        var classifier = StanceClassifier.Load();
        var generator = new ArticleCorpusGenerator(Seed);
        var bodies = Enumerable.Range(0, 200).Select(i => Encoding.UTF8.GetString(generator.Next(i))).ToArray();
        var headlines = bodies.Select(b => b.Split('.', 2)[0]).ToArray();
        var pairs = Math.Min(count, 20_000);

        // Warm-up so JIT time does not count.
        for (var i = 0; i < 50; i++)
        {
            classifier.Predict(headlines[i % headlines.Length], bodies[(i * 7) % bodies.Length]);
        }

        var labels = new int[StanceLabels.Count];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < pairs; i++)
        {
            labels[(int)classifier.Predict(headlines[i % headlines.Length], bodies[(i * 7) % bodies.Length]).Label]++;
        }

        Report(output, "stance (generated, body analysed per pair)", pairs, watch.Elapsed, bodies.Average(b => b.Length), labels);

        var prepared = bodies.Select(classifier.Prepare).ToArray();
        Array.Clear(labels);
        watch.Restart();
        for (var i = 0; i < pairs; i++)
        {
            labels[(int)classifier.Predict(headlines[i % headlines.Length], prepared[(i * 7) % prepared.Length]).Label]++;
        }

        Report(output, "stance (generated, prepared bodies)", pairs, watch.Elapsed, bodies.Average(b => b.Length), labels);

        if (fncFolder is null)
        {
            output.WriteLine("stance (FNC-1): shared data not found, skipped");
            return;
        }

        var dataset = StanceDataset.Load(Path.Combine(fncFolder, "bodies.csv"), Path.Combine(fncFolder, "stances.csv"));
        Array.Clear(labels);
        watch.Restart();
        foreach (var pair in dataset.Pairs)
        {
            labels[(int)classifier.Predict(pair.Headline, dataset.Bodies[pair.BodyId]).Label]++;
        }

        Report(output, "stance (FNC-1 pairs, body analysed per pair)", dataset.Pairs.Length, watch.Elapsed, dataset.Pairs.Average(p => dataset.Bodies[p.BodyId].Length), labels);
    }

    private static void Report(TextWriter output, string name, int pairs, TimeSpan elapsed, double averageBodyChars, int[] labels)
    {
        var spread = string.Join(", ", Enum.GetValues<StanceLabel>().Select(l => $"{l.ToFncName()} {labels[(int)l]}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {pairs} pairs in {elapsed.TotalSeconds:F2} s = {pairs / elapsed.TotalSeconds:F0} pairs/s on one thread (bodies {averageBodyChars:F0} chars on average; {spread})"));
    }
}
