namespace Corroborate.Corroboration;

/// <summary>Thresholds of claim alignment; defaults measured on our alignment fixtures and the seeds (docs/corroboration.md).</summary>
public sealed record ClaimAlignmentOptions
{
    /// <summary>Weighted cosine two sentences need to be linked as one claim.</summary>
    public double LinkThreshold { get; init; } = 0.34;

    /// <summary>Mean similarity a merged claim must keep over all its pairs, so chains of near misses do not snowball.</summary>
    public double ClusterThreshold { get; init; } = 0.28;

    /// <summary>A word or entity in more than this share of the story's sentences says nothing about which claim a sentence makes.</summary>
    public double UbiquitousShare { get; init; } = 0.5;

    /// <summary>
    /// The most of <see cref="LinkThreshold"/> a shared count can make up on its own. A count is left out of the norm (an outlet
    /// with another figure must stay in the claim), so in a short sentence its weight could carry a link alone and join
    /// sentences that share only "three" and one common word ("a visit to three countries" / "the three countries are under
    /// sanctions"); the other part must come from words and names.
    /// </summary>
    public double CountShareOfLink { get; init; } = 0.6;
}
