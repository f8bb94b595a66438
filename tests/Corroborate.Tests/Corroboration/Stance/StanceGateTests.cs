using Corroborate.Corroboration.Stance;
using Corroborate.Evaluation.Stance;

namespace Corroborate.Tests.Corroboration.Stance;

public sealed class StanceGateTests
{
    [Theory]
    [InlineData(0.45f, 0.20f, 0.30f, 0.05f, StanceLabel.Discuss)]
    [InlineData(0.50f, 0.35f, 0.10f, 0.05f, StanceLabel.Agree)]
    [InlineData(0.55f, 0.10f, 0.10f, 0.25f, StanceLabel.Unrelated)]
    [InlineData(0.70f, 0.10f, 0.15f, 0.05f, StanceLabel.Disagree)]
    public void Disagree_below_the_threshold_gives_way_to_the_most_probable_other_label(float disagree, float agree, float discuss, float unrelated, StanceLabel expected)
    {
        var gate = new StanceGate(0.6f);

        Assert.Equal(expected, gate.Decide(new StancePrediction(StanceLabel.Disagree, agree, disagree, discuss, unrelated)));
    }

    [Theory]
    [InlineData(StanceLabel.Agree)]
    [InlineData(StanceLabel.Discuss)]
    [InlineData(StanceLabel.Unrelated)]
    public void Other_labels_pass_through_whatever_their_probability(StanceLabel label)
    {
        Assert.Equal(label, new StanceGate(0.99f).Decide(new StancePrediction(label, 0.3f, 0.3f, 0.2f, 0.2f)));
    }

    [Fact]
    public void Measured_on_labelled_pairs_the_gate_reports_how_many_disagree_it_shows_and_how_many_are_right()
    {
        var evaluation = new StanceEvaluation(new StanceConfusion(),
        [
            (StanceLabel.Disagree, new StancePrediction(StanceLabel.Disagree, 0.1f, 0.8f, 0.05f, 0.05f)),
            (StanceLabel.Agree, new StancePrediction(StanceLabel.Disagree, 0.1f, 0.7f, 0.15f, 0.05f)),
            (StanceLabel.Disagree, new StancePrediction(StanceLabel.Disagree, 0.3f, 0.4f, 0.25f, 0.05f)),
            (StanceLabel.Discuss, new StancePrediction(StanceLabel.Discuss, 0.1f, 0.1f, 0.75f, 0.05f)),
        ]);

        Assert.Equal((2, 1, 0.5, 0.5), evaluation.GatedDisagree(new StanceGate(0.6f)));
        Assert.Equal((1, 1, 1.0, 0.5), evaluation.GatedDisagree(new StanceGate(0.75f)));
        Assert.Equal((3, 2, 2 / 3.0, 1.0), evaluation.GatedDisagree(new StanceGate(0f)));
    }
}
