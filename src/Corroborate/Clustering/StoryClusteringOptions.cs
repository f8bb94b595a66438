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
    /// mean of the four cosines below; see docs/stories.md for the sensitivity table.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.24;

    /// <summary>Weight of the TF-IDF cosine over body words: what the story is about.</summary>
    public double TermWeight { get; init; } = 0.4;

    /// <summary>Weight of the cosine over capitalised names and places: who and where, which separates two events of one kind.</summary>
    public double EntityWeight { get; init; } = 0.3;

    /// <summary>Weight of the cosine over numbers and dates: tolls, magnitudes, days, which also separate events.</summary>
    public double NumberWeight { get; init; } = 0.4;

    /// <summary>
    /// Weight of the TF-IDF cosine over headline words (the lead sentence when there is no headline): the sentence
    /// that states the event. Two events of one kind share the body's vocabulary more than their headlines' words.
    /// 0 leaves headlines to the body terms alone.
    /// </summary>
    public double HeadlineWeight { get; init; } = 0.1;

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
    /// Taken off the join and merge thresholds when the article and the story both carry a publication time
    /// and lie within <see cref="SameTimeDays"/> of each other: reports of one event cluster in time, and two
    /// events of one kind in the same days are rare, so closeness in time is evidence too. Undated articles
    /// (ECB+) never get it.
    /// </summary>
    public double SameTimeBonus { get; init; } = 0.14;

    /// <summary>Days apart within which <see cref="SameTimeBonus"/> applies.</summary>
    public double SameTimeDays { get; init; } = 2;

    /// <summary>
    /// After each placement, a young story (at most <see cref="YoungStoryArticles"/> originals) merges with
    /// another young story when the mean cosine over pairs of their articles reaches this (plus the time
    /// penalty): two stories that began apart because of the order articles came in become one once the
    /// articles between them arrive. The mean pairwise cosine does not grow with the stories' sizes, unlike a
    /// centroid cosine, so one threshold serves pairs and groups. 0 turns the re-check off.
    /// </summary>
    public double MergeThreshold { get; init; } = 0.30;

    /// <summary>
    /// After each placement, every original of the young stories involved (the one that took the article and
    /// the closest other candidates) moves to another of them when it fits that one better than the rest of
    /// its own story and reaches the join threshold there. The first report of a second event that joined
    /// the first event's story, before any other report of its own event existed, leaves it once they come.
    /// </summary>
    public bool ReplaceArticles { get; init; } = true;

    /// <summary>
    /// A story of at most this many originals needs <see cref="SmallStoryMargin"/> more than the join threshold to take
    /// an article (joining, or moving in at re-placement). Its centroid is one or two articles, whose words shared by
    /// chance with a report of another event of the same kind weigh as much as the event's own; a mixed story formed
    /// then draws both events' later reports. Two small stories of one event still meet through the merge re-check,
    /// which compares them article by article. Waived when article and story are dated within
    /// <see cref="SameTimeDays"/> (closeness in time is that evidence). 0 turns it off.
    /// </summary>
    public int SmallStoryArticles { get; init; } = 4;

    /// <summary>Added to the join threshold for a story of at most <see cref="SmallStoryArticles"/> originals.</summary>
    public double SmallStoryMargin { get; init; } = 0.04;

    /// <summary>
    /// After each placement, a story of <see cref="SplitMinimumArticles"/> to <see cref="SplitMaximumArticles"/> originals that
    /// the placement changed splits in two when its originals fall into two groups (<see cref="NormalizedCutFrom"/>) whose
    /// mean pair score lies below this:
    /// a story that took reports of two events of one kind, because the second event's first report came when only the
    /// first's story existed, parts once both events have reports of their own. Below
    /// <see cref="MergeThreshold"/>, so that the merge re-check does not join the parts again. 0 turns it off.
    /// </summary>
    public double SplitThreshold { get; init; } = 0.20;

    /// <summary>Mean pair score each part of a split must have within itself: two coherent groups, not a loose story cut anywhere.</summary>
    public double SplitCohesion { get; init; } = 0.28;

    /// <summary>Originals a story needs before it may split (each part then has at least <see cref="SplitMinimumPart"/>).</summary>
    public int SplitMinimumArticles { get; init; } = 4;

    /// <summary>Originals each part of a split keeps: one report alone that fits its story badly is left to re-placement.</summary>
    public int SplitMinimumPart { get; init; } = 2;

    /// <summary>
    /// Originals from which a story is cut in two by the normalized cut of its originals' pair scores (spectral bisection:
    /// the two groups whose pair scores across are smallest against each group's own total) rather than by average link
    /// (the fifth round's cut, the last two groups of agglomeration). In a large story of two events average link often
    /// leaves one loosely fitting report alone as the second group, so the split fails its size test and the two events
    /// are never parted. 0 never uses the normalized cut; <see cref="SplitMinimumArticles"/> or less always does. The
    /// default, just past <see cref="YoungStoryArticles"/>, uses it for the late split only: on ECB+ the cut of young stories
    /// gains too, but on the FNC-1 stories it parts more groups than it should (docs/stories.md, seventh round).
    /// </summary>
    public int NormalizedCutFrom { get; init; } = 17;

    /// <summary>
    /// Originals up to which a story may still split (at least <see cref="YoungStoryArticles"/>, the bound of re-placement
    /// and merge). A story that took both events of one kind early often passes the young size before its two halves
    /// stand apart clearly; above the young size each part must hold together by <see cref="LateSplitCohesion"/>. Bounds
    /// the members kept per story and the cost of the check (the pair scores of a story's originals).
    /// </summary>
    public int SplitMaximumArticles { get; init; } = 32;

    /// <summary>
    /// <see cref="SplitCohesion"/> for a story of more than <see cref="YoungStoryArticles"/> originals: a large story of one
    /// event is told in more ways than a small one, so the mean pair score within each of its parts is lower.
    /// </summary>
    public double LateSplitCohesion { get; init; } = 0.20;

    /// <summary>Stories besides the one that took the article whose members are re-placed (the best-voted candidates).</summary>
    public int ReplaceCandidates { get; init; } = 3;

    /// <summary>Originals up to which a story is young: the re-check is bounded to small, recent stories.</summary>
    public int YoungStoryArticles { get; init; } = 16;

    /// <summary>
    /// Article time after which an idle story leaves the in-memory index (it stays listed, but no
    /// longer takes articles). Bounds the cost of placing an article as the store grows.
    /// </summary>
    public TimeSpan IdleWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Articles placed since a story last took one before it may leave the index (besides being idle past
    /// <see cref="IdleWindow"/>): a folder or archive read out of date order brings late reports of old
    /// events after newer ones. Bounds the active stories by arrivals as well as by time.
    /// </summary>
    public int IdleArticles { get; init; } = 2_000;

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
