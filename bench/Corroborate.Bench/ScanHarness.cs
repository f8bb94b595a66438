using System.Diagnostics;
using Corroborate.Corroboration;
using Corroborate.Events;
using Corroborate.Extraction;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>
/// Linear-time proof for every text-scanning stage: one long token (30 KB is what broke quote extraction)
/// in several shapes, placed before, inside and after a quotation, in a heading and alone, at doubling
/// sizes. Prints the time per stage at each size and the growth exponent of the last doubling
/// (log2 of the time ratio: about 1 is linear, about 2 quadratic). A stage taking longer than the budget
/// at one size is not grown further and is flagged.
/// </summary>
internal static class ScanHarness
{
    private static readonly (string Name, Func<int, string> Make)[] Shapes =
    [
        ("letters", n => new string('x', n)),
        ("Capitalised", n => "X" + new string('x', n - 1)),
        ("digits", n => new string('7', n)),
        ("CJK", n => new string('中', n)),
        ("hyphenated", n => string.Concat(Enumerable.Repeat("Ab-", n / 3))),
        ("apostrophes", n => string.Concat(Enumerable.Repeat("a’b", n / 3))),
        ("open-quotes", n => string.Concat(Enumerable.Repeat("1‘a", n / 3))),
        ("url", n => "https://example.org/" + string.Concat(Enumerable.Repeat("a1/", n / 3))),
        ("base64", n => string.Concat(Enumerable.Repeat("aB+/9=", n / 6))),
    ];

    private static readonly (string Name, string Template)[] Placements =
    [
        ("before a quote", "Harbour talks\n\nPresident Ana Ruiz said {T} \"We will not accept these terms at all,\" she added on Tuesday."),
        ("inside a quote", "Harbour talks\n\n\"We will not {T} accept these terms at all,\" said Ana Ruiz on Tuesday."),
        ("after a quote", "Harbour talks\n\n\"We will not accept these terms at all,\" said {T} on Tuesday, officials said."),
        ("pronoun speaker", "Harbour talks\n\nAna Ruiz met the unions. He said {T}\"We will not accept these terms at all.\""),
        ("heading", "Harbour talks\n\n{T}\n\nThe harbour reopened on Monday, port director Ana Ruiz said."),
        ("alone", "{T}"),
    ];

    /// <summary>The event coder is built once, as an analysis builds it (its place lookups are remembered across calls).</summary>
    private static readonly StoryEventCoder Events = Corroborate.Pipeline.AnalysisOptions.Default.CreateEventCoder();

    private static readonly (string Stage, Func<Prepared, object> Run)[] Stages =
    [
        ("clean+assemble", p => new ArticleAssembler().Assemble(new ArticleCleaner().Clean(p.Document))),
        ("entities", p => new EntityMentionExtractor().Extract(p.Article)),
        ("quotes", p => new QuoteExtractor().Extract(p.Article, p.Mentions)),
        ("dates", p => TemporalExpressionExtractor.Default.Extract(p.Article)),
        ("amounts", p => new AmountExtractor().Extract(p.Article)),
        ("story extraction", p => p.Extractor.Extract([p.Article])),
        ("corroboration", p => Corroborate.Pipeline.AnalysisOptions.Default.CreateCorroborator().Corroborate([p.Article], p.Extraction)),
        ("events", p => Events.Code([p.Article], p.Extraction)),
    ];

    private sealed record Prepared(SourceDocument Document, Article Article, System.Collections.Immutable.ImmutableArray<EntityMention> Mentions,
        StoryExtractor Extractor, StoryExtraction Extraction);

    public static void Run(TextWriter output, int maxKilobytes, double budgetSeconds)
    {
        output.WriteLine($"Linear scanning: one long token per article, {Shapes.Length} shapes × {Placements.Length} placements, 2 KB to {maxKilobytes} KB");
        var extractor = new StoryExtractor();
        var worst = new Dictionary<string, (double Exponent, string Case, double Seconds)>();
        foreach (var (shape, make) in Shapes)
        {
            foreach (var (placement, template) in Placements)
            {
                var previous = new Dictionary<string, double>();
                var stopped = new HashSet<string>();
                for (var kb = 2; kb <= maxKilobytes; kb *= 2)
                {
                    var text = template.Replace("{T}", make(kb * 1024), StringComparison.Ordinal);
                    var document = PlainTextHeaderReader.Read(text, "scan.txt");
                    var article = new ArticleAssembler().Assemble(new ArticleCleaner().Clean(document));
                    var mentions = new EntityMentionExtractor().Extract(article);
                    var prepared = new Prepared(document, article, mentions, extractor, extractor.Extract([article]));
                    foreach (var (stage, run) in Stages)
                    {
                        if (stopped.Contains(stage))
                        {
                            continue;
                        }

                        var seconds = Time(() => run(prepared));
                        if (previous.TryGetValue(stage, out var before) && before > 0.002)
                        {
                            var exponent = Math.Log2(seconds / before);
                            if (!worst.TryGetValue(stage, out var known) || exponent > known.Exponent)
                            {
                                worst[stage] = (exponent, $"{shape} {placement} at {kb} KB", seconds);
                            }
                        }

                        previous[stage] = seconds;
                        if (seconds > budgetSeconds)
                        {
                            stopped.Add(stage);
                            output.WriteLine($"  SLOW {stage}: {seconds:F1} s for a {kb} KB {shape} token {placement}");
                        }
                    }
                }
            }
        }

        output.WriteLine();
        output.WriteLine($"  {"stage",-18} {"worst doubling exponent",24}  case (time at that size)");
        foreach (var (stage, _) in Stages)
        {
            if (worst.TryGetValue(stage, out var w))
            {
                output.WriteLine($"  {stage,-18} {w.Exponent,24:F2}  {w.Case} ({w.Seconds * 1000:F0} ms)");
            }
            else
            {
                output.WriteLine($"  {stage,-18} {"< 2 ms at every size",24}");
            }
        }
    }

    /// <summary>Best of three runs, so one collection or a busy neighbour does not read as growth.</summary>
    private static double Time(Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            if (best > 1)
            {
                break;
            }
        }

        return best;
    }
}
