using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Evaluation.Stories;

namespace Corroborate.Cli.Commands;

/// <summary>The optional parts of <c>eval stories</c>: many arrival orders, and leave-topics-out cross-validation.</summary>
internal static class StoryEvaluationReport
{
    /// <summary>
    /// Writes the mean and worst over <paramref name="orders"/> shuffles of the whole file, then, when
    /// <paramref name="folds"/> ≥ 2, the cross-validated choice and its held-out scores per fold and pooled.
    /// Throws <see cref="ArgumentException"/> for a negative count or too few topics.
    /// </summary>
    public static async Task WriteAsync(TextWriter output, string path, int orders, int folds, bool grid, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(orders);
        ArgumentOutOfRangeException.ThrowIfNegative(folds);
        if (orders == 0 && folds == 0)
        {
            return;
        }

        List<GoldArticle> data;
        await using (var stream = File.OpenRead(path))
        {
            data = StoryEvaluation.ReadGoldArticles(stream, path, cancellationToken);
        }

        if (orders > 0)
        {
            var scores = new List<BCubedScore>();
            for (var seed = 1; seed <= orders; seed++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                scores.Add(StoryCrossValidation.Cluster(StoryCrossValidation.Shuffled(data, seed), StoryClusteringOptions.Default));
            }

            var worst = scores.MinBy(x => x.F1)!;
            await output.WriteLineAsync(Invariant($"{orders} shuffled orders: mean P={scores.Average(x => x.Precision):F4} R={scores.Average(x => x.Recall):F4} F1={scores.Average(x => x.F1):F4}; worst {worst}")).ConfigureAwait(false);
        }

        if (folds < 2)
        {
            return;
        }

        var settings = grid
            ? StoryCrossValidation.Grid(StoryClusteringOptions.Default)
            : [("defaults", StoryClusteringOptions.Default)];
        var report = StoryCrossValidation.Run(data, settings, folds, Math.Max(orders, 1), cancellationToken: cancellationToken);
        await output.WriteLineAsync($"leave-topics-out cross-validation, {folds} folds, {Math.Max(orders, 1)} orders per fold:").ConfigureAwait(false);
        foreach (var fold in report.Folds)
        {
            await output.WriteLineAsync(Invariant($"  fold {fold.Fold} (topics {string.Join(",", fold.Topics)}; {fold.Articles} articles): chose [{fold.Chosen}]; held out mean F1={fold.MeanF1:F4} (P={fold.Orders.Average(o => o.Precision):F4} R={fold.Orders.Average(o => o.Recall):F4}), worst {fold.Worst}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(Invariant($"  held out, pooled: mean P={report.PooledMeanPrecision:F4} R={report.PooledMeanRecall:F4} F1={report.PooledMeanF1:F4}; worst {report.PooledWorst}")).ConfigureAwait(false);
        if (grid)
        {
            foreach (var setting in report.Settings)
            {
                await output.WriteLineAsync(Invariant($"  [{setting.Setting}] over all folds: mean F1={setting.MeanF1:F4} P={setting.MeanPrecision:F4} R={setting.MeanRecall:F4}, worst F1={setting.WorstF1:F4}")).ConfigureAwait(false);
            }

            await output.WriteLineAsync($"  chosen on all folds: [{report.ChosenOnAll}]").ConfigureAwait(false);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
