using System.Collections.Immutable;

namespace Corroborate.Ingest.Html;

/// <summary>Precision and recall averaged over pages, their harmonic mean, and the per-page scores.</summary>
internal sealed record ExtractionScore(double Precision, double Recall, double F1, ImmutableArray<PageScore> Pages);
