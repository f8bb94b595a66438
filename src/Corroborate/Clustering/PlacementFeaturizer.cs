using Corroborate.Dedup;
using Corroborate.Model;

namespace Corroborate.Clustering;

/// <summary>
/// Computes <see cref="PlacementFeatures"/> away from the story index: the work of placement that depends on one
/// article alone. Keeps its buffers and a cache of feature keys between articles: one featurizer per thread.
/// </summary>
public sealed class PlacementFeaturizer(StoryClusteringOptions options)
{
    /// <summary>Distinct keys cached before the cache starts afresh: bounds a long-running reader's memory (≈ 100 MB).</summary>
    private const int MaxCachedKeys = 1 << 20;

    private readonly DuplicateDetector _duplicates = new(options.Duplicates, new DuplicateIndex());
    private Vocabulary _keys = new();
    private StoryFeatureExtractor? _extractor;

    public PlacementFeaturizer() : this(StoryClusteringOptions.Default)
    {
    }

    public PlacementFeatures Compute(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_extractor is null || _keys.Count > MaxCachedKeys)
        {
            _keys = new Vocabulary();
            _extractor = new StoryFeatureExtractor(_keys);
        }

        return new PlacementFeatures(_duplicates.Fingerprint(article), StoryIndex.ArticleTime(article), _extractor.Count(article));
    }
}
