using Corroborate.Clustering;

namespace Corroborate.Evaluation.Stories;

/// <summary>
/// BCubed clustering scores (Bagga and Baldwin 1998; Amigó et al. 2009): for each item, precision is
/// the share of its predicted cluster that shares its gold label, recall the share of its gold cluster
/// that shares its predicted label (the item itself included); both are averaged over items.
/// </summary>
internal static class BCubedScorer
{
    /// <summary>
    /// Scores parallel label lists: <paramref name="predicted"/>[i] and <paramref name="gold"/>[i] label item i.
    /// Throws <see cref="ArgumentException"/> when the lengths differ; an empty input scores 1, 1, 1.
    /// </summary>
    public static BCubedScore Score(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        if (predicted.Count != gold.Count)
        {
            throw new ArgumentException($"predicted has {predicted.Count} labels but gold has {gold.Count}", nameof(predicted));
        }

        var n = predicted.Count;
        if (n == 0)
        {
            return new BCubedScore(1, 1, 1, 0);
        }

        // Items sharing both labels, and the sizes of each predicted and gold cluster: per item,
        // precision = |pred ∩ gold| / |pred| and recall = |pred ∩ gold| / |gold|.
        var pair = new Dictionary<(string, string), int>();
        var predictedSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldSize = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var key = (predicted[i], gold[i]);
            pair[key] = pair.GetValueOrDefault(key) + 1;
            predictedSize[predicted[i]] = predictedSize.GetValueOrDefault(predicted[i]) + 1;
            goldSize[gold[i]] = goldSize.GetValueOrDefault(gold[i]) + 1;
        }

        var precision = 0.0;
        var recall = 0.0;
        foreach (var ((p, g), both) in pair)
        {
            // Each of the `both` items contributes both/|pred| and both/|gold|.
            precision += (double)both * both / predictedSize[p];
            recall += (double)both * both / goldSize[g];
        }

        precision /= n;
        recall /= n;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new BCubedScore(precision, recall, f1, n);
    }
}
