using System.Globalization;
using System.Text;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>
/// Gold-against-predicted counts with the FNC-1 score and macro-F1. The FNC score gives 0.25 for a correct
/// related/unrelated decision and 0.75 more for the correct agree/disagree/discuss on a related pair, as a
/// share of the best possible score.
/// </summary>
internal sealed class StanceConfusion
{
    private readonly long[,] _counts = new long[StanceLabels.Count, StanceLabels.Count];

    public long Total { get; private set; }

    public long this[StanceLabel gold, StanceLabel predicted] => _counts[(int)gold, (int)predicted];

    public void Add(StanceLabel gold, StanceLabel predicted)
    {
        _counts[(int)gold, (int)predicted]++;
        Total++;
    }

    public void Add(StanceConfusion other)
    {
        for (var g = 0; g < StanceLabels.Count; g++)
        {
            for (var p = 0; p < StanceLabels.Count; p++)
            {
                _counts[g, p] += other._counts[g, p];
            }
        }

        Total += other.Total;
    }

    /// <summary>The raw FNC-1 score: what the predictions earned.</summary>
    public double FncPoints
    {
        get
        {
            double points = 0;
            for (var g = 0; g < StanceLabels.Count; g++)
            {
                for (var p = 0; p < StanceLabels.Count; p++)
                {
                    var related = (StanceLabel)g != StanceLabel.Unrelated;
                    var predictedRelated = (StanceLabel)p != StanceLabel.Unrelated;
                    var each = (related == predictedRelated ? 0.25 : 0) + (related && g == p ? 0.75 : 0);
                    points += each * _counts[g, p];
                }
            }

            return points;
        }
    }

    /// <summary>The best score the gold labels allow.</summary>
    public double FncMaximum
    {
        get
        {
            double maximum = 0;
            for (var g = 0; g < StanceLabels.Count; g++)
            {
                long row = 0;
                for (var p = 0; p < StanceLabels.Count; p++)
                {
                    row += _counts[g, p];
                }

                maximum += row * ((StanceLabel)g == StanceLabel.Unrelated ? 0.25 : 1.0);
            }

            return maximum;
        }
    }

    /// <summary>FNC-1 score in percent of the maximum.</summary>
    public double FncPercent => FncMaximum == 0 ? 0 : 100 * FncPoints / FncMaximum;

    public double Accuracy
    {
        get
        {
            long correct = 0;
            for (var k = 0; k < StanceLabels.Count; k++)
            {
                correct += _counts[k, k];
            }

            return Total == 0 ? 0 : (double)correct / Total;
        }
    }

    public double F1(StanceLabel label)
    {
        var k = (int)label;
        long predicted = 0, gold = 0;
        for (var i = 0; i < StanceLabels.Count; i++)
        {
            predicted += _counts[i, k];
            gold += _counts[k, i];
        }

        var precision = predicted == 0 ? 0 : (double)_counts[k, k] / predicted;
        var recall = gold == 0 ? 0 : (double)_counts[k, k] / gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /// <summary>Unweighted mean of the four per-class F1 scores.</summary>
    public double MacroF1 => Enum.GetValues<StanceLabel>().Average(F1);

    /// <summary>The matrix as aligned text, gold labels down, predictions across.</summary>
    public string ToTable()
    {
        var labels = Enum.GetValues<StanceLabel>();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"gold \\ predicted",-18}");
        foreach (var label in labels)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label.ToFncName(),10}");
        }

        text.Append(CultureInfo.InvariantCulture, $"{"F1",8}").AppendLine();
        foreach (var gold in labels)
        {
            text.Append(CultureInfo.InvariantCulture, $"{gold.ToFncName(),-18}");
            foreach (var predicted in labels)
            {
                text.Append(CultureInfo.InvariantCulture, $"{this[gold, predicted],10}");
            }

            text.Append(CultureInfo.InvariantCulture, $"{F1(gold),8:F3}").AppendLine();
        }

        return text.ToString();
    }

    /// <summary>
    /// This matrix with the unrelated row scaled (rounded) so that unrelated pairs make the same share of all pairs
    /// as in <paramref name="data"/>: an FNC score depends on that mix.
    /// </summary>
    public StanceConfusion WithMixOf(StanceDataset data)
    {
        var unrelated = data.Pairs.Count(p => p.Gold == StanceLabel.Unrelated);
        var related = data.Pairs.Length - unrelated;
        long ownUnrelated = 0, ownRelated = 0;
        for (var p = 0; p < StanceLabels.Count; p++)
        {
            ownUnrelated += _counts[(int)StanceLabel.Unrelated, p];
            for (var g = 0; g < (int)StanceLabel.Unrelated; g++)
            {
                ownRelated += _counts[g, p];
            }
        }

        var scaled = new StanceConfusion();
        scaled.Add(this);
        if (ownUnrelated == 0 || ownRelated == 0 || related == 0)
        {
            return scaled;
        }

        var factor = (double)unrelated / related / ((double)ownUnrelated / ownRelated);
        for (var p = 0; p < StanceLabels.Count; p++)
        {
            var before = scaled._counts[(int)StanceLabel.Unrelated, p];
            var after = (long)Math.Round(before * factor);
            scaled._counts[(int)StanceLabel.Unrelated, p] = after;
            scaled.Total += after - before;
        }

        return scaled;
    }
}
