using System.Diagnostics;
using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Events;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Bench;

/// <summary>
/// Where the time of an added article goes: the story's report rebuilt step by step as <c>StoryAnalyzer</c> does, with a
/// memo kept from the report before it (one article fewer), each step's thread CPU apart (best of 3 per step).
/// </summary>
internal static class AddedArticleStages
{
    public static void Measure(TextWriter output, IReadOnlyList<Article> articles, int size)
    {
        var names = new[] { "entity resolution", "timeline", "extraction", "claim sentences", "alignment", "value conflicts", "stance", "briefing", "events", "corroboration without stance (all of its steps)" };
        var best = Enumerable.Repeat(double.MaxValue, names.Length).ToArray();
        for (var run = 0; run < 3; run++)
        {
            var memo = new ArticleMemo();
            var extractor = new StoryExtractor();
            var claims = new ClaimExtractor();
            var aligner = new ClaimAligner();
            var briefings = new BriefingBuilder();
            var events = Corroborate.Pipeline.AnalysisOptions.Default.CreateEventCoder();
            var spent = new double[names.Length];
            var allocated = new double[names.Length];
            var mentionExtractor = new EntityMentionExtractor(Gazetteer.Default, EntityLexicon.Default);
            var resolver = new EntityResolver(Gazetteer.Default);
            var timeline = new TimelineBuilder();
            foreach (var count in new[] { size + run, size + run + 1 })
            {
                var members = articles.Take(count).ToList();
                var timed = count == size + run + 1;
                var perArticle = members.Select(a => (Article: a, Mentions: memo.GetOrAdd(a, mentionExtractor, mentionExtractor.Extract))).ToList();
                Time(0, () => resolver.Resolve(perArticle));
                Time(1, () => timeline.Build(members, memo));
                var extraction = Time(2, () => extractor.Extract(members, memo));
                var sources = StorySources.Of(members, null);
                var mentions = Time(3, () => WrittenDays.Place(claims.Extract(members, extraction, sources.OutletOf, memo)));
                var (groups, similarity) = Time(4, () => aligner.AlignWithSimilarity(mentions, (_, _) => false));
                var claimOf = new int[mentions.Length];
                var position = new Dictionary<ClaimMention, int>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < mentions.Length; i++)
                {
                    position[mentions[i]] = i;
                }

                for (var g = 0; g < groups.Count; g++)
                {
                    foreach (var m in groups[g])
                    {
                        claimOf[position[m]] = g;
                    }
                }

                Time(5, () => ValueConflicts.Find(mentions, similarity, claimOf, ConflictOptions.Default, (_, _) => false));
                var corroborated = Time(9, () => new StoryCorroborator(claims, aligner, briefings, Gazetteer.Default, stance: null).Corroborate(members, extraction, null, memo));
                var stanced = Time(6, () => StoryCorroborator.WithStance(corroborated.Claims, members, FncStanceModel.Default, memo));
                Time(7, () => briefings.Build(members, stanced, sources, extraction.Timeline));
                Time(8, () => events.Code(members, extraction, memo));

                T Time<T>(int step, Func<T> work)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var start = ThreadCpu();
                    var result = work();
                    if (timed)
                    {
                        spent[step] = (ThreadCpu() - start).TotalMilliseconds;
                    }
                    else if (run == 0)
                    {
                        // The first report of the first run reads every article from scratch: what a whole report allocates, step by step.
                        allocated[step] = (GC.GetAllocatedBytesForCurrentThread() - before) / 1048576.0;
                    }

                    return result;
                }
            }

            for (var i = 0; i < names.Length; i++)
            {
                best[i] = Math.Min(best[i], spent[i]);
            }

            if (run == 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  a {size}-article report's steps from scratch allocate (MiB): {string.Join(", ", names.Select((n, i) => $"{n} {allocated[i]:F1}"))}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  an added article's steps (thread CPU ms, best of 3 each): {string.Join(", ", names.Select((n, i) => $"{n} {best[i]:F0}"))}"));
    }

    private static TimeSpan ThreadCpu() => RealArticlesHarness.ThreadCpu();
}
