using System.Globalization;
using System.Text;
using Corroborate.Clustering;
using Corroborate.Dedup;
using Corroborate.Model;
using Xunit.Abstractions;

namespace Corroborate.Tests.Clustering;

/// <summary>
/// Story clustering against ECB+ dev (shared data, never copied here) and the five seed articles.
/// Print the figures with:
/// <c>dotnet test --filter "FullyQualifiedName~EcbPlusEvaluationTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class EcbPlusEvaluationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Quality gate, just under the 0.9231 the defaults reach on dev (docs/stories.md). Lower it only
    /// in a commit that says why.
    /// </summary>
    private const double F1Floor = 0.915;

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
            ($"term weight {d.TermWeight - 0.1:F1}", d with { TermWeight = d.TermWeight - 0.1 }),
            ($"term weight {d.TermWeight + 0.1:F1}", d with { TermWeight = d.TermWeight + 0.1 }),
            ($"entity weight {d.EntityWeight - 0.1:F1}", d with { EntityWeight = d.EntityWeight - 0.1 }),
            ($"entity weight {d.EntityWeight + 0.1:F1}", d with { EntityWeight = d.EntityWeight + 0.1 }),
            ($"number weight {d.NumberWeight - 0.1:F1}", d with { NumberWeight = d.NumberWeight - 0.1 }),
            ($"number weight {d.NumberWeight + 0.1:F1}", d with { NumberWeight = d.NumberWeight + 0.1 }),
            ("member weight 0 (centroid only)", d with { MemberWeight = 0 }),
            ("member weight 1.0", d with { MemberWeight = 1.0 }),
            ("terms only", d with { EntityWeight = 0, NumberWeight = 0 }),
            ("no numbers", d with { NumberWeight = 0 }),
            ($"index terms {d.IndexTerms / 2}/{d.IndexEntities / 2}", d with { IndexTerms = d.IndexTerms / 2, IndexEntities = d.IndexEntities / 2 }),
            ($"candidates {d.MaxCandidates / 2}", d with { MaxCandidates = d.MaxCandidates / 2 }),
            ($"candidates {d.MaxCandidates * 3}", d with { MaxCandidates = d.MaxCandidates * 3 }),
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
    public void A_shuffled_dev_stream_gives_nearly_the_same_partition_as_file_order()
    {
        var data = ReadDev();
        var inOrder = Partition(data.Select(x => x.Article));
        for (var seed = 1; seed <= 3; seed++)
        {
            var shuffled = data.Select(x => x.Article).ToArray();
            new Random(seed).Shuffle(shuffled);
            var reordered = Partition(shuffled);
            var ids = data.Select(x => x.Article.Id).ToList();
            var agreement = BCubedScorer.Score(ids.Select(id => reordered[id]).ToList(), ids.Select(id => inOrder[id]).ToList());
            var gold = BCubedScorer.Score(ids.Select(id => reordered[id]).ToList(), data.Select(x => x.GoldStory).ToList());
            output.WriteLine($"seed {seed}: agreement with file order {agreement}; against gold {gold}");
            Assert.True(agreement.F1 >= 0.9, $"seed {seed}: {agreement}");
        }
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
        var stories = ReadSeeds().Select(seed => clusterer.Assign(seed).StoryId).ToList();

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
        var assignments = stream.ToDictionary(a => a.Id, a => clusterer.Assign(a).StoryId);
        var seedStories = seeds.Select(s => assignments[s.Id]).Distinct().ToList();
        var intruders = assignments.Count(pair => seedStories.Contains(pair.Value) && !pair.Key.StartsWith("seed:", StringComparison.Ordinal));

        output.WriteLine($"seed stories {string.Join(", ", seedStories)}; ECB+ articles in them: {intruders}");
        Assert.Single(seedStories);
        Assert.Equal(0, intruders);
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

    private static Dictionary<string, string> Partition(IEnumerable<Article> stream)
    {
        var clusterer = new StoryClusterer();
        return stream.ToDictionary(a => a.Id, a => clusterer.Assign(a).StoryId);
    }
}
