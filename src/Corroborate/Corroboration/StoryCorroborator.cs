using System.Collections.Immutable;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Corroboration of one story: claims per sentence, aligned across articles, conflicts between the
/// articles of each claim, stance of the other articles when a model is given, then the briefing.
/// </summary>
public sealed class StoryCorroborator(ClaimExtractor extractor, ClaimAligner aligner, BriefingBuilder briefings, Gazetteer gazetteer, IStanceModel? stance = null)
{
    /// <summary>Claims told by at least this many outlets are read against the other articles; a claim one outlet makes has no consensus to test.</summary>
    private const int StanceMinOutlets = 2;

    /// <summary>Stance is read for at most this many claims (the best supported): it is the costly step of a large story.</summary>
    private const int StanceMaxClaims = 20;

    public StoryCorroborator() : this(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default, FncStanceModel.Default)
    {
    }

    /// <param name="copies">Near copies among <paramref name="articles"/> (copy id → original id): compared like any article, counted once as a source.</param>
    public StoryCorroboration Corroborate(IReadOnlyList<Article> articles, StoryExtraction extraction, IReadOnlyDictionary<string, string>? copies = null)
    {
        var sources = StorySources.Of(articles, copies);
        var mentions = extractor.Extract(articles, extraction, sources.OutletOf);
        var (groups, neighbours, similarity) = aligner.AlignWithNeighbours(mentions, (a, b) => SamePlace(extraction.Entities, a, b));
        var position = new Dictionary<ClaimMention, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Length; i++)
        {
            position[mentions[i]] = i;
        }

        double Alike(ClaimMention a, ClaimMention b) => similarity(position[a], position[b]);
        var claims = WithNeighbourConflicts(groups.Select(group => ToClaim(group, articles, Alike) with { IndependentSources = sources.Independent(group) }).ToList(),
            mentions, neighbours);
        var ordered = claims.OrderByDescending(c => c.Outlets.Length).ThenByDescending(c => c.IndependentSources)
            .ThenBy(c => Position(articles, c.Representative)).ToImmutableArray();
        if (stance is not null)
        {
            ordered = WithStance(ordered, articles, stance);
        }

        return new StoryCorroboration(ordered, briefings.Build(articles, ordered, sources, extraction.Timeline));
    }

    private static Claim ToClaim(IReadOnlyList<ClaimMention> group, IReadOnlyList<Article> articles, Func<ClaimMention, ClaimMention, double> similarity)
    {
        var representative = Representative(group);
        var order = articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var articleIds = group.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).OrderBy(id => order.GetValueOrDefault(id)).ToImmutableArray();
        var outlets = group.Select(m => m.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        return new Claim($"{representative.ArticleId}-s{representative.Sentence}", representative.Text, representative, [.. group],
            articleIds, outlets, ConflictDetector.Detect(group, similarity));
    }

    /// <summary>
    /// Values of sentences the alignment kept in different claims, compared where both name the same counted thing
    /// with the same verb (or each names one day): a disagreement is added to the claim more outlets tell.
    /// </summary>
    private static List<Claim> WithNeighbourConflicts(List<Claim> claims, IReadOnlyList<ClaimMention> mentions, IReadOnlyList<(int A, int B, double Similarity)> neighbours)
    {
        var claimOf = new Dictionary<ClaimMention, int>(ReferenceEqualityComparer.Instance);
        for (var c = 0; c < claims.Count; c++)
        {
            foreach (var mention in claims[c].Mentions)
            {
                claimOf[mention] = c;
            }
        }

        var extra = new Dictionary<int, List<ClaimConflict>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b, _) in neighbours.OrderByDescending(n => n.Similarity).Concat(SameHolder(mentions)).Concat(SameMeasure(mentions)))
        {
            var (x, y) = (mentions[a], mentions[b]);
            if (x.ArticleId == y.ArticleId)
            {
                continue;
            }

            foreach (var conflict in ConflictDetector.Across(x, y))
            {
                var key = string.Join('|', conflict.Values.SelectMany(v => v.Sources).Select(s => $"{s.Span.Start}:{s.Span.End}:{s.Text}").Order(StringComparer.Ordinal));
                var (cx, cy) = (claimOf[x], claimOf[y]);
                var home = claims[cx].Outlets.Length >= claims[cy].Outlets.Length ? cx : cy;
                if (claims[home].Conflicts.Any(k => k.Field == conflict.Field && k.Values.Any(v => v.Value == conflict.Values[0].Value) && k.Values.Any(v => v.Value == conflict.Values[1].Value))
                    || !seen.Add(conflict.Field + key))
                {
                    continue;
                }

                (extra.TryGetValue(home, out var list) ? list : extra[home] = []).Add(conflict);
            }
        }

        return [.. claims.Select((c, i) => extra.TryGetValue(i, out var more) ? c with { Conflicts = c.Conflicts.AddRange(more) } : c)];
    }

    /// <summary>
    /// Pairs of sentences, in different articles, giving a figure of one kind to one named entity ("Milei had 55.7
    /// percent", "gave Milei 55.95 percent") and sharing two words besides: however differently the rest is worded.
    /// </summary>
    private static IEnumerable<(int A, int B, double Similarity)> SameHolder(IReadOnlyList<ClaimMention> mentions)
    {
        var byHolder = new Dictionary<(string Key, string Holder), List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            foreach (var value in mentions[i].Values)
            {
                if (value.Field == "amount" && value.Slot?.Holder is { } holder)
                {
                    var list = byHolder.TryGetValue((value.Key, holder), out var found) ? found : byHolder[(value.Key, holder)] = [];
                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }
                }
            }
        }

        foreach (var list in byHolder.Values)
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var (a, b) = (mentions[list[x]], mentions[list[y]]);
                    if (a.ArticleId != b.ArticleId && a.Words.Intersect(b.Words, StringComparer.Ordinal).Count() >= MinSharedWordsForHolder)
                    {
                        yield return (list[x], list[y], 0);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Pairs of sentences, in different articles, measuring one thing with the same word ("a magnitude 7.6 earthquake",
    /// "the magnitude 7.5 tremor") where the story gives that measure at most <see cref="MaxMeasureValues"/> values:
    /// a quake has one magnitude, however differently the sentences around it are worded.
    /// </summary>
    private static IEnumerable<(int A, int B, double Similarity)> SameMeasure(IReadOnlyList<ClaimMention> mentions)
    {
        var byMeasure = new Dictionary<(string Key, string Predicate), List<int>>();
        var valuesOf = new Dictionary<(string Key, string Predicate), HashSet<decimal>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            foreach (var value in mentions[i].Values)
            {
                if (value.Quantity is { Dimension: { } dimension } quantity && dimension is not "duration" && value.Slot?.Predicate is { } predicate)
                {
                    var key = (value.Key, predicate);
                    var list = byMeasure.TryGetValue(key, out var found) ? found : byMeasure[key] = [];
                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }

                    (valuesOf.TryGetValue(key, out var set) ? set : valuesOf[key] = []).Add(quantity.Value * quantity.Factor);
                }
            }
        }

        foreach (var (key, list) in byMeasure)
        {
            if (valuesOf[key].Count > MaxMeasureValues)
            {
                continue;
            }

            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var (a, b) = (mentions[list[x]], mentions[list[y]]);
                    if (a.ArticleId != b.ArticleId && a.Words.Intersect(b.Words, StringComparer.Ordinal).Count() >= MinSharedWordsForHolder)
                    {
                        yield return (list[x], list[y], 0);
                    }
                }
            }
        }
    }

    /// <summary>A measure given more values than this in one story (several aftershocks, several shares) is a category, not one fact.</summary>
    private const int MaxMeasureValues = 4;

    /// <summary>Sentences giving a figure to the same entity must still share this many words to be about the same thing.</summary>
    private const int MinSharedWordsForHolder = 2;

    /// <summary>The sentence sharing most words with the others: the wording most outlets agree on.</summary>
    private static ClaimMention Representative(IReadOnlyList<ClaimMention> group)
    {
        if (group.Count <= 2)
        {
            return group[0];
        }

        return group.Select(m => (Mention: m, Score: group.Where(o => o != m).Sum(o => Overlap(m.Words, o.Words))))
            .OrderByDescending(x => x.Score).First().Mention;
    }

    internal static double Overlap(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        var shared = a.Intersect(b, StringComparer.Ordinal).Count();
        return shared / (double)(a.Length + b.Length - shared);
    }

    private static int Position(IReadOnlyList<Article> articles, ClaimMention mention)
    {
        var index = articles.ToList().FindIndex(a => a.Id == mention.ArticleId);
        return (index * 10_000) + mention.Sentence;
    }

    private static ImmutableArray<Claim> WithStance(ImmutableArray<Claim> claims, IReadOnlyList<Article> articles, IStanceModel stance)
    {
        var read = claims.Where(c => c.Outlets.Length >= StanceMinOutlets).Take(StanceMaxClaims).ToList();
        var labels = read.ToDictionary(c => c.Id, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var article in articles)
        {
            // Each article is read once, against the claims it does not itself state.
            var open = read.Where(c => !c.Articles.Contains(article.Id)).ToList();
            if (open.Count == 0)
            {
                continue;
            }

            var verdicts = stance.Classify([.. open.Select(c => c.Text)], article.Body);
            for (var i = 0; i < open.Count; i++)
            {
                labels[open[i].Id][article.Id] = verdicts[i];
            }
        }

        return [.. claims.Select(c => labels.TryGetValue(c.Id, out var byArticle)
            ? c with
            {
                Stance = new ClaimStance(c.Articles, Where(byArticle, "agree"), Where(byArticle, "disagree"), Where(byArticle, "discuss")),
            }
            : c)];
    }

    private static ImmutableArray<string> Where(Dictionary<string, string> byArticle, string label) =>
        [.. byArticle.Where(p => p.Value == label).Select(p => p.Key)];

    /// <summary>Two place entities are one location when one lies in the other (Havana in Cuba) by the gazetteer.</summary>
    private bool SamePlace(EntityResolution entities, string a, string b)
    {
        var x = entities.Find(a);
        var y = entities.Find(b);
        if (x is null || y is null)
        {
            return false;
        }

        var countryX = x.CountryCode ?? gazetteer.Find(x.Name)?.CountryCode;
        var countryY = y.CountryCode ?? gazetteer.Find(y.Name)?.CountryCode;
        return countryX is not null && countryX == countryY;
    }
}
