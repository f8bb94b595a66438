using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Clustering;

namespace Corroborate.Evaluation.Stories;

/// <summary>
/// Chooses clustering settings by leave-topics-out cross-validation and many arrival orders, and measures
/// the choice on topics it never saw. Topics are dealt into folds (shuffled with a fixed seed); each fold's
/// articles form their own stream, clustered in every order under every setting. For each fold, the setting
/// with the best mean F1 over the other folds and all orders is chosen and scored on that fold alone: the
/// honest estimate of how the chosen settings do on unseen news. Orders are seeded permutations, the same
/// for every setting, so settings are compared on the same streams. Deterministic.
/// </summary>
internal static class StoryCrossValidation
{
    /// <summary>
    /// Runs the grid. Throws <see cref="ArgumentException"/> when the grid is empty, fewer than two folds or one
    /// order are asked for, or there are fewer topics than folds.
    /// </summary>
    public static CrossValidationReport Run(
        IReadOnlyList<GoldArticle> data,
        IReadOnlyList<(string Name, StoryClusteringOptions Options)> grid,
        int folds = 5,
        int orders = 20,
        int seed = 18,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(orders, 1);
        if (grid.Count == 0)
        {
            throw new ArgumentException("the grid of settings is empty", nameof(grid));
        }

        var foldTopics = DealTopics(data, folds, seed);
        var streams = foldTopics.Select(topics => data.Where(g => topics.Contains(g.Topic)).ToList()).ToList();

        // scores[setting][fold][order]
        var scores = new BCubedScore[grid.Count][][];
        for (var s = 0; s < grid.Count; s++)
        {
            scores[s] = new BCubedScore[folds][];
            for (var f = 0; f < folds; f++)
            {
                scores[s][f] = new BCubedScore[orders];
                for (var o = 0; o < orders; o++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    scores[s][f][o] = Cluster(Shuffled(streams[f], OrderSeed(seed, f, o)), grid[s].Options);
                }
            }
        }

        var heldOut = ImmutableArray.CreateBuilder<HeldOutFold>();
        var chosenOf = new int[folds];
        for (var f = 0; f < folds; f++)
        {
            var fold = f;
            chosenOf[f] = Best(grid.Count, s => MeanF1(scores[s], except: fold));
            heldOut.Add(new HeldOutFold(f + 1, [.. foldTopics[f].Order(TopicOrder.Instance)], streams[f].Count, grid[chosenOf[f]].Name, [.. scores[chosenOf[f]][f]]));
        }

        var pooled = ImmutableArray.CreateBuilder<BCubedScore>();
        for (var o = 0; o < orders; o++)
        {
            pooled.Add(Pool(Enumerable.Range(0, folds).Select(f => (scores[chosenOf[f]][f][o], streams[f].Count))));
        }

        var settings = ImmutableArray.CreateBuilder<SettingScore>();
        for (var s = 0; s < grid.Count; s++)
        {
            var all = Enumerable.Range(0, orders).Select(o => Pool(Enumerable.Range(0, folds).Select(f => (scores[s][f][o], streams[f].Count)))).ToList();
            settings.Add(new SettingScore(grid[s].Name, all.Average(x => x.F1), all.Min(x => x.F1), all.Average(x => x.Precision), all.Average(x => x.Recall)));
        }

        var onAll = Best(grid.Count, s => MeanF1(scores[s], except: -1));
        return new CrossValidationReport(heldOut.ToImmutable(), pooled.ToImmutable(), settings.ToImmutable(), grid[onAll].Name);
    }

    /// <summary>
    /// Settings around <paramref name="defaults"/>: the join threshold, the weight of numbers, with and without
    /// re-placement and the merge re-check, without and with the small-story margin, plus the settings before
    /// re-placement existed (threshold 0.24, numbers 0.3, no re-check) for comparison. Then the weight of headline words, then the
    /// split re-check (split threshold × cohesion × join 0.24/0.26), then its normalized cut and late split.
    /// </summary>
    public static IReadOnlyList<(string Name, StoryClusteringOptions Options)> Grid(StoryClusteringOptions defaults)
    {
        // The rows of earlier rounds leave the headline words and the split out, as they were.
        var baseline = defaults with { HeadlineWeight = 0, SplitThreshold = 0, NormalizedCutFrom = 0, SplitMaximumArticles = defaults.YoungStoryArticles };
        var grid = new List<(string, StoryClusteringOptions)>
        {
            ("join 0.24, numbers 0.3, no re-check (before)", baseline with { JoinThreshold = 0.24, NumberWeight = 0.3, ReplaceArticles = false, MergeThreshold = 0, SmallStoryArticles = 0, SmallStoryMargin = 0 }),
        };
        foreach (var numbers in (double[])[0.3, 0.4])
        {
            foreach (var join in (double[])[0.26, 0.28, 0.30, 0.32])
            {
                foreach (var merge in (double[])[0, 0.30])
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"join {join:F2}, numbers {numbers:F1}, re-place, merge {(merge > 0 ? merge.ToString("F2", CultureInfo.InvariantCulture) : "off")}");
                    grid.Add((name, baseline with { JoinThreshold = join, NumberWeight = numbers, ReplaceArticles = true, MergeThreshold = merge, SmallStoryArticles = 0, SmallStoryMargin = 0 }));
                }
            }
        }

        // The small-story margin (issue 18), around the best settings without it.
        foreach (var join in (double[])[0.26, 0.28, 0.30])
        {
            foreach (var (articles, margin) in ((int, double)[])[(3, 0.04), (4, 0.04), (3, 0.06)])
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"join {join:F2}, numbers 0.4, re-place, merge 0.30, small story <={articles} +{margin:F2}");
                grid.Add((name, baseline with { JoinThreshold = join, NumberWeight = 0.4, ReplaceArticles = true, MergeThreshold = 0.30, SmallStoryArticles = articles, SmallStoryMargin = margin }));
            }
        }

        // Headline words (issue 18, third round), on the small-story settings (<=4 +0.04).
        foreach (var headline in (double[])[0.1, 0.2, 0.3])
        {
            foreach (var join in (double[])[0.25, 0.26, 0.28])
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"join {join:F2}, numbers 0.4, re-place, merge 0.30, small story <=4 +0.04, headline {headline:F1}");
                grid.Add((name, baseline with { JoinThreshold = join, NumberWeight = 0.4, ReplaceArticles = true, MergeThreshold = 0.30, SmallStoryArticles = 4, SmallStoryMargin = 0.04, HeadlineWeight = headline }));
            }
        }

        // The split re-check (issue 18, fifth round), on the headline settings (headline 0.1, <=4 +0.04).
        foreach (var join in (double[])[0.24, 0.26])
        {
            foreach (var split in (double[])[0.18, 0.20, 0.22])
            {
                foreach (var cohesion in (double[])[0.25, 0.28, 0.30])
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"join {join:F2}, numbers 0.4, re-place, merge 0.30, small story <=4 +0.04, headline 0.1, split {split:F2} cohesion {cohesion:F2}");
                    grid.Add((name, baseline with { JoinThreshold = join, NumberWeight = 0.4, ReplaceArticles = true, MergeThreshold = 0.30, SmallStoryArticles = 4, SmallStoryMargin = 0.04, HeadlineWeight = 0.1, SplitThreshold = split, SplitCohesion = cohesion }));
                }
            }
        }

        // The normalized cut and the late split (issue 18, seventh round), on the fifth round's best split row (join 0.24,
        // split 0.20, cohesion 0.28): each alone and together (the cut for every split, or only past the young size), with
        // the late cohesion around its default.
        var splitRow = baseline with { JoinThreshold = 0.24, NumberWeight = 0.4, ReplaceArticles = true, MergeThreshold = 0.30, SmallStoryArticles = 4, SmallStoryMargin = 0.04, HeadlineWeight = 0.1, SplitThreshold = 0.20, SplitCohesion = 0.28 };
        grid.Add(("join 0.24, headline 0.1, split 0.20 cohesion 0.28, normalized cut", splitRow with { NormalizedCutFrom = 4 }));
        foreach (var (cutFrom, cut) in ((int, string)[])[(0, "average link"), (4, "normalized cut"), (17, "normalized cut past 16")])
        {
            foreach (var late in (double[])[0.20, 0.22, 0.25])
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"join 0.24, headline 0.1, split 0.20 cohesion 0.28, {cut}, late split to 32 cohesion {late:F2}");
                grid.Add((name, splitRow with { NormalizedCutFrom = cutFrom, SplitMaximumArticles = 32, LateSplitCohesion = late }));
            }
        }

        foreach (var cohesion in (double[])[0.25, 0.30])
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"join 0.24, headline 0.1, split 0.20 cohesion {cohesion:F2}, normalized cut, late split to 32 cohesion 0.22");
            grid.Add((name, splitRow with { SplitCohesion = cohesion, NormalizedCutFrom = 4, SplitMaximumArticles = 32, LateSplitCohesion = 0.22 }));
        }

        return grid;
    }

    /// <summary>BCubed of one stream clustered in the given order, scored on the final stories.</summary>
    public static BCubedScore Cluster(IReadOnlyList<GoldArticle> stream, StoryClusteringOptions options) =>
        StoryEvaluation.Run(stream.Select(g => (g.Article, g.Story)), options).Score;

    /// <summary>A seeded permutation (Fisher–Yates with <see cref="Random"/>'s fixed-seed sequence, stable across runs).</summary>
    public static List<GoldArticle> Shuffled(IReadOnlyList<GoldArticle> stream, int seed)
    {
        var copy = stream.ToArray();
        new Random(seed).Shuffle(copy);
        return [.. copy];
    }

    private static int OrderSeed(int seed, int fold, int order) => unchecked((seed * 7919) + (fold * 104729) + order + 1);

    private static List<HashSet<string>> DealTopics(IReadOnlyList<GoldArticle> data, int folds, int seed)
    {
        var topics = data.Select(g => g.Topic).Distinct(StringComparer.Ordinal).Order(TopicOrder.Instance).ToArray();
        if (topics.Length < folds)
        {
            throw new ArgumentException($"{topics.Length} topics cannot make {folds} folds", nameof(folds));
        }

        new Random(seed).Shuffle(topics);
        var result = Enumerable.Range(0, folds).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        for (var i = 0; i < topics.Length; i++)
        {
            result[i % folds].Add(topics[i]);
        }

        return result;
    }

    private static double MeanF1(BCubedScore[][] byFold, int except)
    {
        var total = 0.0;
        var count = 0;
        for (var f = 0; f < byFold.Length; f++)
        {
            if (f == except)
            {
                continue;
            }

            foreach (var score in byFold[f])
            {
                total += score.F1;
                count++;
            }
        }

        return total / count;
    }

    /// <summary>The index with the highest value; ties go to the earlier setting.</summary>
    private static int Best(int count, Func<int, double> value)
    {
        var best = 0;
        for (var i = 1; i < count; i++)
        {
            if (value(i) > value(best) + 1e-12)
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>BCubed over the union of separately clustered streams: per-article precision and recall are unchanged, so the union is their article-weighted mean.</summary>
    private static BCubedScore Pool(IEnumerable<(BCubedScore Score, int Articles)> parts)
    {
        double precision = 0, recall = 0;
        var n = 0;
        foreach (var (score, articles) in parts)
        {
            precision += score.Precision * articles;
            recall += score.Recall * articles;
            n += articles;
        }

        precision /= n;
        recall /= n;
        return new BCubedScore(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0, n);
    }

    /// <summary>Numeric topics in numeric order ("2" before "10"), others after, ordinally.</summary>
    private sealed class TopicOrder : IComparer<string>
    {
        public static readonly TopicOrder Instance = new();

        public int Compare(string? x, string? y) =>
            (int.TryParse(x, CultureInfo.InvariantCulture, out var a), int.TryParse(y, CultureInfo.InvariantCulture, out var b)) switch
            {
                (true, true) => a.CompareTo(b),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(x, y),
            };
    }
}
