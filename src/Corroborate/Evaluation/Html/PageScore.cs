using Corroborate.Ingest;
using Corroborate.Ingest.Html;

namespace Corroborate.Evaluation.Html;

/// <summary>One page's shingle counts, normalised to sum to 1 (see <see cref="ExtractionScorer"/>).</summary>
internal sealed record PageScore(string Id, double TruePositives, double FalsePositives, double FalseNegatives)
{
    /// <summary>The benchmark's <c>precision_score</c>: 1 for a perfect page, 0 when nothing matched.</summary>
    public double Precision =>
        FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalsePositives == 0 ? 0
        : TruePositives / (TruePositives + FalsePositives);

    /// <summary>The benchmark's <c>recall_score</c>.</summary>
    public double Recall =>
        FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalseNegatives == 0 ? 0
        : TruePositives / (TruePositives + FalseNegatives);
}
