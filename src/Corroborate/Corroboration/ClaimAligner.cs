using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Corroborate.Corroboration;

/// <summary>
/// Groups the sentences of a story's articles into claims: two sentences state one claim when their
/// content words and entities, weighted by how rare they are in the story, overlap enough, and they do
/// not put the happening in different places. Clusters grow by average link so one loose pair cannot
/// chain two different claims together.
/// </summary>
public sealed partial class ClaimAligner(ClaimAlignmentOptions options)
{
    public ClaimAligner() : this(new ClaimAlignmentOptions())
    {
    }

    /// <summary>The thresholds the alignment links and clusters by (read by a growing story's placement too).</summary>
    internal ClaimAlignmentOptions Options => options;

    /// <summary>Pairs below this count as unrelated (0) in the average link; keeping them would only fill memory.</summary>
    private const double WeakSimilarity = 0.05;

    public IReadOnlyList<IReadOnlyList<ClaimMention>> Align(IReadOnlyList<ClaimMention> mentions, Func<string, string, bool>? placesCompatible = null) =>
        AlignWithSimilarity(mentions, placesCompatible).Claims;

    /// <summary>
    /// The claims, and the similarity of any two sentences (indices into <paramref name="mentions"/>; 0 for pairs that share
    /// nothing), which the comparison of values across the story weighs as evidence.
    /// </summary>
    public (IReadOnlyList<IReadOnlyList<ClaimMention>> Claims, Func<int, int, double> Similarity) AlignWithSimilarity(
        IReadOnlyList<ClaimMention> mentions, Func<string, string, bool>? placesCompatible = null)
    {
        var (claims, similarity) = AlignWithSimilarities(mentions, placesCompatible);
        return (claims, similarity.Of);
    }

    /// <summary>The claims, and the similarities of the sentence pairs kept (≥ <see cref="WeakSimilarity"/>) as a table.</summary>
    internal (IReadOnlyList<IReadOnlyList<ClaimMention>> Claims, SentenceSimilarities Similarity) AlignWithSimilarities(
        IReadOnlyList<ClaimMention> mentions, Func<string, string, bool>? placesCompatible = null)
    {
        var vectors = Vectorise(mentions);
        // The compared pairs in a buffer borrowed from the shared pool (hundreds of thousands of pairs in a large story, a fresh
        // growing list each report was the report's largest allocation); returned once the table and the links are built.
        var (candidates, candidateCount) = CandidatePairs(mentions, vectors, placesCompatible);
        var cluster = Enumerable.Range(0, mentions.Count).ToArray();
        var members = Enumerable.Range(0, mentions.Count).Select(i => new List<int> { i }).ToArray();
        // Every compared pair counts in the average link, the weak ones too: that is what stops a chain.
        // Sized once: a 200-article story keeps hundreds of thousands of pairs (the order of addition, and so the neighbour
        // lists, are the compared order).
        var kept = 0;
        foreach (var pair in candidates.AsSpan(0, candidateCount))
        {
            kept += pair.Similarity >= WeakSimilarity ? 1 : 0;
        }

        var similarity = new SentenceSimilarities(kept);
        foreach (var (a, b, value, _) in candidates.AsSpan(0, candidateCount))
        {
            if (value >= WeakSimilarity)
            {
                similarity.Add(a, b, value);
            }
        }

        var linking = new AverageLink(mentions.Count, similarity, cluster, members);
        similarity.ForgetOrder();
        // The links, counted first and filled once (a large story links tens of thousands of pairs; a growing buffer copied them all each time).
        var linkCount = 0;
        foreach (var pair in candidates.AsSpan(0, candidateCount))
        {
            linkCount += pair.Linked ? 1 : 0;
        }

        var links = new Link[linkCount];
        linkCount = 0;
        foreach (var (a, b, value, linked) in candidates.AsSpan(0, candidateCount))
        {
            if (linked)
            {
                links[linkCount++] = new Link(a, b, value);
            }
        }

        ArrayPool<(int, int, double, bool)>.Shared.Return(candidates);
        // Strongest link first, ties by position: (similarity, a, b) is unique per pair, so an unstable sort gives the same order
        // (compared through the struct's own CompareTo rather than a delegate per comparison).
        Array.Sort(links);
        // Two clusters that did not merge are asked again by every other link between them: their mean stands until one of them grows.
        var refused = new HashSet<(int, int, int, int)>();
        foreach (var (a, b, _) in links)
        {
            int ca = cluster[a], cb = cluster[b];
            if (ca == cb)
            {
                continue;
            }

            var key = (ca, cb, linking.Version(ca), linking.Version(cb));
            if (refused.Contains(key))
            {
                continue;
            }

            if (linking.MeanSimilarity(ca, cb) < options.ClusterThreshold)
            {
                refused.Add(key);
                continue;
            }

            var (keep, gone) = members[ca].Count >= members[cb].Count ? (ca, cb) : (cb, ca);
            linking.Merge(keep, gone);
        }

        linking.ReturnBuffers();
        var claims = members.Where(m => m.Count > 0).Select(m => (IReadOnlyList<ClaimMention>)m.Order().Select(i => mentions[i]).ToList()).ToList();
        return (claims, similarity);
    }

    /// <summary>A link between two sentences, ordered strongest first, then by position.</summary>
    private readonly record struct Link(int A, int B, double Similarity) : IComparable<Link>
    {
        public int CompareTo(Link other) => Similarity != other.Similarity ? other.Similarity.CompareTo(Similarity)
            : A != other.A ? A.CompareTo(other.A) : B.CompareTo(other.B);
    }

    /// <summary>
    /// Every pair sharing a feature, scored the way a search engine scores: walk each sentence's
    /// postings once, adding up the products, so no pair is ever looked up in a table.
    /// </summary>
    private ((int A, int B, double Similarity, bool Linked)[] Pairs, int Count) CandidatePairs(IReadOnlyList<ClaimMention> mentions, FeatureVector[] vectors, Func<string, string, bool>? placesCompatible)
    {
        var postings = new List<(int Mention, double Weight)>[vectors.Length == 0 ? 0 : vectors.Max(v => v.Ids.Length == 0 ? 0 : v.Ids[^1]) + 1];
        for (var i = 0; i < vectors.Length; i++)
        {
            for (var k = 0; k < vectors[i].Ids.Length; k++)
            {
                (postings[vectors[i].Ids[k]] ??= []).Add((i, vectors[i].Weights[k]));
            }
        }

        // Each sentence's place in a feature's postings (they are in sentence order, each sentence once): the sentences after
        // it start right past it, rather than the whole list being walked to skip those before.
        var passed = new int[postings.Length];
        var dot = new double[vectors.Length];
        var shared = new int[vectors.Length];
        var sharedWords = new int[vectors.Length];
        var touched = new List<int>();
        var pairs = ArrayPool<(int, int, double, bool)>.Shared.Rent(1024);
        var count = 0;
        for (var a = 0; a < vectors.Length; a++)
        {
            for (var k = 0; k < vectors[a].Ids.Length; k++)
            {
                var isWord = vectors[a].IsWord[k];
                var feature = vectors[a].Ids[k];
                var after = CollectionsMarshal.AsSpan(postings[feature])[(passed[feature]++ + 1)..];
                foreach (var (b, weight) in after)
                {
                    if (shared[b] == 0)
                    {
                        touched.Add(b);
                    }

                    dot[b] += vectors[a].Weights[k] * weight;
                    shared[b]++;
                    sharedWords[b] += isWord ? 1 : 0;
                }
            }

            foreach (var b in touched)
            {
                if (LocationsAgree(mentions[a], mentions[b], placesCompatible))
                {
                    // One shared rare word or name makes short sentences look alike; a claim needs two things in common, one of them a word.
                    var linked = dot[b] >= options.LinkThreshold && shared[b] >= 2 && sharedWords[b] >= 1;
                    // A pair neither linked nor in the average link is read by no one: kept, a 300-article story held
                    // millions of them (200 MB) at once.
                    if (linked || dot[b] >= WeakSimilarity)
                    {
                        if (count == pairs.Length)
                        {
                            var larger = ArrayPool<(int, int, double, bool)>.Shared.Rent(pairs.Length * 2);
                            Array.Copy(pairs, larger, count);
                            ArrayPool<(int, int, double, bool)>.Shared.Return(pairs);
                            pairs = larger;
                        }

                        pairs[count++] = (a, b, dot[b], linked);
                    }
                }

                dot[b] = 0;
                shared[b] = 0;
                sharedWords[b] = 0;
            }

            touched.Clear();
        }

        return (pairs, count);
    }

    /// <summary>Sentences that put the happening in two different places ("in Havana", "in Caracas") are two claims.</summary>
    private static bool LocationsAgree(ClaimMention a, ClaimMention b, Func<string, string, bool>? compatible)
    {
        if (a.Locations.IsEmpty || b.Locations.IsEmpty)
        {
            return true;
        }

        foreach (var x in a.Locations)
        {
            foreach (var y in b.Locations)
            {
                if (x == y || (compatible?.Invoke(x, y) ?? false))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence's features in the order they are numbered: its content words ('w'), its entities ('e'), its counts ('n') and each count with its predicate ('p').
    /// Numbers are left out of the words; a count that two sentences share ("six"/"6 agreements") is strong evidence of one
    /// claim. The whole alignment and a grown one read the same features through this.
    /// </summary>
    private static IEnumerable<(char Kind, string Text)> FeaturesOf(ClaimMention mention)
    {
        foreach (var word in mention.Words)
        {
            yield return ('w', word);
        }

        foreach (var entity in mention.Entities)
        {
            yield return ('e', entity);
        }

        foreach (var value in mention.Values)
        {
            if (value.Field == "amount")
            {
                yield return ('n', value.Value);
                // The same count of the same act ("signed 6 agreements" / "six documents were signed") is evidence a shared
                // number alone is not ("a visit to three countries" / "the three countries are under sanctions").
                if (value.Slot?.Predicate is { Length: > 0 } predicate)
                {
                    yield return ('p', value.Value + " " + predicate);
                }
            }
        }
    }

    /// <summary>A sentence as sorted feature ids with unit-length weights; <see cref="IsWord"/> tells words from names and counts.</summary>
    private sealed record FeatureVector(int[] Ids, double[] Weights, bool[] IsWord);

    private FeatureVector[] Vectorise(IReadOnlyList<ClaimMention> mentions)
    {
        // A feature is its kind ('w' word, 'e' entity, 'n' count, 'p' count and predicate) and its text: the pair, not a "w:"-prefixed string per
        // word of every sentence (the same features, numbered in the same order of first appearance).
        var ids = new Dictionary<(char Kind, string Text), int>();
        var documentFrequency = new List<int>();
        var features = new List<int[]>(mentions.Count);
        var kinds = new List<char>();
        var row = new List<int>();
        var seen = new HashSet<(char, string)>();
        foreach (var mention in mentions)
        {
            row.Clear();
            seen.Clear();
            foreach (var (kind, text) in FeaturesOf(mention))
            {
                Add(kind, text);
            }

            row.Sort();
            features.Add([.. row]);
        }

        var count = Math.Max(1, mentions.Count);
        var ubiquitous = Math.Max(3, options.UbiquitousShare * count);
        var vectors = new FeatureVector[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var kept = features[i].Where(f => documentFrequency[f] <= ubiquitous).ToArray();
            // Rare words say most about which claim a sentence makes; names and counts are weighted by kind.
            var weights = kept.Select(f => Math.Log((count + 1.0) / documentFrequency[f]) * FeatureWeight(kinds[f])).ToArray();
            Normalise(kept, weights, kinds);

            vectors[i] = new FeatureVector(kept, weights, [.. kept.Select(f => kinds[f] == 'w')]);
        }

        return vectors;

        // Each distinct feature of a sentence once, counted once in its document frequency.
        void Add(char kind, string text)
        {
            if (!seen.Add((kind, text)))
            {
                return;
            }

            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, (kind, text), out var exists);
            if (!exists)
            {
                id = documentFrequency.Count;
                documentFrequency.Add(0);
                kinds.Add(kind);
            }

            documentFrequency[id]++;
            row.Add(id);
        }
    }

    /// <summary>
    /// Unit length over words and names. Counts shared are strong evidence of one claim, but a count not shared is no evidence
    /// against it (one outlet may have the figure wrong, which is what is looked for): counts add to the dot product, never to
    /// the norm, and are capped so that one shared count makes up at most <see cref="ClaimAlignmentOptions.CountShareOfLink"/>
    /// of a link (the product of two capped weights).
    /// </summary>
    private void Normalise(int[] kept, double[] weights, List<char> kinds)
    {
        var norm = Math.Sqrt(kept.Select((f, k) => kinds[f] is 'n' or 'p' ? 0 : weights[k] * weights[k]).Sum());
        if (norm <= 0)
        {
            return;
        }

        var countCap = Math.Sqrt(options.CountShareOfLink * options.LinkThreshold);
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] /= norm;
            if (kinds[kept[k]] == 'n')
            {
                weights[k] = Math.Min(weights[k], countCap);
            }
        }
    }

    private static double FeatureWeight(char kind) => kind switch
    {
        'e' => 1.2,
        'n' or 'p' => 3,
        _ => 1,
    };
}
