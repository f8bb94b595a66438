using Corroborate.Ingest.Html;
using Corroborate.Evaluation.Html;

namespace Corroborate.Tests.Ingest.Html;

public sealed class ExtractionScorerTests
{
    [Theory]
    [InlineData("one two three four five", "one two three four five", 1.0, 1.0)]
    [InlineData("one two three four five", "", 0.0, 0.0)]
    [InlineData("one two three four five", "six seven eight nine ten", 0.0, 0.0)]
    [InlineData("one two three four five six", "one two three four five", 1.0, 2.0 / 3)]
    [InlineData("one two three four five", "one two three four five six", 2.0 / 3, 1.0)]
    [InlineData("One, two! three? four", "one two three four", 0.0, 0.0)]
    [InlineData("one, two! three? four", "one two three four", 1.0, 1.0)]
    public void Scores_four_token_shingles_case_sensitively_ignoring_punctuation(string truth, string predicted, double precision, double recall)
    {
        var page = ExtractionScorer.Score("p", truth, predicted);
        Assert.Equal(precision, page.Precision, 6);
        Assert.Equal(recall, page.Recall, 6);
    }

    [Fact]
    public void Averages_precision_and_recall_over_pages_before_taking_the_harmonic_mean()
    {
        var pages = new[]
        {
            ExtractionScorer.Score("a", "one two three four five", "one two three four five"),
            ExtractionScorer.Score("b", "one two three four five six", "one two three four five"),
        };
        var score = ExtractionScorer.Aggregate(pages);
        Assert.Equal(1.0, score.Precision, 6);
        Assert.Equal((1 + 2.0 / 3) / 2, score.Recall, 6);
        Assert.Equal(2 * score.Precision * score.Recall / (score.Precision + score.Recall), score.F1, 6);
    }

    [Fact]
    public void Leaves_pages_without_prediction_out_of_the_precision_average()
    {
        var pages = new[]
        {
            ExtractionScorer.Score("a", "one two three four five", "one two three four five"),
            ExtractionScorer.Score("b", "one two three four five", ""),
        };
        var score = ExtractionScorer.Aggregate(pages);
        Assert.Equal(1.0, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
    }

    [Fact]
    public void Counts_repeated_shingles_as_a_multiset()
    {
        var page = ExtractionScorer.Score("p", "a b c d", "a b c d a b c d");
        Assert.True(page.Precision < 1);
        Assert.Equal(1.0, page.Recall, 6);
    }
}
