using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Tests.Corroboration;

public sealed class FncStanceModelTests
{
    [Theory]
    [InlineData(0.45f, 0.20f, 0.30f, 0.05f, StanceLabel.Discuss)]
    [InlineData(0.50f, 0.35f, 0.10f, 0.05f, StanceLabel.Agree)]
    [InlineData(0.70f, 0.10f, 0.15f, 0.05f, StanceLabel.Discuss)]
    [InlineData(0.85f, 0.05f, 0.05f, 0.05f, StanceLabel.Disagree)]
    public void Disagree_stands_only_when_the_model_is_confident(float disagree, float agree, float discuss, float unrelated, StanceLabel expected)
    {
        var prediction = new StancePrediction(StanceLabel.Disagree, agree, disagree, discuss, unrelated);

        Assert.Equal(expected, FncStanceModel.Decide(prediction));
    }

    [Fact]
    public void Other_labels_pass_through()
    {
        Assert.Equal(StanceLabel.Unrelated, FncStanceModel.Decide(new StancePrediction(StanceLabel.Unrelated, 0.1f, 0.2f, 0.1f, 0.6f)));
    }

    [Fact]
    public void Reads_an_article_restating_the_claim_as_related()
    {
        var labels = FncStanceModel.Default.Classify(
            ["Portugal and Spain signed five water agreements in Lisbon", "A volcano erupted in Iceland overnight"],
            "The prime ministers of Portugal and Spain signed five water agreements in Lisbon on Tuesday. The deals cover irrigation and fisheries along the rivers both countries share. Officials said the agreements would be reviewed every three years.");

        Assert.NotEqual(StanceLabel.Unrelated, labels[0]);
        Assert.Equal(StanceLabel.Unrelated, labels[1]);
    }
}
