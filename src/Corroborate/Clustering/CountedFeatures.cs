namespace Corroborate.Clustering;

/// <summary>
/// An article's feature keys (prefixed by kind, see <see cref="Vocabulary"/>) with how often each occurs, in the order
/// they first occur: what <see cref="StoryFeatureExtractor.Count"/> finds in the text, before any weighing.
/// </summary>
internal sealed class CountedFeatures(string[] keys, int[] counts)
{
    public string[] Keys { get; } = keys.Length == counts.Length ? keys : throw new ArgumentException($"{keys.Length} keys but {counts.Length} counts", nameof(counts));

    public int[] Counts { get; } = counts;
}
