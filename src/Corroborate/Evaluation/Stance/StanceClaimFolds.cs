using System.Collections.Immutable;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>
/// Folds disjoint in headlines and bodies (<see cref="StanceFolds.ByClaim"/>): per pair, the fold of its headline
/// and the fold of its body.
/// </summary>
internal sealed record StanceClaimFolds(int Count, ImmutableArray<int> HeadlineFold, ImmutableArray<int> BodyFold)
{
    /// <summary>The pair is tested in <paramref name="fold"/>: its headline and its body are both held out there.</summary>
    public bool IsTest(int pair, int fold) => HeadlineFold[pair] == fold && BodyFold[pair] == fold;

    /// <summary>The pair may train the model for <paramref name="fold"/>: neither its headline nor its body is held out.</summary>
    public bool IsTrain(int pair, int fold) => HeadlineFold[pair] != fold && BodyFold[pair] != fold;
}
