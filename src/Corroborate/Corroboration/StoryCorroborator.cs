using System.Collections.Immutable;
using Corroborate.Corroboration.Stance;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Corroboration of one story: claims per sentence, aligned across articles, conflicts between the
/// articles of each claim, stance of the other articles when a model is given, then the briefing.
/// </summary>
public sealed class StoryCorroborator(ClaimExtractor extractor, ClaimAligner aligner, BriefingBuilder briefings, Gazetteer gazetteer, IStanceModel? stance = null,
    ConflictOptions? conflicts = null)
{
    /// <summary>Claims told by at least this many outlets are read against the other articles; a claim one outlet makes has no consensus to test.</summary>
    private const int StanceMinOutlets = 2;

    /// <summary>Stance is read for at most this many claims (the best supported): it is the costly step of a large story.</summary>
    private const int StanceMaxClaims = 20;

    /// <param name="copies">Near copies among <paramref name="articles"/> (copy id → original id): compared like any article, counted once as a source.</param>
    public StoryCorroboration Corroborate(IReadOnlyList<Article> articles, StoryExtraction extraction, IReadOnlyDictionary<string, string>? copies = null) =>
        Corroborate(articles, extraction, copies, null);

    /// <param name="memo">Per-article results kept from earlier reports (dates, stance bodies and verdicts): only what is new is computed.</param>
    /// <param name="title">The story's title as the story list shows it, the briefing's headline when it is one of the articles' titles.</param>
    public StoryCorroboration Corroborate(IReadOnlyList<Article> articles, StoryExtraction extraction, IReadOnlyDictionary<string, string>? copies, ArticleMemo? memo,
        string? title = null) =>
        Whole(articles, extraction, copies, memo, title, null);

    /// <summary>
    /// The report of a story that grows (see <see cref="StoryEpoch"/>): the whole report at a rebuild point, else the state of the
    /// last rebuild point grown by each article after it, one at a time. What is kept continues when it is that state for the
    /// first articles; otherwise the story is rebuilt at the rebuild point and the articles after it are replayed, so the report
    /// is the same whatever reports came before it.
    /// </summary>
    /// <param name="extractionOf">The story's extraction over its first n articles, asked in order: with <c>rebuild</c> true, the
    /// whole extraction at a rebuild point (what the next ones grow from, kept in <paramref name="epoch"/>); else the kept
    /// extraction (over n − 1 articles) with the n-th added. Each article is placed in the story as it was with that article last.</param>
    /// <returns>The report's corroboration and the extraction of all <paramref name="articles"/> it was made from.</returns>
    internal (StoryCorroboration Corroboration, StoryExtraction Extraction) Corroborate(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies,
        ArticleMemo? memo, string? title, StoryEpoch epoch, Func<int, bool, StoryExtraction> extractionOf)
    {
        lock (epoch)
        {
            try
            {
                var point = StoryEpoch.RebuildPoint(articles.Count, epoch.Growth);
                if (point == articles.Count)
                {
                    var whole = extractionOf(point, true);
                    return (Whole(articles, whole, copies, memo, title, epoch), whole);
                }

                if (!epoch.CanContinue(articles, copies, point))
                {
                    var first = Prefix(articles, point);
                    Whole(first, extractionOf(point, true), CopiesAmong(first, copies), memo, null, epoch, finish: false);
                }

                for (var count = epoch.Articles.Count + 1; count < articles.Count; count++)
                {
                    var prefix = Prefix(articles, count);
                    Grow(prefix, extractionOf(count, false), CopiesAmong(prefix, copies), memo, null, epoch, finish: false);
                }

                var extraction = extractionOf(articles.Count, false);
                return (Grow(articles, extraction, CopiesAmong(articles, copies), memo, title, epoch, finish: true)!, extraction);
            }
            catch
            {
                // A report that failed half way may have grown part of the kept state: the story's next report is a rebuild.
                epoch.Forget();
                throw;
            }
        }
    }

    private static List<Article> Prefix(IReadOnlyList<Article> articles, int count) => [.. articles.Take(count)];

    /// <summary>The near copies among <paramref name="articles"/> (a replayed step reads only what its articles were).</summary>
    private static Dictionary<string, string>? CopiesAmong(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies)
    {
        if (copies is null || copies.Count == 0)
        {
            return null;
        }

        var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return copies.Where(pair => ids.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <param name="keep">When given, what the story's next reports grow from is kept in it (the report is the same).</param>
    /// <param name="finish">False for a rebuild replayed only to grow from: its stance and briefing are not read (null is returned).</param>
    private StoryCorroboration Whole(IReadOnlyList<Article> articles, StoryExtraction extraction, IReadOnlyDictionary<string, string>? copies, ArticleMemo? memo,
        string? title, StoryEpoch? keep, bool finish = true)
    {
        var sources = StorySources.Of(articles, copies);
        var mentions = WrittenDays.Place(extractor.Extract(articles, extraction, sources.OutletOf, memo));
        var samePlace = SamePlaces(extraction.Entities);
        var (groups, similarity) = aligner.AlignWithSimilarities(mentions, samePlace);
        var claimOf = ClaimIndexes(mentions, groups);
        var order = ArticleOrder(articles);
        var claims = groups.Select(group => ToClaim(group, order) with { IndependentSources = sources.Independent(group) }).ToList();
        if (keep is not null)
        {
            var list = mentions.ToList();
            keep.Rebuilt(articles, copies, list, aligner.Grow(list, claimOf, groups.Count, similarity), [.. claims]);
        }

        // Counts and days are compared across the whole story (a changed figure often moves its sentence to another claim);
        // each conflict is filed under the claim of its best-supported side.
        foreach (var found in ValueConflicts.Find(mentions, similarity.Of, claimOf, conflicts ?? ConflictOptions.Default, samePlace, keep?.Values))
        {
            var home = claimOf[found.Home];
            claims[home] = claims[home] with { Conflicts = claims[home].Conflicts.Add(found.Conflict) };
        }

        if (keep is null)
        {
            // The similarities are read by nothing after the comparison of values: their arrays go back to the pool for the next report.
            similarity.Return();
        }
        else
        {
            // The next reports pair new values with these: each field's values as they came.
            foreach (var field in (string[])["amount", "date"])
            {
                keep.Values.Field(field).Values.Add(mentions, similarity.Of, claimOf, samePlace, keep.Values.Words!, pairs: false);
            }
        }

        return finish ? Finish(claims, articles, order, sources, extraction, memo, title) : null!;
    }

    /// <summary>The kept report grown by the articles after those it was made from (see <see cref="StoryEpoch"/>).</summary>
    /// <param name="finish">False for a replayed step: only the kept state grows (no conflicts formed, no stance, no briefing; null is returned).</param>
    private StoryCorroboration? Grow(IReadOnlyList<Article> articles, StoryExtraction extraction, IReadOnlyDictionary<string, string>? copies, ArticleMemo? memo,
        string? title, StoryEpoch epoch, bool finish)
    {
        var sources = StorySources.Of(articles, copies);
        // The new articles' sentences as the whole extraction reads them (dates placed across the story); the kept ones stand.
        var mentions = epoch.Mentions;
        var kept = mentions.Count;
        var fresh = extractor.Extract([.. articles.Skip(epoch.Articles.Count)], extraction, sources.OutletOf, memo);
        mentions.AddRange(WrittenDays.Place([.. mentions, .. fresh]).Skip(kept));
        var samePlace = SamePlaces(extraction.Entities);
        var alignment = epoch.Alignment!;
        var changed = alignment.Place(mentions, samePlace);
        var order = ArticleOrder(articles);
        var claims = new List<Claim>(alignment.Members.Count);
        for (var c = 0; c < alignment.Members.Count; c++)
        {
            // A claim no new sentence joined stands as it was, its independent sources too (counting them compares every
            // pair of its sentences, most of a grown report's time when redone for every claim).
            if (c >= epoch.Claims.Count || changed.Contains(c))
            {
                var group = alignment.Members[c].Select(i => mentions[i]).ToList();
                if (!epoch.Sources.TryGetValue(c, out var independent))
                {
                    epoch.Sources[c] = independent = new StorySources.Grouping();
                }

                // The claim's sentences not yet in its grouping (all of them the first time after a rebuild), each compared once.
                foreach (var i in alignment.Members[c].Skip(independent.Size))
                {
                    independent.Add(mentions[i], sources);
                }

                // A claim keeps its representative (its id and wording) until the next rebuild: the stance read against its
                // wording stands, and a claim's id does not change under an analyst between two reports.
                var claim = (c < epoch.Claims.Count ? ToClaim(group, order, epoch.Claims[c].Representative) : ToClaim(group, order)) with { IndependentSources = independent.Count };
                if (c >= epoch.Claims.Count)
                {
                    epoch.Claims.Add(claim);
                }
                else
                {
                    epoch.Claims[c] = claim;
                }
            }

            claims.Add(epoch.Claims[c]);
        }

        var options = conflicts ?? ConflictOptions.Default;
        var words = epoch.Values.Words!;
        words.Grow(mentions);
        foreach (var field in (string[])["amount", "date"])
        {
            var values = epoch.Values.Field(field);
            var pairs = values.Values.Add(mentions, alignment.Similarity, alignment.ClaimOf, samePlace, words);
            values.Agreed.UnionWith(ValueConflicts.Agreements(mentions, pairs, options));
            values.Candidates.AddRange(ValueConflicts.Candidates(mentions, pairs, field, options));
            if (!finish)
            {
                continue;
            }

            foreach (var found in ValueConflicts.Components(mentions, values.Agreed, values.Candidates, field, epoch.Attributes))
            {
                var home = alignment.ClaimOf[found.Home];
                claims[home] = claims[home] with { Conflicts = claims[home].Conflicts.Add(found.Conflict) };
            }
        }

        epoch.Grown(articles, copies);
        if (!finish)
        {
            return null;
        }

        return Finish(claims, articles, order, sources, extraction, memo, title) with { SinceRebuild = epoch.SinceRebuild };
    }

    private StoryCorroboration Finish(List<Claim> claims, IReadOnlyList<Article> articles, Dictionary<string, int> order, StorySources sources,
        StoryExtraction extraction, ArticleMemo? memo, string? title)
    {
        var ordered = claims.OrderByDescending(c => c.Outlets.Length).ThenByDescending(c => c.IndependentSources)
            .ThenBy(c => Position(order, c.Representative)).ToImmutableArray();
        if (stance is not null)
        {
            ordered = WithStance(ordered, articles, stance, memo);
        }

        return new StoryCorroboration(ordered, briefings.Build(articles, ordered, sources, extraction.Timeline, title));
    }

    /// <summary>Each article's position in the story (the first, should an id repeat).</summary>
    private static Dictionary<string, int> ArticleOrder(IReadOnlyList<Article> articles)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            order.TryAdd(articles[i].Id, i);
        }

        return order;
    }

    /// <summary>Every cross-article pair of values of one key in the story, with its evidence (for evaluation tools).</summary>
    internal (ImmutableArray<ClaimMention> Mentions, List<ValuePair> Pairs) ValuePairsOf(IReadOnlyList<Article> articles, StoryExtraction extraction,
        IReadOnlyDictionary<string, string>? copies = null)
    {
        var sources = StorySources.Of(articles, copies);
        var mentions = WrittenDays.Place(extractor.Extract(articles, extraction, sources.OutletOf));
        var (groups, similarity) = aligner.AlignWithSimilarity(mentions, (a, b) => SamePlace(extraction.Entities, a, b));
        var claimOf = ClaimIndexes(mentions, groups);
        var pairs = ValuePairs.Of(mentions, similarity, claimOf, "amount", (a, b) => SamePlace(extraction.Entities, a, b));
        pairs.AddRange(ValuePairs.Of(mentions, similarity, claimOf, "date", (a, b) => SamePlace(extraction.Entities, a, b)));
        return (mentions, pairs);
    }

    private static int[] ClaimIndexes(IReadOnlyList<ClaimMention> mentions, IReadOnlyList<IReadOnlyList<ClaimMention>> groups)
    {
        var position = new Dictionary<ClaimMention, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Count; i++)
        {
            position[mentions[i]] = i;
        }

        var claimOf = new int[mentions.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var mention in groups[g])
            {
                claimOf[position[mention]] = g;
            }
        }

        return claimOf;
    }

    /// <param name="order">Each article's position in the story (the first, should an id repeat).</param>
    /// <param name="representative">The claim's wording when it is kept (a growing story's claim between rebuilds), else chosen from the group.</param>
    private static Claim ToClaim(IReadOnlyList<ClaimMention> group, Dictionary<string, int> order, ClaimMention? representative = null)
    {
        representative ??= Representative(group);
        var articleIds = group.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).OrderBy(id => order.GetValueOrDefault(id)).ToImmutableArray();
        var outlets = group.Select(m => m.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        return new Claim($"{representative.ArticleId}-s{representative.Sentence}", representative.Text, representative, [.. group],
            articleIds, outlets, ConflictDetector.Detect(group));
    }

    /// <summary>The sentence sharing most words with the others: the wording most outlets agree on.</summary>
    private static ClaimMention Representative(IReadOnlyList<ClaimMention> group)
    {
        if (group.Count <= 2)
        {
            return group[0];
        }

        // Each sentence's distinct words as a bit set over the claim's words, once: a claim of n sentences compares n²
        // pairs, and two sets meet by popcount (the same shared count as intersecting the words, so the same scores).
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in group)
        {
            foreach (var word in mention.Words)
            {
                vocabulary.TryAdd(word, vocabulary.Count);
            }
        }

        var width = (vocabulary.Count + 63) / 64;
        var bits = new ulong[group.Count * width];
        for (var i = 0; i < group.Count; i++)
        {
            foreach (var word in group[i].Words)
            {
                var id = vocabulary[word];
                bits[(i * width) + (id >> 6)] |= 1UL << (id & 63);
            }
        }

        // The first sentence of the highest score, as a stable sort by score would give.
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < group.Count; i++)
        {
            var score = 0.0;
            var a = group[i].Words;
            var mine = bits.AsSpan(i * width, width);
            for (var j = 0; j < group.Count; j++)
            {
                var b = group[j].Words;
                if (group[j] != group[i] && !a.IsEmpty && !b.IsEmpty)
                {
                    var other = bits.AsSpan(j * width, width);
                    var shared = 0;
                    for (var k = 0; k < width; k++)
                    {
                        shared += System.Numerics.BitOperations.PopCount(mine[k] & other[k]);
                    }

                    score += shared / (double)(a.Length + b.Length - shared);
                }
            }

            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return group[best];
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

    private static int Position(Dictionary<string, int> order, ClaimMention mention) =>
        (order.GetValueOrDefault(mention.ArticleId, -1) * 10_000) + mention.Sentence;

    internal static ImmutableArray<Claim> WithStance(ImmutableArray<Claim> claims, IReadOnlyList<Article> articles, IStanceModel stance, ArticleMemo? memo = null)
    {
        var read = claims.Where(c => c.Outlets.Length >= StanceMinOutlets).Take(StanceMaxClaims).ToList();
        var labels = read.ToDictionary(c => c.Id, _ => new Dictionary<string, StanceLabel>(StringComparer.Ordinal), StringComparer.Ordinal);
        // Each claim is analysed once for the story (not once per article), each article once against the claims open to it.
        IReadOnlyList<string> texts = [.. read.Select(c => c.Text)];
        // With a memo, the FNC model keeps each article's body and each (claim wording, article) verdict: a claim that keeps its wording is not read again.
        Func<IReadOnlyList<int>, Article, IReadOnlyList<StanceLabel>> reader;
        if (memo is not null && stance is FncStanceModel fnc)
        {
            reader = fnc.ReaderFor(texts, memo);
        }
        else
        {
            var plain = stance.ReaderFor(texts);
            reader = (open, article) => plain(open, article.Body);
        }

        var stating = read.Select(c => c.Articles.ToHashSet(StringComparer.Ordinal)).ToList();
        var open = new List<int>(read.Count);
        foreach (var article in articles)
        {
            // Each article is read once, against the claims it does not itself state.
            open.Clear();
            for (var c = 0; c < read.Count; c++)
            {
                if (!stating[c].Contains(article.Id))
                {
                    open.Add(c);
                }
            }

            if (open.Count == 0)
            {
                continue;
            }

            var verdicts = reader(open, article);
            for (var i = 0; i < open.Count; i++)
            {
                labels[read[open[i]].Id][article.Id] = verdicts[i];
            }
        }

        return [.. claims.Select(c => labels.TryGetValue(c.Id, out var byArticle)
            ? c with
            {
                Stance = new ClaimStance(c.Articles, Where(byArticle, StanceLabel.Agree), Where(byArticle, StanceLabel.Disagree), Where(byArticle, StanceLabel.Discuss)),
            }
            : c)];
    }

    private static ImmutableArray<string> Where(Dictionary<string, StanceLabel> byArticle, StanceLabel label) =>
        [.. byArticle.Where(p => p.Value == label).Select(p => p.Key)];

    /// <summary>
    /// <see cref="SamePlace"/> over one story's entities, each pair answered once: the aligner and the value comparison ask about the
    /// same few places for many sentence pairs, and each answer scanned the story's entities and looked names up in the gazetteer.
    /// </summary>
    private Func<string, string, bool> SamePlaces(EntityResolution entities)
    {
        var known = new Dictionary<(string, string), bool>();
        return (a, b) =>
        {
            if (!known.TryGetValue((a, b), out var same))
            {
                known[(a, b)] = same = SamePlace(entities, a, b);
            }

            return same;
        };
    }

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
        // A country for one name only (a sea, a street, a mountain written two ways) says nothing either way: the names decide.
        return countryX is not null && countryY is not null ? countryX == countryY : PlaceNames.CanBeOne(x.Name, y.Name);
    }
}
