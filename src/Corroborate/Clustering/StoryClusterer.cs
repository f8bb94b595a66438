using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Clustering;

/// <summary>
/// Places articles into stories in one pass, in arrival order. A copy (exact or near, see
/// <see cref="Dedup.DuplicateDetector"/>) joins its original's story. Otherwise candidate stories come
/// from the inverted index (stories sharing the article's top terms or names), each is scored by
/// <see cref="StoryIndex.Similarity(StoryState, ArticleFeatures)"/>, and the article joins the best one whose
/// score reaches the join threshold (lowered when article and story are close in time, raised when they are
/// days apart); else it starts a story. Then a bounded re-check: the young story that took the article
/// merges with another young story it has become close to (<see cref="StoryClusteringOptions.MergeThreshold"/>),
/// so that an event whose first reports happened to start two stories ends as one whatever the arrival order.
/// Cost per article depends on the active stories sharing its features, not on the size of the store.
/// Deterministic: the same articles in the same order give the same stories.
/// </summary>
public sealed class StoryClusterer(StoryIndex index)
{
    private readonly Dictionary<StoryState, float> _candidateVotes = [];
    private readonly List<KeyValuePair<StoryState, float>> _ranked = [];

    /// <summary>Candidates the last placement scored, with their similarity to the article: the near misses are re-placed.</summary>
    private readonly List<(StoryState Story, double Score)> _scored = [];

    public StoryClusterer() : this(new StoryIndex())
    {
    }

    public StoryIndex Index => index;

    /// <summary>Places <paramref name="article"/>. Throws <see cref="ArgumentException"/> if an article with its id was already placed.</summary>
    public StoryAssignment Assign(Article article) => Assign(article, placement: null);

    /// <summary>
    /// Places <paramref name="article"/> using <paramref name="placement"/>, what was computed from its text beforehand
    /// (<see cref="PlacementFeaturizer"/>), or computing it here when null. Either way the same placement.
    /// </summary>
    public StoryAssignment Assign(Article article, PlacementFeatures? placement)
    {
        ArgumentNullException.ThrowIfNull(article);
        var fingerprint = placement?.Fingerprint ?? index.Duplicates.Fingerprint(article);
        var time = placement is null ? StoryIndex.ArticleTime(article) : placement.Time;
        if (index.Duplicates.Check(fingerprint) is { } match && index.StoryOf(match.OriginalId) is { } originalStory)
        {
            index.AddDuplicate(article, time, match.OriginalId);
            return new StoryAssignment(originalStory, IsNew: false, match.OriginalId, match.Similarity) { ChangedStories = [originalStory] };
        }

        var features = placement is null ? index.Extractor.Extract(article) : index.Extractor.Weigh(placement.Counted);
        var (best, score) = FindBest(features, time);
        var placed = best ?? index.Create("s-" + article.Id, article, time, features, fingerprint);
        if (best is not null)
        {
            index.Join(best, article, time, features, fingerprint, score);
        }

        var (merges, changed) = Recheck(placed, features);
        return new StoryAssignment(placed.Id, IsNew: best is null, null, best is null ? 0 : score) { Merges = merges, ChangedStories = changed };
    }

    /// <summary>
    /// Replays one stored decision (see <see cref="StoryIndex.Restore"/>): the article goes where it went
    /// then, and the same re-check runs, so merges happen again exactly as they did.
    /// </summary>
    internal void Replay(StoredStoryAssignment stored)
    {
        if (stored.DuplicateOf is { } original)
        {
            if (index.StoryOf(original) is null)
            {
                throw new ArgumentException($"stored copy {stored.Article.Id} names original {original}, which was not replayed before it", "assignments");
            }

            index.AddDuplicate(stored.Article, StoryIndex.ArticleTime(stored.Article), original);
            return;
        }

        var fingerprint = index.Duplicates.Fingerprint(stored.Article);
        var features = index.Extractor.Extract(stored.Article);
        var time = StoryIndex.ArticleTime(stored.Article);
        // Scored as the live placement scored them, for the re-check that follows.
        FindBest(features, time);
        StoryState placed;
        if (index.Resolve(stored.StoryId) is { } story)
        {
            index.Join(story, stored.Article, time, features, fingerprint, index.Similarity(story, features));
            placed = story;
        }
        else
        {
            placed = index.Create(stored.StoryId, stored.Article, time, features, fingerprint);
        }

        Recheck(placed, features);
    }

    private (StoryState? Story, double Score) FindBest(ArticleFeatures features, DateTimeOffset? time)
    {
        var options = index.Options;
        index.BeginPlacement(features);
        RankCandidates(features);
        StoryState? best = null;
        var bestMargin = 0.0;
        var bestScore = 0.0;
        _scored.Clear();
        var n = Math.Min(options.MaxCandidates, _ranked.Count);
        for (var i = 0; i < n; i++)
        {
            var story = _ranked[i].Key;
            var score = index.Similarity(story, features);
            _scored.Add((story, score));
            var margin = score - Required(options.JoinThreshold, story.FirstSeen, story.LastSeen, time, time) - SmallStoryMargin(story, time);
            if (margin >= 0 && (best is null || margin > bestMargin))
            {
                (best, bestMargin, bestScore) = (story, margin, score);
            }
        }

        return (best, bestScore);
    }

    /// <summary>
    /// The bounded re-check after a placement: first the originals of the young stories involved move to
    /// where they fit best (<see cref="StoryClusteringOptions.ReplaceArticles"/>), then the story that took the
    /// article merges with a young story it has come close to (<see cref="StoryClusteringOptions.MergeThreshold"/>).
    /// </summary>
    private (ImmutableArray<StoryMerge> Merges, ImmutableArray<string> Changed) Recheck(StoryState placed, ArticleFeatures features)
    {
        var options = index.Options;
        var merges = ImmutableArray.CreateBuilder<StoryMerge>();
        var changed = new List<StoryState> { placed };
        if (options.ReplaceArticles)
        {
            Replace(placed, features, merges, changed);
        }

        if (options.MergeThreshold > 0 && index.Resolve(placed.Id) is { } story)
        {
            Merge(story, merges, changed);
        }

        if (options.SplitThreshold > 0)
        {
            foreach (var young in changed.Select(s => index.Resolve(s.Id)).OfType<StoryState>().Distinct().ToList())
            {
                SplitIfTwoEvents(young, changed);
            }
        }

        // The stories that changed, as they are now (a vanished one is reported by its merge).
        var current = changed.Select(s => index.Resolve(s.Id)).OfType<StoryState>().Distinct().Select(s => s.Id);
        return (merges.ToImmutable(), [.. current]);
    }

    private void Merge(StoryState story, ImmutableArray<StoryMerge>.Builder merges, List<StoryState> changed)
    {
        var options = index.Options;
        while (story.Originals <= options.YoungStoryArticles)
        {
            // The stories the article nearly joined: the only ones this placement can have brought closer.
            StoryState? best = null;
            var bestMargin = 0.0;
            foreach (var (other, score) in _scored)
            {
                if (ReferenceEquals(other, story) || score < NearMiss * options.JoinThreshold || other.Originals > options.YoungStoryArticles
                    || index.Resolve(other.Id) != other)
                {
                    continue;
                }

                var margin = index.Similarity(story, other) - Required(options.MergeThreshold, story.FirstSeen, story.LastSeen, other.FirstSeen, other.LastSeen);
                if (margin >= 0 && (best is null || margin > bestMargin || (margin == bestMargin && string.CompareOrdinal(other.Id, best.Id) < 0)))
                {
                    (best, bestMargin) = (other, margin);
                }
            }

            if (best is null)
            {
                break;
            }

            story = MergeStories(story, best, merges, changed);
        }
    }

    /// <summary>Merges two stories; the older survives and keeps its id.</summary>
    private StoryState MergeStories(StoryState a, StoryState b, ImmutableArray<StoryMerge>.Builder merges, List<StoryState> changed)
    {
        var (survivor, absorbed) = a.Sequence < b.Sequence ? (a, b) : (b, a);
        index.Merge(survivor, absorbed);
        merges.Add(new StoryMerge(absorbed.Id, survivor.Id));
        changed.Add(survivor);
        return survivor;
    }

    /// <summary>
    /// Moves originals of the young stories among the placed one and its best-voted candidates to the story
    /// of that group they fit best, when it beats the rest of their own story and reaches the join threshold.
    /// A few passes, each in a fixed order (group order, then arrival), so the outcome is deterministic.
    /// </summary>
    private void Replace(StoryState placed, ArticleFeatures features, ImmutableArray<StoryMerge>.Builder merges, List<StoryState> changed)
    {
        var options = index.Options;
        // Only stories the article nearly joined can trade articles with the one it joined: the rest are other
        // events, and leaving them out keeps the re-check cheap (most placements have no near miss at all).
        var group = new List<StoryState> { placed };
        foreach (var (story, score) in _scored.OrderByDescending(x => x.Score).ThenBy(x => x.Story.Id, StringComparer.Ordinal))
        {
            if (group.Count > options.ReplaceCandidates)
            {
                break;
            }

            if (!ReferenceEquals(story, placed) && score >= NearMiss * options.JoinThreshold)
            {
                group.Add(story);
            }
        }

        if (group.Count < 2)
        {
            return;
        }

        for (var pass = 0; pass < MaxReplacePasses; pass++)
        {
            var moved = false;
            foreach (var story in group)
            {
                if (!story.IsActive || story.Originals > options.YoungStoryArticles || index.Resolve(story.Id) != story)
                {
                    continue;
                }

                foreach (var member in story.Members.ToArray())
                {
                    var own = story.Originals > 1 ? index.SimilarityWithout(story, member) : 0;
                    var time = index.TimeOf(member.ArticleId);
                    StoryState? target = null;
                    var targetScore = own;
                    foreach (var other in group)
                    {
                        if (ReferenceEquals(other, story) || !other.IsActive || index.Resolve(other.Id) != other)
                        {
                            continue;
                        }

                        var score = index.Similarity(other, member);
                        if (score > targetScore && score >= Required(options.JoinThreshold, other.FirstSeen, other.LastSeen, time, time) + SmallStoryMargin(other, time))
                        {
                            (target, targetScore) = (other, score);
                        }
                    }

                    if (target is null)
                    {
                        continue;
                    }

                    moved = true;
                    if (story.Originals == 1)
                    {
                        // Moving the last article empties the story: the same as merging the two, and then the
                        // older one keeps its id.
                        MergeStories(story, target, merges, changed);
                        break;
                    }

                    index.Move(member, story, target);
                    changed.Add(target);
                    changed.Add(story);
                }
            }

            if (!moved)
            {
                break;
            }
        }
    }

    /// <summary>
    /// Splits a story of at most <see cref="StoryClusteringOptions.SplitMaximumArticles"/> originals whose originals fall
    /// into two groups that resemble each other less than <see cref="StoryClusteringOptions.SplitThreshold"/> (mean pair
    /// score between the groups) while each holds together (<see cref="StoryClusteringOptions.SplitCohesion"/>, or
    /// <see cref="StoryClusteringOptions.LateSplitCohesion"/> above the young size). The groups are the normalized cut of
    /// the originals' pair scores (<see cref="StoryClusteringOptions.NormalizedCutFrom"/>) or the last two groups of
    /// average-link agglomeration; either is deterministic. The group holding the story's first original keeps its id.
    /// </summary>
    private void SplitIfTwoEvents(StoryState story, List<StoryState> changed)
    {
        var options = index.Options;
        var n = story.Originals;
        if (!story.IsActive || n < options.SplitMinimumArticles || n > Math.Max(options.YoungStoryArticles, options.SplitMaximumArticles)
            || story.Members.Count != n)
        {
            return;
        }

        var members = story.Members;
        // A mean of pair scores is no lower than the lowest: when even that reaches the highest threshold the time rules
        // can ask, no split of this story can pass (the usual case, and it skips the cut). The lowest is kept with the
        // story, so a placement scores only the new member's pairs (n - 1) instead of all n (n - 1) / 2.
        if ((story.MemberPairs ??= new MemberPairs()).Update(members, n, index) >= options.SplitThreshold + options.MaxTimePenalty)
        {
            return;
        }

        var pair = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                pair[i, j] = pair[j, i] = index.PairSimilarity(members[i], members[j]);
            }
        }

        var parts = options.NormalizedCutFrom > 0 && n >= options.NormalizedCutFrom ? StoryCut.Normalized(pair, n, options.SplitMinimumPart) : StoryCut.AverageLink(pair, n);
        if (parts is not var (a, b) || a.Count < options.SplitMinimumPart || b.Count < options.SplitMinimumPart)
        {
            return;
        }

        // Time-adjusted like the merge threshold: parts dated within days of each other need to be further apart in
        // content (the same-time bonus), parts days apart less. A large story of one event is told in more ways than a
        // small one, so its parts are looser within themselves.
        var (firstA, lastA) = Span(a);
        var (firstB, lastB) = Span(b);
        var cohesion = n > options.YoungStoryArticles ? options.LateSplitCohesion : options.SplitCohesion;
        if (StoryCut.Between(pair, a, b) >= Required(options.SplitThreshold, firstA, lastA, firstB, lastB)
            || Math.Min(StoryCut.Within(pair, a), StoryCut.Within(pair, b)) < cohesion)
        {
            return;
        }

        var leaving = a.Contains(0) ? b : a;
        changed.Add(index.Split(story, [.. leaving.Select(i => members[i])]));
        changed.Add(story);

        (DateTimeOffset? First, DateTimeOffset? Last) Span(List<int> group)
        {
            DateTimeOffset? first = null, last = null;
            foreach (var i in group)
            {
                // Undated articles do not count, as in a story's own span.
                if (index.TimeOf(members[i].ArticleId) is not { } t)
                {
                    continue;
                }

                first = first is { } f && f <= t ? f : t;
                last = last is { } l && l >= t ? l : t;
            }

            return (first, last);
        }
    }

    /// <summary>
    /// What a story of at most <see cref="StoryClusteringOptions.SmallStoryArticles"/> originals asks on top of the join
    /// threshold (<see cref="StoryClusteringOptions.SmallStoryMargin"/>) to take an article dated <paramref name="time"/>,
    /// joining or moving in. Not when both are dated within <see cref="StoryClusteringOptions.SameTimeDays"/>: then
    /// closeness in time is the evidence the margin asks for, as for the same-time bonus.
    /// </summary>
    private double SmallStoryMargin(StoryState story, DateTimeOffset? time)
    {
        var options = index.Options;
        if (story.Originals > options.SmallStoryArticles)
        {
            return 0;
        }

        if (time is { } t && story.FirstSeen is { } first && story.LastSeen is { } last
            && (t > last ? t - last : first > t ? first - t : TimeSpan.Zero).TotalDays <= options.SameTimeDays)
        {
            return 0;
        }

        return options.SmallStoryMargin;
    }

    /// <summary>Fraction of the join threshold a candidate's similarity to the article must reach to take part in re-placement.</summary>
    private const double NearMiss = 0.5;

    /// <summary>Passes of re-placement per article: moves settle in one or two.</summary>
    private const int MaxReplacePasses = 4;

    /// <summary>Active stories sharing the article's top terms and names, most shared weight first (ties by id).</summary>
    private void RankCandidates(ArticleFeatures features)
    {
        var options = index.Options;
        _candidateVotes.Clear();
        Vote(features.Terms, options.IndexTerms);
        Vote(features.Entities, options.IndexEntities);
        _ranked.Clear();
        _ranked.AddRange(_candidateVotes);
        _ranked.Sort(static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key.Id, b.Key.Id));
    }

    private void Vote(SparseVector vector, int count)
    {
        var n = Math.Min(count, vector.Ids.Length);
        for (var i = 0; i < n; i++)
        {
            if (!index.Postings.TryGetValue(vector.Ids[i], out var stories))
            {
                continue;
            }

            foreach (var story in stories)
            {
                _candidateVotes[story] = _candidateVotes.GetValueOrDefault(story) + vector.Weights[i];
            }
        }
    }

    /// <summary>
    /// A threshold adjusted for time: lowered by the same-time bonus when both sides are dated and within
    /// <see cref="StoryClusteringOptions.SameTimeDays"/>, raised for each day they lie apart beyond the grace.
    /// Undated sides leave it as it is.
    /// </summary>
    private double Required(double threshold, DateTimeOffset? firstA, DateTimeOffset? lastA, DateTimeOffset? firstB, DateTimeOffset? lastB)
    {
        var options = index.Options;
        if (firstA is not { } fa || lastA is not { } la || firstB is not { } fb || lastB is not { } lb)
        {
            return threshold;
        }

        var apart = fb > la ? fb - la : fa > lb ? fa - lb : TimeSpan.Zero;
        if (apart.TotalDays <= options.SameTimeDays)
        {
            threshold -= options.SameTimeBonus;
        }

        var days = Math.Max(0, apart.TotalDays - options.TimeGraceDays);
        return threshold + Math.Min(options.MaxTimePenalty, options.PenaltyPerDay * days);
    }
}
