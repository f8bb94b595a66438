namespace Corroborate.Clustering;

/// <summary>
/// One original of a story with its features: compared one by one for the best-member similarity, and
/// kept whole while the story is young so that the article can move to a story it fits better.
/// </summary>
internal sealed class StoryMember
{
    public StoryMember(string articleId, long arrival, ArticleFeatures features)
    {
        ArticleId = articleId;
        Arrival = arrival;
        Features = features;
        Terms = new MemberVector(features.Terms);
        Entities = new MemberVector(features.Entities);
        Numbers = new MemberVector(features.Numbers);
        Headline = new MemberVector(features.Headline);
    }

    public string ArticleId { get; }

    /// <summary>Place of the article in the arrival order, so merged stories keep their first originals.</summary>
    public long Arrival { get; }

    public ArticleFeatures Features { get; }

    public MemberVector Terms { get; }

    public MemberVector Entities { get; }

    public MemberVector Numbers { get; }

    public MemberVector Headline { get; }
}
