namespace Corroborate.Corroboration.Stance;

/// <summary>Settings of the softmax gradient-boosted trees; the defaults are the ones tuned by cross-validation on FNC-1.</summary>
internal sealed record GradientBoostingOptions
{
    public int Rounds { get; init; } = 150;

    public int MaxDepth { get; init; } = 3;

    public float LearningRate { get; init; } = 0.1f;

    /// <summary>L2 penalty on leaf values.</summary>
    public float L2 { get; init; } = 1f;

    /// <summary>Smallest summed hessian a leaf may hold, so leaves rest on enough examples.</summary>
    public float MinChildWeight { get; init; } = 1f;

    /// <summary>Histogram bins per feature (at most 256: bins are stored as bytes).</summary>
    public int Bins { get; init; } = 64;

    /// <summary>Share of rows drawn (with the seeded generator) for each round.</summary>
    public float RowSample { get; init; } = 0.8f;

    public int Seed { get; init; } = 20161;
}
