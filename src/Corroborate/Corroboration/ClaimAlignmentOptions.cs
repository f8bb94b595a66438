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
    /// Sentences of different claims at least this alike are compared value by value all the same (a changed
    /// figure can be what kept them apart), but only where both name the same counted thing with the same verb.
    /// </summary>
    public double NeighbourThreshold { get; init; } = 0.4;
}
