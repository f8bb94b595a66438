using Corroborate.Clustering;

namespace Corroborate.Tests.Clustering;

/// <summary>The two-way cuts of a story's originals the split re-check chooses between.</summary>
public sealed class StoryCutTests
{
    /// <summary>
    /// Two groups of five originals (pair scores 0.40 within, 0.10 across) and one original, the last, that fits the second group
    /// only loosely (0.08 with it, 0.06 with the other, both below the 0.10 across the groups): the shape of a story of two
    /// events with one off-topic report.
    /// </summary>
    private static double[,] TwoGroupsAndALooseReport()
    {
        const int n = 11;
        var pair = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var (gi, gj) = (i < 5 ? 0 : 1, j < 5 ? 0 : 1);
                pair[i, j] = i == 10 || j == 10 ? (gi == gj ? 0.08 : 0.06) : gi == gj ? 0.40 : 0.10;
            }
        }

        return pair;
    }

    [Fact]
    public void Average_link_leaves_the_loose_report_alone()
    {
        var (a, b) = StoryCut.AverageLink(TwoGroupsAndALooseReport(), 11)!.Value;

        Assert.Equal([10], a.Count == 1 ? a : b);
    }

    [Fact]
    public void The_normalized_cut_parts_the_two_groups_and_keeps_the_loose_report_with_its_own()
    {
        var (a, b) = StoryCut.Normalized(TwoGroupsAndALooseReport(), 11, minimumPart: 2)!.Value;

        var first = a.Contains(0) ? a : b;
        var second = a.Contains(0) ? b : a;
        Assert.Equal([0, 1, 2, 3, 4], first);
        Assert.Equal([5, 6, 7, 8, 9, 10], second);
    }

    [Fact]
    public void The_normalized_cut_of_one_tight_group_is_no_clean_cut()
    {
        const int n = 8;
        var pair = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                pair[i, j] = i == j ? 0 : 0.35 + (0.01 * ((i + j) % 3));
            }
        }

        var (a, b) = StoryCut.Normalized(pair, n, minimumPart: 2)!.Value;

        // Some cut is returned; what keeps the story whole is the split's threshold on the score across.
        Assert.True(StoryCut.Between(pair, a, b) > 0.34);
        Assert.Equal(n, a.Count + b.Count);
    }

    [Fact]
    public void An_original_that_scores_nothing_with_the_others_gives_no_normalized_cut()
    {
        var pair = TwoGroupsAndALooseReport();
        for (var i = 0; i < 11; i++)
        {
            pair[i, 10] = pair[10, i] = 0;
        }

        Assert.Null(StoryCut.Normalized(pair, 11, minimumPart: 2));
    }

    [Fact]
    public void Mean_scores_between_and_within_groups()
    {
        var pair = TwoGroupsAndALooseReport();

        Assert.Equal(0.10, StoryCut.Between(pair, [0, 1], [5, 6]), 10);
        Assert.Equal(0.40, StoryCut.Within(pair, [0, 1, 2]), 10);
        Assert.Equal((0.40 + 0.08 + 0.08) / 3, StoryCut.Within(pair, [5, 6, 10]), 10);
        Assert.Equal(double.PositiveInfinity, StoryCut.Within(pair, [3]));
    }
}
