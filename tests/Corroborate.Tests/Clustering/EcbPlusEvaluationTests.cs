using System.Globalization;
using System.Text;
using Corroborate.Clustering;
using Corroborate.Dedup;
using Corroborate.Model;
using Xunit.Abstractions;
using Corroborate.Evaluation.Stories;

namespace Corroborate.Tests.Clustering;

/// <summary>
/// Story clustering against ECB+ dev (shared data, never copied here) and the five seed articles.
/// Print the figures with:
/// <c>dotnet test --filter "FullyQualifiedName~EcbPlusEvaluationTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class EcbPlusEvaluationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Quality gate, under the 0.9373 the defaults reach on dev in file order (docs/stories.md; 0.9281 before the late
    /// split; 0.9214 before the split re-check; 0.9283 before headline words, which gain on the mean and worst of many
    /// orders, not on this one; 0.9256 before the small-story margin).
    /// Lower it only in a commit that says why.
    /// </summary>
    private const double F1Floor = 0.93;

    /// <summary>
    /// Gates over 20 seeded arrival orders of the whole dev file: measured mean 0.939, worst 0.930 (before the late split
    /// 0.930, 0.917; before the split re-check 0.925, 0.902; before headline words 0.922, 0.894; before the small-story
    /// margin 0.917, 0.897; before re-placement: 0.892, 0.875).
    /// </summary>
    private const double OrdersMeanFloor = 0.935;

    private const double OrdersWorstFloor = 0.925;

    /// <summary>
    /// Held-out estimate of leave-topics-out cross-validation (5 folds, 5 orders here): measured 0.947, worst order 0.935
    /// (0.928 and 0.918 before the late split, 0.918 and 0.910 before the split re-check, 0.915 before headline words, 0.909
    /// before the small-story margin).
    /// </summary>
    private const double HeldOutMeanFloor = 0.935;

    [EcbPlusFact]
    public void Default_settings_score_above_the_bcubed_floor_on_ecb_plus_dev()
    {
        var result = StoryEvaluation.Run(Support.SharedData.Find("data/ecbplus/dev.jsonl")!);

        output.WriteLine($"ECB+ dev: {result.Score}; {result.PredictedStories} stories for {result.GoldStories} gold; {result.Duplicates} copies");
        Assert.True(result.Score.F1 >= F1Floor, $"F1 {result.Score.F1:F4} fell below the floor {F1Floor}");
    }

    [EcbPlusFact]
    public void Prints_the_sensitivity_table_around_the_defaults()
    {
        var data = ReadDev();
        var d = StoryClusteringOptions.Default;
        (string Setting, StoryClusteringOptions Options)[] rows =
        [
            ("defaults", d),
            ($"threshold {d.JoinThreshold - 0.04:F2}", d with { JoinThreshold = d.JoinThreshold - 0.04 }),
            ($"threshold {d.JoinThreshold - 0.02:F2}", d with { JoinThreshold = d.JoinThreshold - 0.02 }),
            ($"threshold {d.JoinThreshold + 0.02:F2}", d with { JoinThreshold = d.JoinThreshold + 0.02 }),
            ($"threshold {d.JoinThreshold + 0.04:F2}", d with { JoinThreshold = d.JoinThreshold + 0.04 }),
            ("no re-placement", d with { ReplaceArticles = false }),
            ("no merge re-check", d with { MergeThreshold = 0 }),
            ("no re-check at all", d with { ReplaceArticles = false, MergeThreshold = 0 }),
            ("no split re-check", d with { SplitThreshold = 0 }),
            ("no split re-check, join 0.26 (before it)", d with { SplitThreshold = 0, JoinThreshold = 0.26 }),
            ($"split threshold {d.SplitThreshold - 0.02:F2}", d with { SplitThreshold = d.SplitThreshold - 0.02 }),
            ($"split threshold {d.SplitThreshold + 0.02:F2}", d with { SplitThreshold = d.SplitThreshold + 0.02 }),
            ($"split cohesion {d.SplitCohesion + 0.05:F2}", d with { SplitCohesion = d.SplitCohesion + 0.05 }),
            ("late split by average link (no normalized cut)", d with { NormalizedCutFrom = 0 }),
            ("normalized cut for every split", d with { NormalizedCutFrom = d.SplitMinimumArticles }),
            ($"no late split (split up to {d.YoungStoryArticles} originals)", d with { SplitMaximumArticles = d.YoungStoryArticles }),
            ("average link, no late split (the fifth round)", d with { NormalizedCutFrom = 0, SplitMaximumArticles = d.YoungStoryArticles }),
            ($"late split cohesion {d.LateSplitCohesion + 0.03:F2}", d with { LateSplitCohesion = d.LateSplitCohesion + 0.03 }),
            ($"late split up to {d.SplitMaximumArticles / 2 * 3} originals", d with { SplitMaximumArticles = d.SplitMaximumArticles / 2 * 3 }),
            ("no small-story margin", d with { SmallStoryArticles = 0 }),
            ($"small-story margin {d.SmallStoryMargin + 0.02:F2}", d with { SmallStoryMargin = d.SmallStoryMargin + 0.02 }),
            ($"small stories up to {d.SmallStoryArticles - 1} originals", d with { SmallStoryArticles = d.SmallStoryArticles - 1 }),
            ($"young stories up to {d.YoungStoryArticles / 2} originals", d with { YoungStoryArticles = d.YoungStoryArticles / 2 }),
            ($"term weight {d.TermWeight - 0.1:F1}", d with { TermWeight = d.TermWeight - 0.1 }),
            ($"term weight {d.TermWeight + 0.1:F1}", d with { TermWeight = d.TermWeight + 0.1 }),
            ($"entity weight {d.EntityWeight - 0.1:F1}", d with { EntityWeight = d.EntityWeight - 0.1 }),
            ($"entity weight {d.EntityWeight + 0.1:F1}", d with { EntityWeight = d.EntityWeight + 0.1 }),
            ($"number weight {d.NumberWeight - 0.1:F1}", d with { NumberWeight = d.NumberWeight - 0.1 }),
            ($"number weight {d.NumberWeight + 0.1:F1}", d with { NumberWeight = d.NumberWeight + 0.1 }),
            ("member weight 0 (centroid only)", d with { MemberWeight = 0 }),
            ("member weight 1.0", d with { MemberWeight = 1.0 }),
            ("no headline words", d with { HeadlineWeight = 0 }),
            ($"headline weight {d.HeadlineWeight + 0.1:F1}", d with { HeadlineWeight = d.HeadlineWeight + 0.1 }),
            ("terms only", d with { EntityWeight = 0, NumberWeight = 0, HeadlineWeight = 0 }),
            ("no numbers", d with { NumberWeight = 0 }),
            ($"index terms {d.IndexTerms / 2}/{d.IndexEntities / 2}", d with { IndexTerms = d.IndexTerms / 2, IndexEntities = d.IndexEntities / 2 }),
            ($"near-dup threshold {d.Duplicates.NearThreshold + 0.2:F1}", d with { Duplicates = d.Duplicates with { NearThreshold = d.Duplicates.NearThreshold + 0.2 } }),
        ];

        var table = new StringBuilder("| setting | P | R | F1 | stories |\n|---|---|---|---|---|\n");
        foreach (var (setting, options) in rows)
        {
            var result = StoryEvaluation.Run(data, options);
            table.Append(CultureInfo.InvariantCulture, $"| {setting} | {result.Score.Precision:F3} | {result.Score.Recall:F3} | {result.Score.F1:F3} | {result.PredictedStories} |\n");
        }

        output.WriteLine(table.ToString());
        Assert.Equal(rows.Length + 2, table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [EcbPlusFact]
    public void Twenty_arrival_orders_score_above_the_mean_and_worst_floors()
    {
        var data = ReadGoldArticles();
        var scores = Enumerable.Range(1, 20)
            .Select(seed => StoryCrossValidation.Cluster(StoryCrossValidation.Shuffled(data, seed), StoryClusteringOptions.Default))
            .ToList();

        foreach (var (score, seed) in scores.Select((s, i) => (s, i + 1)))
        {
            output.WriteLine($"order {seed}: {score}");
        }

        var mean = scores.Average(s => s.F1);
        var worst = scores.Min(s => s.F1);
        output.WriteLine(FormattableString.Invariant($"mean F1 {mean:F4} (P {scores.Average(s => s.Precision):F4}, R {scores.Average(s => s.Recall):F4}), worst {worst:F4}"));
        Assert.True(mean >= OrdersMeanFloor, $"mean F1 {mean:F4} fell below {OrdersMeanFloor}");
        Assert.True(worst >= OrdersWorstFloor, $"worst-order F1 {worst:F4} fell below {OrdersWorstFloor}");
    }

    /// <summary>
    /// The choice between the settings before this work and the defaults, made by leave-topics-out
    /// cross-validation, and its held-out score. The full grid runs from the CLI
    /// (<c>corroborate eval stories FILE --folds 5 --orders 20 --grid</c>; docs/stories.md).
    /// </summary>
    [EcbPlusFact]
    public void Leave_topics_out_cross_validation_holds_on_the_held_out_folds()
    {
        var data = ReadGoldArticles();
        var before = StoryClusteringOptions.Default with { JoinThreshold = 0.24, NumberWeight = 0.3, ReplaceArticles = false, MergeThreshold = 0, SameTimeBonus = 0, SmallStoryArticles = 0 };
        var report = StoryCrossValidation.Run(data, [("no re-check, join 0.24, numbers 0.3", before), ("defaults", StoryClusteringOptions.Default)], folds: 5, orders: 5);

        foreach (var fold in report.Folds)
        {
            output.WriteLine($"fold {fold.Fold} (topics {string.Join(",", fold.Topics)}; {fold.Articles} articles): chose {fold.Chosen}, mean F1 {fold.MeanF1:F4}, worst {fold.Worst}");
        }

        foreach (var setting in report.Settings)
        {
            output.WriteLine($"{setting.Setting}: mean F1 {setting.MeanF1:F4}, worst {setting.WorstF1:F4}");
        }

        output.WriteLine($"held out, pooled: mean F1 {report.PooledMeanF1:F4}, worst {report.PooledWorst}");
        Assert.Equal(data.Select(g => g.Topic).Distinct().Count(), report.Folds.Sum(f => f.Topics.Length));
        Assert.All(report.Folds, f => Assert.Equal("defaults", f.Chosen));
        Assert.True(report.PooledMeanF1 >= HeldOutMeanFloor, $"held-out mean F1 {report.PooledMeanF1:F4} fell below {HeldOutMeanFloor}");
    }

    [EcbPlusFact]
    public void Restoring_a_stream_with_moves_and_merges_continues_like_an_uninterrupted_run()
    {
        var stream = StoryCrossValidation.Shuffled(ReadGoldArticles(), 7).Take(300).Select(g => g.Article).ToList();
        var uninterrupted = new StoryClusterer();
        var expected = stream.Select(uninterrupted.Assign).ToList();

        var stored = stream.Take(150).Zip(expected, (article, a) => new StoredStoryAssignment(article, a.StoryId, a.DuplicateOf));
        var restored = new StoryClusterer(StoryIndex.Restore(stored));
        var continued = stream.Skip(150).Select(restored.Assign).ToList();

        // Placements that moved articles of, or merged, other stories: replay must redo them.
        static bool Rechecked(StoryAssignment a) => !a.Merges.IsEmpty || a.ChangedStories.Length > 1;
        var replayed = expected.Take(150).Count(Rechecked);
        output.WriteLine($"placements that moved or merged other stories: {replayed} before the restore, {expected.Skip(150).Count(Rechecked)} after");
        Assert.True(replayed > 0, "the stored half should include moves or merges to replay");
        Assert.Equal(expected.Skip(150), continued);
        Assert.Equal(
            uninterrupted.Index.Stories().Select(s => (s.Id, s.Title, string.Join(",", s.ArticleIds))),
            restored.Index.Stories().Select(s => (s.Id, s.Title, string.Join(",", s.ArticleIds))));
    }

    /// <summary>The ECB+ half of the measurement behind <see cref="DuplicateOptions.NearThreshold"/>.</summary>
    [EcbPlusFact]
    public void Prints_the_shingle_jaccard_distribution_of_same_event_pairs()
    {
        var detector = new DuplicateDetector();
        var data = ReadDev();
        var signatures = data.Select(x => detector.Fingerprint(x.Article).Signature).ToList();
        var buckets = new int[11];
        var pairs = 0;
        for (var i = 0; i < data.Count; i++)
        {
            for (var j = i + 1; j < data.Count; j++)
            {
                if (data[i].GoldStory != data[j].GoldStory || signatures[i] is not { } a || signatures[j] is not { } b)
                {
                    continue;
                }

                pairs++;
                buckets[(int)(DuplicateDetector.EstimateJaccard(a, b) * 10)]++;
            }
        }

        output.WriteLine($"{pairs} same-event pairs by estimated Jaccard (bucket = lower bound):");
        for (var k = 0; k < buckets.Length; k++)
        {
            output.WriteLine(FormattableString.Invariant($"  {k / 10.0:F1}: {buckets[k]}"));
        }

        Assert.Equal(pairs, buckets.Sum());
    }

    [SeedsFact]
    public void The_five_seed_articles_form_one_story()
    {
        var clusterer = new StoryClusterer();
        var seeds = ReadSeeds();
        foreach (var seed in seeds)
        {
            clusterer.Assign(seed);
        }

        var stories = seeds.Select(seed => clusterer.Index.StoryOf(seed.Id)!).ToList();

        output.WriteLine(string.Join(", ", stories));
        Assert.Equal(5, stories.Count);
        Assert.Single(stories.Distinct());
    }

    [SeedsFact(needsEcbPlus: true)]
    public void The_seed_articles_stay_one_story_when_mixed_into_the_ecb_plus_stream()
    {
        var stream = ReadDev().Select(x => x.Article).ToList();
        var seeds = ReadSeeds();
        // Spread the seeds through the stream, the first early and the last near the end.
        for (var i = seeds.Count - 1; i >= 0; i--)
        {
            stream.Insert(((i * 2) + 1) * stream.Count / (seeds.Count * 2), seeds[i]);
        }

        var clusterer = new StoryClusterer();
        foreach (var article in stream)
        {
            clusterer.Assign(article);
        }

        var assignments = stream.ToDictionary(a => a.Id, a => clusterer.Index.StoryOf(a.Id)!);
        var seedStories = seeds.Select(s => assignments[s.Id]).Distinct().ToList();
        var intruders = assignments.Count(pair => seedStories.Contains(pair.Value) && !pair.Key.StartsWith("seed:", StringComparison.Ordinal));

        output.WriteLine($"seed stories {string.Join(", ", seedStories)}; ECB+ articles in them: {intruders}");
        Assert.Single(seedStories);
        Assert.Equal(0, intruders);
    }

    private static List<GoldArticle> ReadGoldArticles()
    {
        using var stream = File.OpenRead(Support.SharedData.Find("data/ecbplus/dev.jsonl")!);
        return StoryEvaluation.ReadGoldArticles(stream, Support.SharedData.Find("data/ecbplus/dev.jsonl")!);
    }

    private static List<(Article Article, string GoldStory)> ReadDev()
    {
        using var stream = File.OpenRead(Support.SharedData.Find("data/ecbplus/dev.jsonl")!);
        return StoryEvaluation.ReadGold(stream, Support.SharedData.Find("data/ecbplus/dev.jsonl")!);
    }

    private static List<Article> ReadSeeds() =>
        Directory.GetFiles(Support.SharedData.Find("seeds")!, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var text = File.ReadAllText(path).Trim();
                var newline = text.IndexOf('\n', StringComparison.Ordinal);
                var title = newline < 0 ? text : text[..newline].Trim();
                var body = newline < 0 ? "" : text[(newline + 1)..].Trim();
                return StoryEvaluation.CreateArticle("seed:" + Path.GetFileNameWithoutExtension(path), title, body, path);
            })
            .ToList();
}
