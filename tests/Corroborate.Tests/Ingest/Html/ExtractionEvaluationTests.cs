using Corroborate.Ingest.Html;
using Xunit.Abstractions;
using Corroborate.Evaluation.Html;

namespace Corroborate.Tests.Ingest.Html;

/// <summary>
/// The quality gate: runs the extractor over the development half of the article-extraction benchmark
/// (<c>shared/data/article-extraction</c>, beside the repository, or <c>$CORROBORATE_SHARED</c>) and fails
/// when F1 drops below the floor. Raise the floor when the extractor improves; never lower it silently.
/// </summary>
public sealed class ExtractionEvaluationTests(ITestOutputHelper output)
{
    /// <summary>Just under the measured F1 (see docs/html-extraction.md), so any regression fails.</summary>
    private const double F1Floor = 0.968;

    [Support.SharedDataFact("data/article-extraction/ground-truth.json")]
    public void Extraction_F1_on_the_benchmark_pages_stays_above_the_floor()
    {
        var dataset = Path.GetDirectoryName(Support.SharedData.Require("data/article-extraction/ground-truth.json"))!;

        var report = new ExtractionEvaluation().Run(dataset);
        var score = report.Score;
        output.WriteLine($"pages={score.Pages.Length} P={score.Precision:F4} R={score.Recall:F4} F1={score.F1:F4} failures={report.Failures.Length}");
        foreach (var page in score.Pages.OrderBy(p => p.Precision + p.Recall).Take(15))
        {
            output.WriteLine($"  {page.Id[..12]} P={page.Precision:F3} R={page.Recall:F3}");
        }

        foreach (var failure in report.Failures)
        {
            output.WriteLine("  failed: " + failure);
        }

        Assert.True(score.F1 >= F1Floor, $"F1 {score.F1:F4} fell below the floor {F1Floor}");
    }
}
