using Corroborate.Clustering;

namespace Corroborate.Evaluation.Stories;

/// <summary>BCubed precision, recall and F1 (harmonic mean of the two), each 0..1, over <paramref name="Items"/> items.</summary>
internal sealed record BCubedScore(double Precision, double Recall, double F1, int Items)
{
    public override string ToString() =>
        FormattableString.Invariant($"P={Precision:F4} R={Recall:F4} F1={F1:F4} (n={Items})");
}
