using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Bench.Planted;

/// <summary>
/// <c>bench/run alignment [--data FILE] [--part dev|heldout|all] [--topics 1,2] [--pairs FILE]</c>: how often claim alignment joins sentences of two different
/// happenings. Every ECB+ topic holds two events of one kind (two quakes, two arrests); the topic's articles are reported
/// as ONE story, as if clustering had merged them, and each pair of sentences from two articles that the alignment put in
/// one claim is counted as same-event or cross-event by the articles' gold stories. Cross-event pairs are mostly wrong
/// (two quakes' tolls told as one claim) but not all (background both events' articles repeat), so the figure is a proxy
/// to compare settings by, not a precision: fewer cross-event pairs at about as many same-event pairs is better.
/// </summary>
internal static class AlignmentHarness
{
    public static async Task<int> RunAsync(TextWriter output, string[] args, string? dataFile)
    {
        dataFile = Option(args, "--data") ?? dataFile;
        if (dataFile is null || !File.Exists(dataFile))
        {
            output.WriteLine("  alignment: skipped (ecbplus/dev.jsonl not found; pass --data or set CORROBORATE_SHARED)");
            return 0;
        }

        var only = Option(args, "--topics")?.Split(',').ToHashSet(StringComparer.Ordinal);
        // The planted evaluation's split of topics: rules are read on the development part only.
        var part = Option(args, "--part") ?? "dev";
        var articles = PlantedChangeGenerator.Read(dataFile);
        var parts = new PlantedChangeGenerator(PlantedEvaluationHarness.DefaultSeed).Parts(articles);
        var corroborator = new StoryCorroborator(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default);
        var extractor = new StoryExtractor();
        using var pairs = Option(args, "--pairs") is { } pairsFile ? new StreamWriter(pairsFile) : null;
        long same = 0, cross = 0, claims = 0, mixedClaims = 0;
        output.WriteLine("  topic   articles   claims≥2   mixed   same-event pairs   cross-event pairs");
        foreach (var topic in articles.GroupBy(a => a.Topic, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if ((only is not null && !only.Contains(topic.Key)) || (part != "all" && parts[topic.Key] != part))
            {
                continue;
            }

            await using var store = await SqliteArticleStore.OpenAsync(":memory:");
            var pipeline = new IngestPipeline(store);
            var members = topic.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            var documents = members.Select((a, i) => new SourceDocument { Source = $"{a.Id}:{i + 1}", ExternalId = a.Id, Title = a.Title, Text = a.Text }).ToList();
            var read = await pipeline.IngestDocumentsAsync(documents);
            var unique = read.DistinctBy(a => a.ContentHash).ToImmutableArray();
            var storyOf = members.ToDictionary(a => a.Id, a => a.Story, StringComparer.Ordinal);
            var gold = unique.ToDictionary(a => a.Id, a => storyOf[a.ExternalId ?? a.Id], StringComparer.Ordinal);
            var story = new Story("s-" + topic.Key, topic.Key, null, null, [.. unique.Select(a => a.Id)], [], unique.Length, []);
            var report = StoryReports.Build(story, unique.ToDictionary(a => a.Id, StringComparer.Ordinal), extractor, corroborator);
            long topicSame = 0, topicCross = 0, topicClaims = 0, topicMixed = 0;
            foreach (var claim in report.Corroboration?.Claims ?? [])
            {
                if (claim.Articles.Length < 2)
                {
                    continue;
                }

                topicClaims++;
                topicMixed += claim.Articles.Select(a => gold[a]).Distinct(StringComparer.Ordinal).Count() > 1 ? 1 : 0;
                var mentions = claim.Mentions;
                for (var i = 0; i < mentions.Length; i++)
                {
                    for (var j = i + 1; j < mentions.Length; j++)
                    {
                        if (mentions[i].ArticleId == mentions[j].ArticleId)
                        {
                            continue;
                        }

                        pairs?.WriteLine(string.Join('\t', topic.Key, gold[mentions[i].ArticleId] == gold[mentions[j].ArticleId] ? "same" : "cross",
                            mentions[i].Text.ReplaceLineEndings(" "), mentions[j].Text.ReplaceLineEndings(" ")));
                        if (gold[mentions[i].ArticleId] == gold[mentions[j].ArticleId])
                        {
                            topicSame++;
                        }
                        else
                        {
                            topicCross++;
                        }
                    }
                }
            }

            output.WriteLine($"  {topic.Key,-7} {unique.Length,8} {topicClaims,10} {topicMixed,7} {topicSame,18} {topicCross,19}");
            same += topicSame;
            cross += topicCross;
            claims += topicClaims;
            mixedClaims += topicMixed;
        }

        output.WriteLine($"  all             {claims,10} {mixedClaims,7} {same,18} {cross,19}   cross-event share of pairs {100.0 * cross / Math.Max(1, same + cross):F1} %");
        return 0;
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
