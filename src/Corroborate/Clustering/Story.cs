using System.Collections.Immutable;

namespace Corroborate.Clustering;

/// <summary>
/// A story: the articles reporting one real-world event. A snapshot; the live state is in
/// <see cref="StoryIndex"/>.
/// </summary>
/// <param name="Id">"s-" plus the id of the article that started the story: stable across runs and restores.</param>
/// <param name="Title">Headline of the most central article (the one that joined with the highest similarity), else the top keywords.</param>
/// <param name="FirstSeen">Earliest article time (published, else received), null when no article had one.</param>
/// <param name="LastSeen">Latest article time, null when no article had one.</param>
/// <param name="ArticleIds">Originals and copies, in arrival order.</param>
/// <param name="Duplicates">The copies among <paramref name="ArticleIds"/>, each with its original.</param>
/// <param name="OutletCount">Distinct outlets among the articles (articles without an outlet not counted).</param>
/// <param name="Keywords">Highest-weighted body terms of the story centroid, at most eight.</param>
public sealed record Story(
    string Id,
    string Title,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    ImmutableArray<string> ArticleIds,
    ImmutableArray<StoryDuplicate> Duplicates,
    int OutletCount,
    ImmutableArray<string> Keywords)
{
    /// <summary>Order in which the story started among the stories of its index (the older of two is lower): the order of <see cref="StoryIndex.Stories"/>.</summary>
    public long Sequence { get; init; }
}
