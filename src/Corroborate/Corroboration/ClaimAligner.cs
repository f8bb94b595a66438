using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Corroborate.Corroboration;

/// <summary>
/// Groups the sentences of a story's articles into claims: two sentences state one claim when their
/// content words and entities, weighted by how rare they are in the story, overlap enough, and they do
/// not put the happening in different places. Clusters grow by average link so one loose pair cannot
/// chain two different claims together.
/// </summary>
public sealed class ClaimAligner(ClaimAlignmentOptions options)
{
    public ClaimAligner() : this(new ClaimAlignmentOptions())
    {
    }

    public IReadOnlyList<IReadOnlyList<ClaimMention>> Align(IReadOnlyList<ClaimMention> mentions, Func<string, string, bool>? placesCompatible = null)
    {
        var vectors = Vectorise(mentions);
        var candidates = CandidatePairs(mentions, vectors, placesCompatible);
        var cluster = Enumerable.Range(0, mentions.Count).ToArray();
        var members = Enumerable.Range(0, mentions.Count).Select(i => new List<int> { i }).ToArray();
        // Every compared pair counts in the average link, the weak ones too: that is what stops a chain.
        var similarity = candidates.ToDictionary(p => (p.A, p.B), p => p.Similarity);
        var links = candidates.Where(p => p.Linked);
        foreach (var (a, b, _, _) in links.OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            int ca = cluster[a], cb = cluster[b];
            if (ca == cb || MeanSimilarity(members[ca], members[cb], similarity) < options.ClusterThreshold)
            {
                continue;
            }

            var (keep, gone) = members[ca].Count >= members[cb].Count ? (ca, cb) : (cb, ca);
            foreach (var m in members[gone])
            {
                cluster[m] = keep;
            }

            members[keep].AddRange(members[gone]);
            members[gone].Clear();
        }

        return [.. members.Where(m => m.Count > 0).Select(m => (IReadOnlyList<ClaimMention>)m.Order().Select(i => mentions[i]).ToList())];
    }

    /// <summary>Similarity of two sentences as the aligner weighs them (0–1), for tests and tuning.</summary>
    public double Similarity(IReadOnlyList<ClaimMention> story, int a, int b)
    {
        var vectors = Vectorise(story);
        return Cosine(vectors[a], vectors[b]);
    }

    private List<(int A, int B, double Similarity, bool Linked)> CandidatePairs(IReadOnlyList<ClaimMention> mentions, Dictionary<string, double>[] vectors, Func<string, string, bool>? placesCompatible)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < vectors.Length; i++)
        {
            foreach (var feature in vectors[i].Keys)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(postings, feature, out _) ??= [];
                postings[feature].Add(i);
            }
        }

        var seen = new HashSet<(int, int)>();
        var pairs = new List<(int, int, double, bool)>();
        foreach (var list in postings.Values)
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var (a, b) = (list[x], list[y]);
                    if (!seen.Add((a, b)))
                    {
                        continue;
                    }

                    if (!LocationsAgree(mentions[a], mentions[b], placesCompatible))
                    {
                        continue;
                    }

                    var similarity = Cosine(vectors[a], vectors[b]);
                    pairs.Add((a, b, similarity, similarity >= options.LinkThreshold && SharesEnough(vectors[a], vectors[b])));
                }
            }
        }

        return pairs;
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

    private Dictionary<string, double>[] Vectorise(IReadOnlyList<ClaimMention> mentions)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            foreach (var feature in Features(mention))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(documentFrequency, feature, out _)++;
            }
        }

        var count = Math.Max(1, mentions.Count);
        var ubiquitous = Math.Max(3, options.UbiquitousShare * count);
        var vectors = new Dictionary<string, double>[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var vector = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var feature in Features(mentions[i]))
            {
                var df = documentFrequency[feature];
                if (df > ubiquitous)
                {
                    continue;
                }

                // Rare words say most about which claim a sentence makes; entities count double, they carry the "who".
                var weight = Math.Log((count + 1.0) / df) * FeatureWeight(feature);
                vector[feature] = weight;
            }

            var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
            if (norm > 0)
            {
                foreach (var key in vector.Keys.ToList())
                {
                    vector[key] /= norm;
                }
            }

            vectors[i] = vector;
        }

        return vectors;
    }

    private static IEnumerable<string> Features(ClaimMention mention)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in mention.Words)
        {
            if (seen.Add("w:" + word))
            {
                yield return "w:" + word;
            }
        }

        foreach (var entity in mention.Entities)
        {
            if (seen.Add("e:" + entity))
            {
                yield return "e:" + entity;
            }
        }

        // Numbers are left out of the words; a count that two sentences share ("six"/"6 agreements") is strong evidence of one claim.
        foreach (var value in mention.Values.Where(v => v.Field == "amount"))
        {
            if (seen.Add("n:" + value.Value))
            {
                yield return "n:" + value.Value;
            }
        }
    }

    /// <summary>One shared rare word or name makes short sentences look alike; a claim needs two things in common, one of them a word.</summary>
    private static bool SharesEnough(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (shared, words) = (0, 0);
        foreach (var key in a.Keys)
        {
            if (b.ContainsKey(key))
            {
                shared++;
                words += key[0] == 'w' ? 1 : 0;
            }
        }

        return shared >= 2 && words >= 1;
    }

    private static double FeatureWeight(string feature) => feature[0] switch
    {
        'e' => 1.2,
        'n' => 3,
        _ => 1,
    };

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (key, weight) in small)
        {
            if (large.TryGetValue(key, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }

    private static double MeanSimilarity(List<int> a, List<int> b, Dictionary<(int, int), double> similarity)
    {
        var total = 0.0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                total += similarity.GetValueOrDefault(x < y ? (x, y) : (y, x));
            }
        }

        return total / (a.Count * b.Count);
    }
}
