using System.Collections.Immutable;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;

namespace Corroborate.Evaluation.Html;

/// <summary>Precision and recall averaged over pages, their harmonic mean, and the per-page scores.</summary>
internal sealed record ExtractionScore(double Precision, double Recall, double F1, ImmutableArray<PageScore> Pages);
