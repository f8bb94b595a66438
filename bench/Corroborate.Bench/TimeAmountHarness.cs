using System.Diagnostics;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Bench;

/// <summary>
/// Temporal-expression and amount extraction over the given articles on one thread, printing articles/s,
/// time per stage and what was found. The amount stage runs its own temporal pass (dates mask their digits),
/// so "both" is what a caller pays for the two stages together.
/// </summary>
internal static class TimeAmountHarness
{
    /// <summary>Repeats small inputs until at least this many articles are timed, so the clock sees more than noise.</summary>
    private const int MinTimedArticles = 2_000;

    private const int WarmupCalls = 1_000;

    public static void Run(TextWriter output, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            output.WriteLine("time+amount stage: no articles");
            return;
        }

        var temporal = TemporalExpressionExtractor.Default;
        var amounts = new AmountExtractor(temporal);

        // Warm-up: JIT up to tier 1 (the generated regex scans loop long enough to need it), the word tables,
        // so the timing is steady state.
        for (var i = 0; i < WarmupCalls; i++)
        {
            temporal.Extract(articles[i % articles.Count]);
            amounts.Extract(articles[i % articles.Count]);
        }

        var rounds = Math.Max(1, (MinTimedArticles + articles.Count - 1) / articles.Count);
        long temporalTicks = 0, amountTicks = 0, expressions = 0, resolved = 0, found = 0, chars = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var article in articles)
            {
                var start = Stopwatch.GetTimestamp();
                var dates = temporal.Extract(article);
                var middle = Stopwatch.GetTimestamp();
                var numbers = amounts.Extract(article);
                var end = Stopwatch.GetTimestamp();
                temporalTicks += middle - start;
                amountTicks += end - middle;
                if (round == 0)
                {
                    expressions += dates.Length;
                    foreach (var date in dates)
                    {
                        resolved += date.Resolved ? 1 : 0;
                    }

                    found += numbers.Length;
                    chars += article.CleanText.Length;
                }
            }
        }

        var timed = (double)articles.Count * rounds;
        var both = Stopwatch.GetElapsedTime(0, temporalTicks + amountTicks);
        output.WriteLine($"time+amount stage: {articles.Count:N0} articles x {rounds:N0} rounds ({chars / 1024.0:F0} KiB of clean text), one thread");
        output.WriteLine($"  found        {expressions:N0} time expressions ({resolved:N0} resolved), {found:N0} amounts");
        output.WriteLine($"  throughput   {timed / both.TotalSeconds,10:N0} articles/s (both stages)");
        output.WriteLine($"  temporal     {Stopwatch.GetElapsedTime(0, temporalTicks).TotalMilliseconds * 1000 / timed,10:F1} µs/article");
        output.WriteLine($"  amounts      {Stopwatch.GetElapsedTime(0, amountTicks).TotalMilliseconds * 1000 / timed,10:F1} µs/article");
    }
}
