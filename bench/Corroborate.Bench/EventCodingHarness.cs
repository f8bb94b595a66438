using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Corroborate.Events;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run events [--count N]</c>: sentences coded per second on one core with the built-in dictionaries, over
/// generated news sentences (ours) and, when the shared data is there, the GigaWord sample sentences (text only).
/// </summary>
internal static class EventCodingHarness
{
    private static readonly string[] Actors =
    [
        "Iran", "Cuba", "the United States", "Venezuelan President Nicolas Maduro", "Russia's foreign minister", "Chinese officials",
        "the Iranian president", "Nicaragua", "French troops", "the Brazilian government", "Turkey and Greece", "Japan's prime minister",
    ];

    private static readonly string[] Verbs =
    [
        "met", "signed an agreement with", "criticized", "visited", "accused", "did not meet", "may sign a deal with", "welcomed",
        "was attacked by", "condemned", "agreed to cooperate with", "plans to visit", "urged", "threatened", "praised", "hosted",
    ];

    private static readonly string[] Tails =
    [
        " on Thursday.", " in Havana on Monday, officials said.", ", according to state media.", " after talks on trade and energy.",
        " during a two-day visit to the region.", ".",
    ];

    public static void Run(TextWriter output, int count, string? sharedValidationFolder)
    {
        var random = new Random(6);
        var sentences = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (a, b) = (Actors[random.Next(Actors.Length)], Actors[random.Next(Actors.Length)]);
            var sentence = $"{a} {Verbs[random.Next(Verbs.Length)]} {b}{Tails[random.Next(Tails.Length)]}";
            sentences.Add(char.ToUpperInvariant(sentence[0]) + sentence[1..]);
        }

        var coder = new EventCoder(EventDictionaries.Default);
        Measure(output, "generated", coder, sentences);

        var gigaword = sharedValidationFolder is null ? null : Path.Combine(sharedValidationFolder, "GigaWord.sample.PETR.xml");
        if (gigaword is not null && File.Exists(gigaword))
        {
            var texts = XDocument.Load(gigaword).Descendants("Text").Select(t => string.Join(' ', t.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
            var repeated = Enumerable.Range(0, Math.Max(1, count / Math.Max(1, texts.Count))).SelectMany(_ => texts).ToList();
            Measure(output, "gigaword", coder, repeated);
        }
    }

    private static void Measure(TextWriter output, string name, EventCoder coder, List<string> sentences)
    {
        // Warm up the dictionaries and the JIT before timing.
        foreach (var sentence in sentences.Take(200))
        {
            coder.Code(sentence);
        }

        var codings = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            codings += coder.Code(sentence).Count;
        }

        watch.Stop();
        process.Refresh();
        // One thread codes; CPU time is what one core spent, wall time also counts waiting on a busy machine.
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"events {name,-10} {sentences.Count,7} sentences, one thread: {sentences.Count / cpu,9:N0} sentences per CPU-second ({cpu:F2} s CPU), {sentences.Count / watch.Elapsed.TotalSeconds,9:N0} per wall second, {codings} codings, avg {sentences.Average(s => s.Length):F0} chars"));
    }
}
