using System.Collections.Frozen;
using Corroborate.Corroboration.Stance;
using Corroborate.Tests.Support;
using Corroborate.Evaluation.Stance;

namespace Corroborate.Tests.Corroboration.Stance;

public sealed class StanceTrainerTests
{
    [SharedDataFact("data/fnc-1-train/stances.csv")]
    public void Cross_validation_on_unseen_claims_separates_related_from_unrelated_bodies()
    {
        var folder = SharedData.Find("data/fnc-1-train")!;
        var full = StanceDataset.Load(Path.Combine(folder, "bodies.csv"), Path.Combine(folder, "stances.csv"));
        var keep = full.Bodies.Keys.Order(StringComparer.Ordinal).Take(150).ToHashSet(StringComparer.Ordinal);
        var slice = full with { Pairs = [.. full.Pairs.Where(p => keep.Contains(p.BodyId))] };
        var options = new StanceTrainingOptions { Folds = 3, Boosting = new GradientBoostingOptions { Rounds = 20, MaxDepth = 4 } };

        var report = new StanceTrainer(slice, options).CrossValidate();

        // Only pairs whose headline and body both belong to a fold are tested there; unrelated pairs between folds test none.
        Assert.InRange(report.Pooled.Total, slice.Pairs.Length / 5, slice.Pairs.Length - 1);
        Assert.Equal(report.Pooled.Total, report.Folds.Sum(f => f.Total));
        Assert.Equal(3, report.Folds.Length);
        Assert.True(report.Pooled.F1(StanceLabel.Unrelated) > 0.9, report.Pooled.ToTable());
        Assert.True(report.Reweighted.FncPercent > 65, $"FNC {report.Reweighted.FncPercent:F1} %\n{report.Reweighted.ToTable()}");
        Assert.Equal(report.OutOfFold.Predictions.Length, report.Pooled.Total);
    }

    [Fact]
    public void Training_needs_gold_labels()
    {
        var data = new StanceDataset(
            new Dictionary<string, string> { ["1"] = "A bridge collapsed." }.ToFrozenDictionary(),
            [new StancePair("Bridge collapses", "1", null, 2)]);

        Assert.Throws<ArgumentException>(() => new StanceTrainer(data, new StanceTrainingOptions()));
    }
}
