using System.Collections.Immutable;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;

namespace Corroborate.Evaluation.Html;

/// <summary>The score of one evaluation run, the pages that failed to read (messages), and the wall time.</summary>
internal sealed record ExtractionEvaluationReport(ExtractionScore Score, ImmutableArray<string> Failures, TimeSpan Elapsed)
{
    public double PagesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Score.Pages.Length / Elapsed.TotalSeconds;
}
