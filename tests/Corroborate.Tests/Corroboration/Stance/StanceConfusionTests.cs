using System.Collections.Frozen;
using Corroborate.Corroboration.Stance;
using Corroborate.Evaluation.Stance;

namespace Corroborate.Tests.Corroboration.Stance;

public sealed class StanceConfusionTests
{
    [Fact]
    public void Fnc_score_weights_related_decisions_and_related_labels_as_the_challenge_does()
    {
        var confusion = new StanceConfusion();
        confusion.Add(StanceLabel.Agree, StanceLabel.Agree);         // 1.00
        confusion.Add(StanceLabel.Agree, StanceLabel.Discuss);       // 0.25: related right, label wrong
        confusion.Add(StanceLabel.Disagree, StanceLabel.Unrelated);  // 0
        confusion.Add(StanceLabel.Unrelated, StanceLabel.Unrelated); // 0.25
        confusion.Add(StanceLabel.Unrelated, StanceLabel.Discuss);   // 0

        Assert.Equal(1.5, confusion.FncPoints, 10);
        Assert.Equal(3.5, confusion.FncMaximum, 10); // three related pairs at 1, two unrelated at 0.25
        Assert.Equal(100 * 1.5 / 3.5, confusion.FncPercent, 10);
    }

    [Fact]
    public void Macro_f1_averages_the_four_classes_including_ones_never_predicted()
    {
        var confusion = new StanceConfusion();
        confusion.Add(StanceLabel.Agree, StanceLabel.Agree);
        confusion.Add(StanceLabel.Agree, StanceLabel.Discuss);
        confusion.Add(StanceLabel.Discuss, StanceLabel.Discuss);
        confusion.Add(StanceLabel.Disagree, StanceLabel.Discuss);
        confusion.Add(StanceLabel.Unrelated, StanceLabel.Unrelated);

        // agree: P=1, R=1/2 -> 2/3; disagree: 0; discuss: P=1/3, R=1 -> 1/2; unrelated: 1.
        Assert.Equal(2.0 / 3, confusion.F1(StanceLabel.Agree), 10);
        Assert.Equal(0, confusion.F1(StanceLabel.Disagree));
        Assert.Equal(0.5, confusion.F1(StanceLabel.Discuss), 10);
        Assert.Equal(((2.0 / 3) + 0 + 0.5 + 1) / 4, confusion.MacroF1, 10);
        Assert.Equal(3.0 / 5, confusion.Accuracy, 10);
        Assert.Contains("disagree", confusion.ToTable(), StringComparison.Ordinal);
    }

    [Fact]
    public void Perfect_predictions_score_one_hundred()
    {
        var confusion = new StanceConfusion();
        foreach (var label in Enum.GetValues<StanceLabel>())
        {
            confusion.Add(label, label);
        }

        Assert.Equal(100, confusion.FncPercent, 10);
        Assert.Equal(1, confusion.MacroF1, 10);
    }

    [Fact]
    public void Reweighting_scales_the_unrelated_row_to_the_mix_of_the_data()
    {
        var confusion = new StanceConfusion();
        confusion.Add(StanceLabel.Agree, StanceLabel.Agree);
        confusion.Add(StanceLabel.Discuss, StanceLabel.Discuss);
        confusion.Add(StanceLabel.Unrelated, StanceLabel.Unrelated);
        confusion.Add(StanceLabel.Unrelated, StanceLabel.Discuss);
        // The data: 2 related pairs, 8 unrelated (4 per related pair; the matrix holds 1 per related pair).
        StancePair Pair(StanceLabel label, int line) => new("h" + line, "1", label, line);
        var data = new StanceDataset(
            new Dictionary<string, string> { ["1"] = "A body." }.ToFrozenDictionary(),
            [Pair(StanceLabel.Agree, 1), Pair(StanceLabel.Discuss, 2), .. Enumerable.Range(3, 8).Select(i => Pair(StanceLabel.Unrelated, i))]);

        var scaled = confusion.WithMixOf(data);

        Assert.Equal(4, scaled[StanceLabel.Unrelated, StanceLabel.Unrelated]);
        Assert.Equal(4, scaled[StanceLabel.Unrelated, StanceLabel.Discuss]);
        Assert.Equal(1, scaled[StanceLabel.Agree, StanceLabel.Agree]);
        Assert.Equal(10, scaled.Total);
        Assert.Equal(4, confusion.Total);
    }
}
