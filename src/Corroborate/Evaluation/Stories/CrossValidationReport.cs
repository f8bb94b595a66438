using System.Collections.Immutable;
using Corroborate.Clustering;

namespace Corroborate.Evaluation.Stories;

/// <summary>One held-out fold of <see cref="StoryCrossValidation"/>: its topics, the setting chosen without them, and its score per arrival order.</summary>
internal sealed record HeldOutFold(int Fold, ImmutableArray<string> Topics, int Articles, string Chosen, ImmutableArray<BCubedScore> Orders)
{
    public double MeanF1 => Orders.Average(o => o.F1);

    public BCubedScore Worst => Orders.MinBy(o => o.F1)!;
}

/// <summary>Mean F1 of one setting over every fold and order (the table the choice is made from).</summary>
internal sealed record SettingScore(string Setting, double MeanF1, double WorstF1, double MeanPrecision, double MeanRecall);

/// <summary>
/// What <see cref="StoryCrossValidation.Run"/> measured: each fold scored with the setting chosen on the
/// other folds, the held-out articles of all folds pooled per order, and every setting over all folds.
/// </summary>
internal sealed record CrossValidationReport(
    ImmutableArray<HeldOutFold> Folds,
    ImmutableArray<BCubedScore> PooledOrders,
    ImmutableArray<SettingScore> Settings,
    string ChosenOnAll)
{
    public double PooledMeanF1 => PooledOrders.Average(o => o.F1);

    public BCubedScore PooledWorst => PooledOrders.MinBy(o => o.F1)!;

    public double PooledMeanPrecision => PooledOrders.Average(o => o.Precision);

    public double PooledMeanRecall => PooledOrders.Average(o => o.Recall);
}
