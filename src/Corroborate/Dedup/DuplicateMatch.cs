namespace Corroborate.Dedup;

/// <summary>An article found to copy an earlier one.</summary>
/// <param name="OriginalId">Id of the first article of the duplicate group (never itself a duplicate).</param>
/// <param name="Kind">Exact or near copy.</param>
/// <param name="Similarity">Estimated Jaccard similarity of the word-shingle sets, 0..1 (1 for exact).</param>
internal sealed record DuplicateMatch(string OriginalId, DuplicateKind Kind, double Similarity);
