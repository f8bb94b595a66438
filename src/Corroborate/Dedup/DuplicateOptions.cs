namespace Corroborate.Dedup;

/// <summary>Settings of <see cref="DuplicateDetector"/>; the defaults are measured (docs/stories.md).</summary>
public sealed record DuplicateOptions
{
    public static DuplicateOptions Default { get; } = new();

    /// <summary>
    /// Estimated Jaccard of 4-word shingle sets at or above which two bodies are one article.
    /// Why 0.5: syndicated copies with a trimmed footer or a swapped boilerplate paragraph measured
    /// 0.62–0.95 in our fixtures, while the most similar distinct articles of one ECB+ event (the same
    /// wire facts retold) measured at most 0.28 (DuplicateDetectorTests prints the distribution).
    /// </summary>
    public double NearThreshold { get; init; } = 0.5;

    /// <summary>
    /// Bodies with fewer shingles than this are matched only exactly: a one-line body shares most of
    /// its few shingles with any other wording of the same headline.
    /// </summary>
    public int MinShingles { get; init; } = 8;
}
