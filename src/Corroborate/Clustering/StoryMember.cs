namespace Corroborate.Clustering;

/// <summary>
/// One original of a story with its features: compared one by one for the best-member similarity, and
/// kept whole while the story is young so that the article can move to a story it fits better.
/// </summary>
internal sealed class StoryMember
{
    private MemberVector[]? _vectors;

    public StoryMember(string articleId, long arrival, ArticleFeatures features)
    {
        ArticleId = articleId;
        Arrival = arrival;
        Features = features;
    }

    public string ArticleId { get; }

    /// <summary>Place of the article in the arrival order, so merged stories keep their first originals.</summary>
    public long Arrival { get; }

    public ArticleFeatures Features { get; }

    /// <summary>
    /// Its best-member score against other members (each as the member compared, this one as the article), remembered
    /// by the story index: both sides' features are fixed, so the score is too.
    /// </summary>
    public Dictionary<StoryMember, double>? ScoresAgainst { get; set; }

    /// <summary>Its vectors as look-up tables (terms, names, numbers, headline words), built when it is first scored against one article alone.</summary>
    public MemberVector[] Vectors => _vectors ??= [new(Features.Terms), new(Features.Entities), new(Features.Numbers), new(Features.Headline)];
}
