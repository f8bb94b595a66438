using Corroborate.Dedup;

namespace Corroborate.Clustering;

/// <summary>
/// Everything <see cref="StoryClusterer.Assign(Model.Article, PlacementFeatures?)"/> reads of an article's text, computed
/// before placement by whoever read the article (<see cref="PlacementFeaturizer"/>): its duplicate fingerprint, its
/// time (publication, else inferred from the text), and its counted features. None of it depends on other articles,
/// so the workers that read in parallel compute it, and the one story assigner only weighs, scores and places.
/// </summary>
public sealed class PlacementFeatures
{
    internal PlacementFeatures(DuplicateFingerprint fingerprint, DateTimeOffset? time, CountedFeatures counted)
    {
        Fingerprint = fingerprint;
        Time = time;
        Counted = counted;
    }

    internal DuplicateFingerprint Fingerprint { get; }

    /// <summary>The article's time for placement (see <see cref="StoryIndex"/>'s time rules), or null when it has none.</summary>
    public DateTimeOffset? Time { get; }

    internal CountedFeatures Counted { get; }
}
