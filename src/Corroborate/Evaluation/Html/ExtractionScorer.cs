using System.Text.RegularExpressions;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;

namespace Corroborate.Evaluation.Html;

/// <summary>
/// The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, <c>evaluate.py</c>):
/// texts are tokenized with the Unicode regex <c>\w+</c> (case kept), turned into 4-token shingles, and the
/// predicted and true shingle multisets compared per page. Per-page precision and recall are averaged over
/// pages and F1 is the harmonic mean of the two averages, not an average of per-page F1.
/// </summary>
internal static partial class ExtractionScorer
{
    /// <summary>Shingle length the benchmark uses.</summary>
    public const int ShingleLength = 4;

    /// <summary>
    /// Scores one page. Counts are normalised to sum to 1 (as the benchmark does) so long pages weigh no more
    /// than short ones; a text shorter than four tokens is one shorter shingle, again as in the benchmark.
    /// </summary>
    public static PageScore Score(string id, string truth, string predicted)
    {
        var trueShingles = Shingles(truth);
        var predictedShingles = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in trueShingles)
        {
            var predictedCount = predictedShingles.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predictedCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }

        foreach (var (key, predictedCount) in predictedShingles)
        {
            fp += Math.Max(0, predictedCount - trueShingles.GetValueOrDefault(key));
        }

        var sum = tp + fp + fn;
        if (sum > 0)
        {
            (tp, fp, fn) = (tp / sum, fp / sum, fn / sum);
        }

        return new PageScore(id, tp, fp, fn);
    }

    /// <summary>
    /// Averages per-page precision (over pages that predicted something) and recall (over pages with a true
    /// text), then takes their harmonic mean, exactly as <c>metrics_from_tp_fp_fns</c>.
    /// </summary>
    public static ExtractionScore Aggregate(IReadOnlyList<PageScore> pages)
    {
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var page in pages)
        {
            if (page.TruePositives + page.FalsePositives > 0)
            {
                precisionSum += page.Precision;
                precisionPages++;
            }

            if (page.TruePositives + page.FalseNegatives > 0)
            {
                recallSum += page.Recall;
                recallPages++;
            }
        }

        var precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        var recall = recallPages == 0 ? 0 : recallSum / recallPages;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(precision, recall, f1, [.. pages]);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = new List<string>();
        foreach (var match in Token().EnumerateMatches(text))
        {
            tokens.Add(text.Substring(match.Index, match.Length));
        }

        var array = tokens.ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, array.Length - ShingleLength + 1);
        for (var i = 0; i < count && i < array.Length; i++)
        {
            // A unit separator cannot occur inside a \w token, so the joined key is unambiguous.
            var key = string.Join('\u001F', array, i, Math.Min(ShingleLength, array.Length - i));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();
}
