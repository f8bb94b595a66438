using Corroborate.Model;

namespace Corroborate.Clustering;

/// <summary>
/// Places articles into stories in one pass, in arrival order. A copy (exact or near, see
/// <see cref="Dedup.DuplicateDetector"/>) joins its original's story. Otherwise candidate stories come
/// from the inverted index (stories sharing the article's top terms or names), each is scored by
/// <see cref="StoryIndex.Similarity"/>, and the article joins the best one whose score reaches the
/// join threshold raised by the time penalty; else it starts a story. Cost per article depends on the
/// active stories sharing its features, not on the size of the store.
/// </summary>
public sealed class StoryClusterer(StoryIndex index)
{
    private readonly Dictionary<StoryState, float> _candidateVotes = [];
    private readonly List<KeyValuePair<StoryState, float>> _ranked = [];

    public StoryClusterer() : this(new StoryIndex())
    {
    }

    public StoryIndex Index => index;

    /// <summary>Places <paramref name="article"/>. Throws <see cref="ArgumentException"/> if an article with its id was already placed.</summary>
    public StoryAssignment Assign(Article article)
    {
        var fingerprint = index.Duplicates.Fingerprint(article);
        if (index.Duplicates.Check(fingerprint) is { } match && index.StoryOf(match.OriginalId) is { } originalStory)
        {
            index.AddDuplicate(article, match.OriginalId);
            return new StoryAssignment(originalStory, IsNew: false, match.OriginalId, match.Similarity);
        }

        var features = index.Extractor.Extract(article);
        var (best, score) = FindBest(features, StoryIndex.ArticleTime(article));
        if (best is null)
        {
            var created = index.Create("s-" + article.Id, article, features, fingerprint);
            return new StoryAssignment(created.Id, IsNew: true, null, 0);
        }

        index.Join(best, article, features, fingerprint, score);
        return new StoryAssignment(best.Id, IsNew: false, null, score);
    }

    private (StoryState? Story, double Score) FindBest(ArticleFeatures features, DateTimeOffset? time)
    {
        var options = index.Options;
        _candidateVotes.Clear();
        Vote(features.Terms, options.IndexTerms);
        Vote(features.Entities, options.IndexEntities);

        _ranked.Clear();
        _ranked.AddRange(_candidateVotes);
        // Most shared weight first; ties by story id so the choice never depends on hash order.
        _ranked.Sort(static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key.Id, b.Key.Id));

        StoryState? best = null;
        var bestMargin = 0.0;
        var bestScore = 0.0;
        var n = Math.Min(options.MaxCandidates, _ranked.Count);
        for (var i = 0; i < n; i++)
        {
            var story = _ranked[i].Key;
            var score = index.Similarity(story, features);
            var margin = score - Required(story, time);
            if (margin >= 0 && (best is null || margin > bestMargin))
            {
                (best, bestMargin, bestScore) = (story, margin, score);
            }
        }

        return (best, bestScore);
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

    /// <summary>The join threshold, raised for each day the article lies outside the story's time span beyond the grace.</summary>
    private double Required(StoryState story, DateTimeOffset? time)
    {
        var options = index.Options;
        if (time is not { } t || story.FirstSeen is not { } first || story.LastSeen is not { } last)
        {
            return options.JoinThreshold;
        }

        var apart = t < first ? first - t : t > last ? t - last : TimeSpan.Zero;
        var days = Math.Max(0, apart.TotalDays - options.TimeGraceDays);
        return options.JoinThreshold + Math.Min(options.MaxTimePenalty, options.PenaltyPerDay * days);
    }
}
