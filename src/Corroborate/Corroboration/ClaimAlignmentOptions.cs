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
}
