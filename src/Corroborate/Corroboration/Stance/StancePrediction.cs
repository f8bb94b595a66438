namespace Corroborate.Corroboration.Stance;

/// <summary>The predicted stance and the model's probability of each of the four labels (they sum to 1).</summary>
internal sealed record StancePrediction(StanceLabel Label, float Agree, float Disagree, float Discuss, float Unrelated)
{
    /// <summary>Probability that the body speaks of the headline's claim at all.</summary>
    public float Related => 1 - Unrelated;

    public float Probability(StanceLabel label) => label switch
    {
        StanceLabel.Agree => Agree,
        StanceLabel.Disagree => Disagree,
        StanceLabel.Discuss => Discuss,
        _ => Unrelated,
    };
}
