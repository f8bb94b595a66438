using System.Collections.Immutable;
using Corroborate.Dedup;
using Corroborate.Model;

namespace Corroborate.Clustering;

/// <summary>
/// The state of <see cref="StoryClusterer"/>: every story, which article is in which, document
/// frequencies, the duplicate index, and an inverted index (feature → active stories) over stories
/// seen within <see cref="StoryClusteringOptions.IdleWindow"/> of the latest article time.
/// <para>
/// Persistence: the store keeps each article with the <see cref="StoryAssignment"/> it got.
/// <see cref="Restore"/> replays those (article, story id, original id) triples in their original
/// arrival order without re-deciding anything, which rebuilds exactly the state an uninterrupted run
/// would have (frequencies, centroids, titles, duplicate fingerprints, eviction), so tomorrow's run
/// extends today's stories and places new articles as if it had never stopped. Replay costs about the
/// same per article as clustering. Not thread-safe.
/// </para>
/// </summary>
public sealed partial class StoryIndex
{
    /// <summary>Keywords reported per story.</summary>
    private const int KeywordCount = 8;

    /// <summary>Scores an original remembers against members before it starts afresh: bounds the memory of one met by many stories.</summary>
    private const int MaxScoresRemembered = 512;

    /// <summary>Members not yet remembered that are scored one by one; more are scored all together through the postings.</summary>
    private const int MaxPairsScoredAlone = 4;

    private readonly Dictionary<string, StoryState> _stories = [];
    private readonly List<StoryState> _storyOrder = [];
    private readonly List<StoryState> _active = [];
    private readonly Dictionary<string, StoryState> _storyOfArticle = [];
    private readonly Dictionary<int, List<StoryState>> _postings = [];
    private readonly Dictionary<string, PlacedArticle> _placed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _absorbedInto = new(StringComparer.Ordinal);
    private readonly Dictionary<StoryMember, double> _placingScores = [];
    private ArticleFeatures? _placing;
    private long _storiesStarted;
    private DateTimeOffset? _clock;
    private DateTimeOffset? _lastSweep;
    private DateTimeOffset? _lastRotation;

    public StoryIndex(StoryClusteringOptions options)
    {
        Options = options;
        Extractor = new StoryFeatureExtractor(Vocabulary);
        Duplicates = new DuplicateDetector(options.Duplicates, new DuplicateIndex());
    }

    public StoryIndex() : this(StoryClusteringOptions.Default)
    {
    }

    public StoryClusteringOptions Options { get; }

    /// <summary>All stories, active or idle.</summary>
    public int Count => _stories.Count;

    /// <summary>Stories still in the inverted index (not idle past the window).</summary>
    public int ActiveCount => _active.Count;

    /// <summary>Articles placed, copies included.</summary>
    public int ArticleCount => _storyOfArticle.Count;

    internal Vocabulary Vocabulary { get; } = new();

    internal StoryFeatureExtractor Extractor { get; }

    internal DuplicateDetector Duplicates { get; }

    internal IReadOnlyDictionary<int, List<StoryState>> Postings => _postings;

    /// <summary>The story of an article, or null if the article was never placed.</summary>
    public string? StoryOf(string articleId) => _storyOfArticle.TryGetValue(articleId, out var story) ? story.Id : null;

    /// <summary>A story by id; the id of a story merged into another finds the survivor.</summary>
    public Story? GetStory(string storyId) => Resolve(storyId) is { } state ? Snapshot(state) : null;

    internal StoryState? Resolve(string storyId)
    {
        while (_absorbedInto.TryGetValue(storyId, out var survivor))
        {
            storyId = survivor;
        }

        return _stories.GetValueOrDefault(storyId);
    }

    /// <summary>Snapshots of all stories in the order they started.</summary>
    public IEnumerable<Story> Stories() => _storyOrder.Select(Snapshot);

    internal IReadOnlyList<StoryState> Active => _active;

    internal StoryState StateOfArticle(string articleId) => _storyOfArticle[articleId];

    internal StoryState Create(string storyId, Article article, DateTimeOffset? time, ArticleFeatures features, DuplicateFingerprint fingerprint)
    {
        if (_storyOfArticle.ContainsKey(article.Id))
        {
            throw new ArgumentException($"article {article.Id} was already placed in story {_storyOfArticle[article.Id].Id}", nameof(article));
        }

        var story = new StoryState(storyId, _storiesStarted++) { Title = article.Title, TitleArticleId = article.Id };
        _stories.Add(storyId, story);
        _storyOrder.Add(story);
        _active.Add(story);
        Join(story, article, time, features, fingerprint, -1);
        return story;
    }

    /// <param name="time">The article's <see cref="ArticleTime"/>, computed once by the caller (it may scan the text).</param>
    internal void Join(StoryState story, Article article, DateTimeOffset? time, ArticleFeatures features, DuplicateFingerprint fingerprint, double score)
    {
        if (!_storyOfArticle.TryAdd(article.Id, story))
        {
            throw new ArgumentException($"article {article.Id} was already placed in story {_storyOfArticle[article.Id].Id}", nameof(article));
        }

        Duplicates.Index.Add(article.Id, fingerprint);
        var placed = Remember(article, time);
        story.ArticleIds.Add(article.Id);
        story.Originals++;
        AddOutlet(story, article);
        if (story.IsActive)
        {
            story.Terms.Add(features.Terms);
            story.Entities.Add(features.Entities);
            story.Numbers.Add(features.Numbers);
            story.Headline.Add(features.Headline);
            if (story.Members.Count < MembersKept)
            {
                var member = new StoryMember(article.Id, placed.Arrival, features);
                if (ReferenceEquals(features, _placing) && _placingScores.Count > 0)
                {
                    member.ScoresAgainst = new Dictionary<StoryMember, double>(_placingScores);
                }

                story.Members.Add(member);
            }
        }

        if (story.ArticleIds.Count > 1)
        {
            // Join similarity stands in for centrality: the first article keeps the title until a
            // later one resembles the story better than the second did.
            if (story.TitleScore < 0)
            {
                story.TitleScore = score;
            }
            else if (score > story.TitleScore && article.Title is { Length: > 0 })
            {
                (story.Title, story.TitleScore, story.TitleArticleId) = (article.Title, score, article.Id);
            }
        }

        if (story.IsActive)
        {
            Post(story, features.Terms, Options.IndexTerms);
            Post(story, features.Entities, Options.IndexEntities);
        }

        Advance(story, time);
    }

    internal void AddDuplicate(Article article, DateTimeOffset? time, string originalId)
    {
        var story = _storyOfArticle[originalId];
        if (!_storyOfArticle.TryAdd(article.Id, story))
        {
            throw new ArgumentException($"article {article.Id} was already placed in story {_storyOfArticle[article.Id].Id}", nameof(article));
        }

        Remember(article, time);
        story.ArticleIds.Add(article.Id);
        story.Duplicates.Add(new StoryDuplicate(article.Id, originalId));
        AddOutlet(story, article);
        Advance(story, time);
    }

    /// <summary>Members a story keeps: the first ones compared for the best-member similarity, and every original while it is young.</summary>
    private int MembersKept => Math.Max(
        Math.Max(Options.MemberWeight > 0 ? Options.MaxMembersCompared : 0, Options.ReplaceArticles ? Options.YoungStoryArticles : 0),
        Options.SplitThreshold > 0 ? Options.SplitMaximumArticles : 0);

    private PlacedArticle Remember(Article article, DateTimeOffset? time)
    {
        var placed = new PlacedArticle(article.Id, _placed.Count, time, article.Outlet is { Length: > 0 } o ? o : null, article.Title);
        _placed.Add(article.Id, placed);
        return placed;
    }

    /// <summary>
    /// Weighted mean of the term, name, number and headline-word cosines between an article and a story, over the
    /// kinds the article has (an article without numbers is judged on the other kinds alone).
    /// </summary>
    internal double Similarity(StoryState story, ArticleFeatures features) => Similarity(story, features, known: null);

    /// <summary>The similarity of a placed original (<paramref name="member"/>, of this story or another) to <paramref name="story"/>: as an article's, its scores against members remembered.</summary>
    internal double Similarity(StoryState story, StoryMember member) => Similarity(story, member.Features, member);

    private double Similarity(StoryState story, ArticleFeatures features, StoryMember? known)
    {
        var score = Similarity(story.Terms, story.Entities, story.Numbers, story.Headline, features);
        if (Options.MemberWeight <= 0)
        {
            return score;
        }

        // A story's centroid blurs as it grows and as outlets tell it differently; an article close to
        // one member is evidence too (single-link), discounted so that chains do not merge events.
        var compared = Math.Min(story.Members.Count, Options.MaxMembersCompared);
        if (compared == 0)
        {
            return score;
        }

        Span<double> memberScores = compared <= 64 ? stackalloc double[compared] : new double[compared];
        MemberScores(story, features, memberScores, known);
        foreach (var memberScore in memberScores)
        {
            if (memberScore > score)
            {
                score = memberScore;
            }
        }

        return score;
    }

    /// <summary>
    /// <see cref="StoryClusteringOptions.MemberWeight"/> × the weighted mean of the term, name, number and headline-word
    /// cosines between <paramref name="features"/> and each of the story's first <c>scores.Length</c> members, over the kinds
    /// the article has: one pass over the article's features per kind for all the members together
    /// (<see cref="StoryMemberIndex"/>), each member's cosines the same to the bit as comparing it alone.
    /// <para>
    /// When the features are those of a placed original (<paramref name="known"/>), its score against each member is
    /// remembered on it: neither side's features ever change, and the re-check after each placement compares the originals
    /// of the same young stories with each other again and again (<see cref="StoryClusterer"/>'s re-placement).
    /// </para>
    /// </summary>
    private void MemberScores(StoryState story, ArticleFeatures features, Span<double> scores, StoryMember? known)
    {
        var compared = scores.Length;
        if (known?.ScoresAgainst is { } remembered)
        {
            Span<bool> missing = compared <= 64 ? stackalloc bool[compared] : new bool[compared];
            var misses = 0;
            for (var i = 0; i < compared; i++)
            {
                missing[i] = !remembered.TryGetValue(story.Members[i], out scores[i]);
                misses += missing[i] ? 1 : 0;
            }

            if (misses <= MaxPairsScoredAlone)
            {
                // Usually one: the member the story took since this original was last compared with it.
                for (var i = 0; i < compared && misses > 0; i++)
                {
                    if (missing[i])
                    {
                        scores[i] = PairScore(story.Members[i], features);
                        Remember(remembered, story.Members[i], scores[i]);
                    }
                }

                return;
            }
        }

        var index = story.MemberIndex ??= new StoryMemberIndex();
        index.Sync(story.Members, compared);
        Span<double> dots = compared <= 16 ? stackalloc double[4 * compared] : new double[4 * compared];
        dots.Clear();
        var terms = Dots(index.Terms, features.Terms, Options.TermWeight, dots[..compared]);
        var entities = Dots(index.Entities, features.Entities, Options.EntityWeight, dots.Slice(compared, compared));
        var numbers = Dots(index.Numbers, features.Numbers, Options.NumberWeight, dots.Slice(2 * compared, compared));
        var headline = Dots(index.Headline, features.Headline, Options.HeadlineWeight, dots.Slice(3 * compared, compared));
        for (var i = 0; i < compared; i++)
        {
            // The same sums in the same order as the weighted mean over one member's vectors.
            var total = 0.0;
            var weights = 0.0;
            Accumulate(terms, dots[i], Options.TermWeight, ref total, ref weights);
            Accumulate(entities, dots[compared + i], Options.EntityWeight, ref total, ref weights);
            Accumulate(numbers, dots[(2 * compared) + i], Options.NumberWeight, ref total, ref weights);
            Accumulate(headline, dots[(3 * compared) + i], Options.HeadlineWeight, ref total, ref weights);
            scores[i] = Options.MemberWeight * (weights > 0 ? total / weights : 0);
        }

        if (known is not null || ReferenceEquals(features, _placing))
        {
            var kept = known is null ? _placingScores : known.ScoresAgainst ??= [];
            for (var i = 0; i < compared; i++)
            {
                Remember(kept, story.Members[i], scores[i]);
            }
        }

        static bool Dots(MemberPostings postings, SparseVector vector, double weight, Span<double> dots)
        {
            if (vector.IsEmpty || weight <= 0)
            {
                return false;
            }

            postings.Dots(vector, dots);
            return true;
        }

        static void Accumulate(bool counted, double cosine, double weight, ref double total, ref double weights)
        {
            if (counted)
            {
                total += weight * cosine;
                weights += weight;
            }
        }
    }

    /// <summary>One member's score against one article alone: the same sums in the same order as <see cref="MemberScores"/> gives it.</summary>
    private double PairScore(StoryMember member, ArticleFeatures features) => Options.MemberWeight * PairCosine(member, features);

    /// <summary>The weighted mean of the cosines of one member against one article, over the kinds the article has.</summary>
    private double PairCosine(StoryMember member, ArticleFeatures features)
    {
        var vectors = member.Vectors;
        var total = 0.0;
        var weights = 0.0;
        Accumulate(vectors[0], features.Terms, Options.TermWeight, ref total, ref weights);
        Accumulate(vectors[1], features.Entities, Options.EntityWeight, ref total, ref weights);
        Accumulate(vectors[2], features.Numbers, Options.NumberWeight, ref total, ref weights);
        Accumulate(vectors[3], features.Headline, Options.HeadlineWeight, ref total, ref weights);
        return weights > 0 ? total / weights : 0;

        static void Accumulate(MemberVector member, SparseVector vector, double weight, ref double total, ref double weights)
        {
            if (vector.IsEmpty || weight <= 0)
            {
                return;
            }

            total += weight * member.Cosine(vector);
            weights += weight;
        }
    }

    private static void Remember(Dictionary<StoryMember, double> scores, StoryMember member, double score)
    {
        if (scores.Count >= MaxScoresRemembered && !scores.ContainsKey(member))
        {
            scores.Clear();
        }

        scores[member] = score;
    }

    /// <summary>
    /// The article being placed: its scores against the members of the stories it is compared with are kept
    /// (<see cref="_placingScores"/>) and handed to it when it joins a story as a member, for the re-check that follows.
    /// </summary>
    internal void BeginPlacement(ArticleFeatures features)
    {
        _placing = features;
        _placingScores.Clear();
    }

    /// <summary>
    /// Weighted mean, over the kinds both stories have, of the mean cosine over pairs of their articles: the
    /// average-link similarity, which does not grow with the stories' sizes.
    /// </summary>
    internal double Similarity(StoryState a, StoryState b)
    {
        var total = 0.0;
        var weights = 0.0;
        Accumulate(a.Terms.AveragePairCosine(b.Terms), Options.TermWeight, ref total, ref weights);
        Accumulate(a.Entities.AveragePairCosine(b.Entities), Options.EntityWeight, ref total, ref weights);
        Accumulate(a.Numbers.AveragePairCosine(b.Numbers), Options.NumberWeight, ref total, ref weights);
        Accumulate(a.Headline.AveragePairCosine(b.Headline), Options.HeadlineWeight, ref total, ref weights);
        return weights > 0 ? total / weights : 0;

        static void Accumulate(double? cosine, double weight, ref double total, ref double weights)
        {
            if (cosine is { } value && weight > 0)
            {
                total += weight * value;
                weights += weight;
            }
        }
    }

    private double Similarity(Centroid terms, Centroid entities, Centroid numbers, Centroid headline, ArticleFeatures features)
    {
        var total = 0.0;
        var weights = 0.0;
        Accumulate(terms, features.Terms, Options.TermWeight, ref total, ref weights);
        Accumulate(entities, features.Entities, Options.EntityWeight, ref total, ref weights);
        Accumulate(numbers, features.Numbers, Options.NumberWeight, ref total, ref weights);
        Accumulate(headline, features.Headline, Options.HeadlineWeight, ref total, ref weights);
        return weights > 0 ? total / weights : 0;
    }

    private static void Accumulate(Centroid centroid, SparseVector vector, double weight, ref double total, ref double weights)
    {
        if (vector.IsEmpty || weight <= 0)
        {
            return;
        }

        total += weight * centroid.Cosine(vector);
        weights += weight;
    }

    /// <summary>
    /// The time evidence of an article: when it says it was published, else the day its own text dates it
    /// to (<see cref="Extraction.PublicationDateInference"/>: "yesterday, Thursday" beside a full date, a
    /// dated embedded post), at noon UTC. <see cref="Article.ReceivedAt"/> is when we fetched it (for an
    /// archive or a folder, today), so it neither places an undated article days away from a story nor moves
    /// the eviction clock.
    /// </summary>
    internal static DateTimeOffset? ArticleTime(Article article) =>
        SaneDates.Publication(article.Published) ?? (Extraction.PublicationDateInference.Infer(article).Date is { } day && SaneDates.Contains(day)
            ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)
            : null);

    private static void AddOutlet(StoryState story, Article article)
    {
        if (article.Outlet is { Length: > 0 } outlet)
        {
            story.Outlets.Add(outlet);
        }
    }

    private void Post(StoryState story, SparseVector vector, int count)
    {
        var n = Math.Min(count, vector.Ids.Length);
        for (var i = 0; i < n; i++)
        {
            var id = vector.Ids[i];
            if (story.IndexedFeatures.Add(id))
            {
                if (!_postings.TryGetValue(id, out var list))
                {
                    list = [];
                    _postings.Add(id, list);
                }

                list.Add(story);
            }
        }
    }

    /// <summary>Moves the article clock and, a few times per window, evicts stories idle past the window.</summary>
    private void Advance(StoryState story, DateTimeOffset? time)
    {
        story.Seen(time);
        story.LastArrival = _placed.Count;
        if (time is not { } t || (_clock is { } clock && clock >= t))
        {
            return;
        }

        _clock = t;
        // Sweeping costs a pass over the active stories, so do it a few times per window rather than per article.
        var sweepEvery = Options.IdleWindow / 8;
        if (_lastSweep is { } last && t - last < sweepEvery)
        {
            return;
        }

        _lastSweep = t;
        _lastRotation ??= t;
        if (t - _lastRotation >= Options.IdleWindow)
        {
            Duplicates.Index.Rotate();
            _lastRotation = t;
        }

        var cutoff = t - Options.IdleWindow;
        var kept = 0;
        for (var i = 0; i < _active.Count; i++)
        {
            var candidate = _active[i];
            // Idle in article time and in arrivals: an archive read out of date order brings a story's late
            // reports after many newer ones, and they must still find it.
            if (candidate.LastSeen is { } seen && seen < cutoff && _placed.Count - candidate.LastArrival > Options.IdleArticles)
            {
                Evict(candidate);
            }
            else
            {
                _active[kept++] = candidate;
            }
        }

        _active.RemoveRange(kept, _active.Count - kept);
    }

    private void Evict(StoryState story)
    {
        foreach (var id in story.IndexedFeatures)
        {
            var list = _postings[id];
            list.Remove(story);
            if (list.Count == 0)
            {
                _postings.Remove(id);
            }
        }

        story.Deactivate(Keywords(story));
    }

    private ImmutableArray<string> Keywords(StoryState story)
    {
        if (!story.IsActive)
        {
            return story.FrozenKeywords;
        }

        return [.. story.Terms.Weights
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Take(KeywordCount)
            .Select(pair => Vocabulary.KeyOf(pair.Key)[1..])];
    }

    private Story Snapshot(StoryState state)
    {
        var keywords = Keywords(state);
        var title = state.Title is { Length: > 0 } t ? t : string.Join(' ', keywords);
        return new Story(
            state.Id,
            title,
            state.FirstSeen,
            state.LastSeen,
            [.. state.ArticleIds],
            [.. state.Duplicates],
            state.Outlets.Count,
            keywords)
        { Sequence = state.Sequence };
    }
}
