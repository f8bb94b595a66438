namespace Corroborate.Clustering;

/// <summary>One original's features as one-vector centroids, so the story-to-article cosine code serves members too.</summary>
internal sealed class StoryMember
{
    public StoryMember(ArticleFeatures features)
    {
        Terms.Add(features.Terms);
        Entities.Add(features.Entities);
        Numbers.Add(features.Numbers);
    }

    public Centroid Terms { get; } = new();

    public Centroid Entities { get; } = new();

    public Centroid Numbers { get; } = new();
}
