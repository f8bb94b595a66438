using System.Collections.Immutable;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>
/// Out-of-fold results of cross-validation: the pooled confusion matrix and each fold's own. Folds disjoint in
/// headlines and bodies keep fewer unrelated pairs than the data holds (an unrelated pair between two folds tests
/// neither), so <see cref="Reweighted"/> scales the unrelated row back to the data's mix for an FNC score that
/// compares with a real test set.
/// </summary>
internal sealed record StanceTrainingReport(StanceConfusion Pooled, ImmutableArray<StanceConfusion> Folds, TimeSpan Elapsed, StanceConfusion Reweighted)
{
    /// <summary>The class offsets chosen on the out-of-fold predictions (zeros when not tuned).</summary>
    public IReadOnlyList<float> ClassOffsets { get; init; } = new float[StanceLabels.Count];

    /// <summary>The out-of-fold confusion with <see cref="ClassOffsets"/> applied (as pooled, and reweighted to the data's mix).</summary>
    public StanceConfusion WithOffsets { get; init; } = new();

    public StanceConfusion WithOffsetsReweighted { get; init; } = new();

    /// <summary>Every out-of-fold prediction (offsets applied), for choosing the story gate on pairs the model never saw.</summary>
    public StanceEvaluation OutOfFold { get; init; } = new(new StanceConfusion(), []);
}
