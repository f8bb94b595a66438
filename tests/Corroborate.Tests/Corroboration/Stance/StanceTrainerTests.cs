using System.Collections.Frozen;
using Corroborate.Corroboration.Stance;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Corroboration.Stance;

public sealed class StanceTrainerTests
{
    [SharedDataFact("data/fnc-1/stances.csv")]
    public void Retraining_on_a_slice_of_fnc1_separates_related_from_unrelated_bodies()
    {
        var folder = SharedData.Find("data/fnc-1")!;
        var full = StanceDataset.Load(Path.Combine(folder, "bodies.csv"), Path.Combine(folder, "stances.csv"));
        var keep = full.Bodies.Keys.Order(StringComparer.Ordinal).Take(60).ToHashSet(StringComparer.Ordinal);
        var slice = full with { Pairs = [.. full.Pairs.Where(p => keep.Contains(p.BodyId))] };
        var options = new StanceTrainingOptions { Folds = 3, Boosting = new GradientBoostingOptions { Rounds = 20, MaxDepth = 4 } };

        var report = new StanceTrainer(slice, options).CrossValidate();

        Assert.Equal(slice.Pairs.Length, report.Pooled.Total);
        Assert.Equal(3, report.Folds.Length);
        Assert.True(report.Pooled.F1(StanceLabel.Unrelated) > 0.9, report.Pooled.ToTable());
        Assert.True(report.Pooled.FncPercent > 65, $"FNC {report.Pooled.FncPercent:F1} %\n{report.Pooled.ToTable()}");
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
