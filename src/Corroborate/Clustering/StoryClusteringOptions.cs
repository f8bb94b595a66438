using Corroborate.Dedup;

namespace Corroborate.Clustering;

/// <summary>
/// Settings of <see cref="StoryClusterer"/>. The defaults were chosen on ECB+ dev with general rules
/// only; docs/stories.md shows the scores at neighbouring values.
/// </summary>
public sealed record StoryClusteringOptions
{
    public static StoryClusteringOptions Default { get; } = new();

    /// <summary>
    /// Combined similarity (0..1) an article needs to join a story rather than start one. The weighted
    /// mean of the three cosines below; see docs/stories.md for the sensitivity table.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.24;

    /// <summary>Weight of the TF-IDF cosine over body words: what the story is about.</summary>
    public double TermWeight { get; init; } = 0.4;

    /// <summary>Weight of the cosine over capitalised names and places: who and where, which separates two events of one kind.</summary>
    public double EntityWeight { get; init; } = 0.3;

    /// <summary>Weight of the cosine over numbers and dates: tolls, magnitudes, days, which also separate events.</summary>
    public double NumberWeight { get; init; } = 0.3;

    /// <summary>
    /// Factor on the similarity to a story's best-matching member, used when that beats the centroid
    /// similarity; 0 turns the member comparison off. Below 1 so that a chain of near pairs needs more
    /// than the centroid would to join events.
    /// </summary>
    public double MemberWeight { get; init; } = 0.9;

    /// <summary>Members compared per story (its first originals): bounds the cost for large stories.</summary>
    public int MaxMembersCompared { get; init; } = 16;

    /// <summary>
    /// Days of article time an article may lie outside a story's first/last seen before it needs more
    /// evidence: follow-ups one to three days after an event are ordinary news, not a new story.
    /// </summary>
    public double TimeGraceDays { get; init; } = 3;

    /// <summary>Added to the threshold per day beyond the grace: a follow-up days later must resemble the story more closely.</summary>
    public double PenaltyPerDay { get; init; } = 0.04;

    /// <summary>Cap of the time penalty, so a strongly matching late follow-up can still join.</summary>
    public double MaxTimePenalty { get; init; } = 0.25;

    /// <summary>
    /// Article time after which an idle story leaves the in-memory index (it stays listed, but no
    /// longer takes articles). Bounds the cost of placing an article as the store grows.
    /// </summary>
    public TimeSpan IdleWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Highest-weighted body terms of an article used to look up candidate stories and to index its story.</summary>
    public int IndexTerms { get; init; } = 12;

    /// <summary>Highest-weighted names of an article used the same way.</summary>
    public int IndexEntities { get; init; } = 6;

    /// <summary>
    /// Candidate stories scored in full per article, the ones sharing the most index weight. ECB+ dev
    /// scores the same with 5 to 30; each candidate costs a pass over the article's features.
    /// </summary>
    public int MaxCandidates { get; init; } = 10;

    public DuplicateOptions Duplicates { get; init; } = DuplicateOptions.Default;
}
