namespace Corroborate.Corroboration.Stance;

/// <summary>
/// What a story may show of a stance prediction. "Disagree" is the model's weakest label and the costliest to show
/// wrongly (an analyst reads it as "this outlet disputes the claim"), so it stands only when its probability
/// reaches <see cref="MinDisagree"/>; otherwise the most probable of the other labels is shown.
/// </summary>
internal sealed record StanceGate(float MinDisagree)
{
    /// <summary>
    /// The gate stories use: the lowest threshold whose out-of-fold precision in cross-validation on unseen claims is
    /// over one half (0.53 at 0.8; 0.61 on the FNC-1 test half, docs/stance.md).
    /// </summary>
    public static StanceGate Default { get; } = new(0.8f);

    public StanceLabel Decide(StancePrediction prediction)
    {
        if (prediction.Label != StanceLabel.Disagree || prediction.Disagree >= MinDisagree)
        {
            return prediction.Label;
        }

        var best = StanceLabel.Agree;
        foreach (var label in (ReadOnlySpan<StanceLabel>)[StanceLabel.Discuss, StanceLabel.Unrelated])
        {
            if (prediction.Probability(label) > prediction.Probability(best))
            {
                best = label;
            }
        }

        return best;
    }
}
