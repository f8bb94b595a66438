namespace Corroborate.Corroboration.Stance;

/// <summary>
/// What a story may show of a stance prediction. "Disagree" is the model's weakest label and the costliest to show
/// wrongly (an analyst reads it as "this outlet disputes the claim"), so it stands only when its probability
/// reaches <see cref="MinDisagree"/>; otherwise the most probable of the other labels is shown.
/// </summary>
public sealed record StanceGate(float MinDisagree)
{
    /// <summary>The gate stories use; its threshold and the precision it gives are measured in docs/stance.md.</summary>
    public static StanceGate Default { get; } = new(0.6f);

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
