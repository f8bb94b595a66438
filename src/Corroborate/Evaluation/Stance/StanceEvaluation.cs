using System.Collections.Immutable;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>
/// A classifier's labels for a gold-labelled set: the confusion matrix, and each pair's prediction so that a gate
/// on the probabilities (<see cref="StanceGate"/>) can be measured on the same run.
/// </summary>
internal sealed record StanceEvaluation(StanceConfusion Confusion, ImmutableArray<(StanceLabel Gold, StancePrediction Prediction)> Predictions)
{
    public static StanceEvaluation Run(StanceClassifier classifier, StanceDataset test)
    {
        if (!test.HasGold)
        {
            throw new ArgumentException("every pair of the evaluation set needs a gold stance", nameof(test));
        }

        var prepared = new Dictionary<string, StanceBody>(StringComparer.Ordinal);
        var confusion = new StanceConfusion();
        var predictions = ImmutableArray.CreateBuilder<(StanceLabel, StancePrediction)>(test.Pairs.Length);
        foreach (var pair in test.Pairs)
        {
            if (!prepared.TryGetValue(pair.BodyId, out var body))
            {
                prepared[pair.BodyId] = body = classifier.Prepare(test.Bodies[pair.BodyId]);
            }

            var prediction = classifier.Predict(pair.Headline, body);
            confusion.Add(pair.Gold!.Value, prediction.Label);
            predictions.Add((pair.Gold!.Value, prediction));
        }

        return new StanceEvaluation(confusion, predictions.MoveToImmutable());
    }

    /// <summary>
    /// Precision and count of "disagree" as shown after <paramref name="gate"/>: of the pairs the gate lets stand as
    /// disagree, the share whose gold label is disagree.
    /// </summary>
    public (int Shown, int Right, double Precision, double Recall) GatedDisagree(StanceGate gate)
    {
        int shown = 0, right = 0, gold = 0;
        foreach (var (label, prediction) in Predictions)
        {
            gold += label == StanceLabel.Disagree ? 1 : 0;
            if (gate.Decide(prediction) == StanceLabel.Disagree)
            {
                shown++;
                right += label == StanceLabel.Disagree ? 1 : 0;
            }
        }

        return (shown, right, shown == 0 ? 0 : right / (double)shown, gold == 0 ? 0 : right / (double)gold);
    }
}
