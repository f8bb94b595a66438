using Corroborate.Corroboration;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Corroboration;

/// <summary>The claim aligner's average link gives the very number comparing every cross pair gives, whatever the merges.</summary>
public sealed class AverageLinkTests
{
    /// <summary>The definition: every member of the first cluster against every member of the second, in member order.</summary>
    private static double EveryPair(List<int> a, List<int> b, Dictionary<(int, int), double> similarity)
    {
        var total = 0.0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                total += similarity.GetValueOrDefault(x < y ? (x, y) : (y, x));
            }
        }

        return total / (a.Count * b.Count);
    }

    private static bool SameAsEveryPair(int seed, int count, int density)
    {
        var random = new Random(seed);
        var similarity = new Dictionary<(int, int), double>();
        for (var a = 0; a < count; a++)
        {
            for (var b = a + 1; b < count; b++)
            {
                if (random.Next(100) < density)
                {
                    similarity[(a, b)] = 0.05 + (random.NextDouble() * 0.95);
                }
            }
        }

        var cluster = Enumerable.Range(0, count).ToArray();
        var members = Enumerable.Range(0, count).Select(i => new List<int> { i }).ToArray();
        var link = new AverageLink(count, similarity, cluster, members);
        for (var step = 0; step < count * 3; step++)
        {
            int ca = cluster[random.Next(count)], cb = cluster[random.Next(count)];
            if (ca == cb)
            {
                continue;
            }

            // Exactly equal, not nearly: a mean on the threshold must fall the same way.
            if (link.MeanSimilarity(ca, cb) != EveryPair(members[ca], members[cb], similarity))
            {
                return false;
            }

            if (random.Next(2) == 0)
            {
                var (keep, gone) = members[ca].Count >= members[cb].Count ? (ca, cb) : (cb, ca);
                link.Merge(keep, gone);
            }
        }

        return true;
    }

    [Theory]
    [InlineData(1, 40, 5)]
    [InlineData(2, 40, 60)]
    [InlineData(3, 120, 20)]
    [InlineData(4, 200, 2)]
    public void Mean_similarity_equals_comparing_every_pair_as_clusters_merge(int seed, int count, int density)
    {
        Assert.True(SameAsEveryPair(seed, count, density));
    }

    [Fact]
    public void Mean_similarity_equals_comparing_every_pair_for_arbitrary_stories()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), Gen.Choose(2, 80).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(),
                (seed, count, density) => SameAsEveryPair(seed, count, density))
            .QuickCheckThrowOnFailure();
    }
}
