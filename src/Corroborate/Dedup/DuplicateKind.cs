namespace Corroborate.Dedup;

/// <summary>How an article matched an earlier one.</summary>
internal enum DuplicateKind
{
    /// <summary>Same normalised body text (case, spacing and punctuation ignored).</summary>
    Exact,

    /// <summary>Estimated shingle Jaccard similarity at or above <see cref="DuplicateOptions.NearThreshold"/>.</summary>
    Near,
}
