using Corroborate.Clustering;
using Corroborate.Evaluation.Stories;

namespace Corroborate.Tests.Clustering;

public sealed class BCubedScorerTests
{
    [Fact]
    public void Identical_partitions_with_different_label_names_score_one()
    {
        var score = BCubedScorer.Score(["x", "x", "y"], ["A", "A", "B"]);

        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void All_singletons_against_one_gold_cluster_have_full_precision_and_a_third_recall()
    {
        var score = BCubedScorer.Score(["1", "2", "3"], ["A", "A", "A"]);

        Assert.Equal(1.0, score.Precision, 12);
        Assert.Equal(1.0 / 3, score.Recall, 12);
        Assert.Equal(0.5, score.F1, 12);
    }

    [Fact]
    public void One_cluster_against_two_gold_clusters_matches_the_hand_computation()
    {
        // Predicted {1,2,3}{4}; gold {1,2}{3,4}.
        // Precision per item: 2/3, 2/3, 1/3, 1 -> 2/3. Recall per item: 1, 1, 1/2, 1/2 -> 3/4.
        var score = BCubedScorer.Score(["x", "x", "x", "y"], ["A", "A", "B", "B"]);

        Assert.Equal(2.0 / 3, score.Precision, 12);
        Assert.Equal(3.0 / 4, score.Recall, 12);
        Assert.Equal(12.0 / 17, score.F1, 12);
        Assert.Equal(4, score.Items);
    }

    [Fact]
    public void Rejects_label_lists_of_different_lengths()
    {
        Assert.Throws<ArgumentException>(() => BCubedScorer.Score(["x"], ["A", "B"]));
    }

    [Fact]
    public void An_empty_input_scores_one()
    {
        Assert.Equal(1.0, BCubedScorer.Score([], []).F1);
    }
}
