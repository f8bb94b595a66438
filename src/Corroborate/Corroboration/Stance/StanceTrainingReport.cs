using System.Collections.Immutable;

namespace Corroborate.Corroboration.Stance;

/// <summary>Out-of-fold results of cross-validation: the pooled confusion matrix and each fold's own.</summary>
public sealed record StanceTrainingReport(StanceConfusion Pooled, ImmutableArray<StanceConfusion> Folds, TimeSpan Elapsed);
