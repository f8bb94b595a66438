using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Merges the dated happenings of one story's articles into a timeline. Each resolved time expression of day
/// or part-of-day granularity contributes its sentence; on one date, sentences whose content words overlap
/// enough (Jaccard at least <see cref="TimelineOptions.MergeThreshold"/>, single link) are one happening.
/// Entries come sorted by date, then by first mention. Reads what <see cref="TemporalExpressionExtractor"/> reads.
/// <para>
/// An article with neither a publication date nor clues to infer one borrows its peers': a story's reports
/// appear within days of each other, so its expressions are resolved against the earliest and the latest
/// peer date and kept only where both agree ("on Thursday" read on a Friday or a Saturday is the same day;
/// "today" is not). Such mentions carry the anchor "inferred".
/// </para>
/// </summary>
public sealed class TimelineBuilder(TemporalExpressionExtractor extractor, TimelineOptions options)
{
    public TimelineBuilder() : this(TemporalExpressionExtractor.Default, new TimelineOptions())
    {
    }

    public ImmutableArray<TimelineEntry> Build(IReadOnlyList<Article> storyArticles) => Build(storyArticles, null);

    /// <param name="memo">Dates read from each article under each anchor in earlier reports, reused.</param>
    public ImmutableArray<TimelineEntry> Build(IReadOnlyList<Article> storyArticles, ArticleMemo? memo)
    {
        ArgumentNullException.ThrowIfNull(storyArticles);
        var byDate = new SortedDictionary<DateOnly, List<Candidate>>();
        var anchors = new TemporalExpressionExtractor.Anchor?[storyArticles.Count];
        DateOnly? earliest = null, latest = null;
        for (var a = 0; a < storyArticles.Count; a++)
        {
            if (PublicationDateInference.Infer(storyArticles[a]) is ({ } date, var from))
            {
                anchors[a] = new(date, from == PublicationDateInference.FromPublished ? "published" : "inferred");
                earliest = earliest is { } e && e < date ? e : date;
                latest = latest is { } l && l > date ? l : date;
            }
        }

        for (var a = 0; a < storyArticles.Count; a++)
        {
            var article = storyArticles[a];
            foreach (var expression in anchors[a] is { } anchor ? Extract(article, anchor, memo) : FromPeers(article, earliest, latest, memo))
            {
                if (expression is not { Resolved: true, Date: { } date } || expression.Granularity is not (Granularity.Day or Granularity.PartOfDay))
                {
                    continue;
                }

                var sentence = SentenceOf(article, expression.Span);
                var description = sentence.Of(article.CleanText).Trim();
                if (!byDate.TryGetValue(date, out var list))
                {
                    byDate[date] = list = [];
                }

                list.Add(new Candidate(a, article.Id, expression, description, ContentWords.Of(description)));
            }
        }

        var entries = ImmutableArray.CreateBuilder<TimelineEntry>();
        foreach (var (date, candidates) in byDate)
        {
            var groups = new List<TimelineEntry>();
            foreach (var cluster in Cluster(candidates))
            {
                groups.Add(ToEntry(date, cluster));
            }

            entries.AddRange(groups);
        }

        return entries.ToImmutable();
    }

    /// <summary>Expressions of an undated article that resolve alike against the earliest and the latest peer date.</summary>
    /// <summary>The article's dates read from <paramref name="anchor"/>, kept per article and anchor when a memo is given.</summary>
    private ImmutableArray<TemporalExpression> Extract(Article article, TemporalExpressionExtractor.Anchor anchor, ArticleMemo? memo) =>
        memo is null ? extractor.Extract(article, anchor) : memo.GetOrAdd(article, (extractor, anchor), a => extractor.Extract(a, anchor));

    private ImmutableArray<TemporalExpression> FromPeers(Article article, DateOnly? earliest, DateOnly? latest, ArticleMemo? memo)
    {
        if (earliest is not { } first || latest is not { } last)
        {
            return [];
        }

        var early = Extract(article, new TemporalExpressionExtractor.Anchor(first, "inferred"), memo);
        var late = Extract(article, new TemporalExpressionExtractor.Anchor(last, "inferred"), memo);
        var agreed = ImmutableArray.CreateBuilder<TemporalExpression>();
        for (int i = 0, j = 0; i < early.Length && j < late.Length;)
        {
            if (early[i].Span.Start < late[j].Span.Start)
            {
                i++;
            }
            else if (early[i].Span.Start > late[j].Span.Start)
            {
                j++;
            }
            else
            {
                if (early[i] == late[j])
                {
                    agreed.Add(early[i]);
                }

                (i, j) = (i + 1, j + 1);
            }
        }

        return agreed.ToImmutable();
    }

    /// <summary>Single-link clusters by union-find, in order of each cluster's first candidate.</summary>
    private List<List<Candidate>> Cluster(List<Candidate> candidates)
    {
        var parent = new int[candidates.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            for (var j = i + 1; j < candidates.Count; j++)
            {
                // The clusters are read as groups only (not which root leads): a pair already in one cannot change them.
                if (Find(parent, i) == Find(parent, j))
                {
                    continue;
                }

                if (ContentWords.Jaccard(candidates[i].Words, candidates[j].Words) >= options.MergeThreshold)
                {
                    parent[Find(parent, j)] = Find(parent, i);
                }
            }
        }

        var clusters = new List<List<Candidate>>();
        var byRoot = new Dictionary<int, List<Candidate>>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var root = Find(parent, i);
            if (!byRoot.TryGetValue(root, out var cluster))
            {
                byRoot[root] = cluster = [];
                clusters.Add(cluster);
            }

            cluster.Add(candidates[i]);
        }

        return clusters;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>Largest cluster whose pair similarities are kept in a table (512² doubles, 2 MiB).</summary>
    private const int MaxPairTable = 512;

    private static TimelineEntry ToEntry(DateOnly date, List<Candidate> cluster)
    {
        // The description is the sentence most like the rest (highest summed Jaccard), shortest on ties.
        var best = cluster[0];
        var bestScore = double.MinValue;
        // Jaccard is symmetric to the bit (an integer overlap over an integer union): each pair computed once (a table of the
        // pairs while it stays small; a larger cluster computes each pair from both sides, as before).
        var similarity = cluster.Count <= MaxPairTable ? new double[cluster.Count, cluster.Count] : null;
        for (var i = 0; similarity is not null && i < cluster.Count; i++)
        {
            for (var j = i + 1; j < cluster.Count; j++)
            {
                similarity[i, j] = similarity[j, i] = ReferenceEquals(cluster[i], cluster[j]) ? 0 : ContentWords.Jaccard(cluster[i].Words, cluster[j].Words);
            }
        }

        for (var i = 0; i < cluster.Count; i++)
        {
            var candidate = cluster[i];
            var score = 0.0;
            for (var j = 0; j < cluster.Count; j++)
            {
                score += similarity is not null ? similarity[i, j] : ReferenceEquals(candidate, cluster[j]) ? 0 : ContentWords.Jaccard(candidate.Words, cluster[j].Words);
            }

            if (score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && candidate.Description.Length < best.Description.Length))
            {
                (best, bestScore) = (candidate, score);
            }
        }

        var articles = ImmutableArray.CreateBuilder<string>();
        var mentions = ImmutableArray.CreateBuilder<TimelineMention>(cluster.Count);
        var part = cluster[0].Expression.PartOfDay;
        foreach (var candidate in cluster)
        {
            if (!articles.Contains(candidate.ArticleId))
            {
                articles.Add(candidate.ArticleId);
            }

            mentions.Add(new TimelineMention(candidate.ArticleId, candidate.Expression.Span, candidate.Expression.Text));
            part = candidate.Expression.PartOfDay == part ? part : null;
        }

        return new TimelineEntry(date, part is null ? Granularity.Day : Granularity.PartOfDay, best.Description, articles.ToImmutable(), mentions.MoveToImmutable());
    }

    /// <summary>The sentence holding the span; the span itself when sentence splitting left it out (headings split by line).</summary>
    private static TextSpan SentenceOf(Article article, TextSpan span)
    {
        var i = TemporalExpressionExtractor.SentenceIndex(article.Sentences, span.Start);
        return i >= 0 && article.Sentences[i].End >= span.End ? article.Sentences[i] : span;
    }

    private sealed record Candidate(int ArticleIndex, string ArticleId, TemporalExpression Expression, string Description, HashSet<string> Words);
}
