using Corroborate.Model;

namespace Corroborate.Dedup;

/// <summary>
/// Finds exact and near copies of earlier articles: equal normalised body text, or estimated Jaccard
/// similarity of 4-word shingle sets (MinHash, LSH banding) at or above
/// <see cref="DuplicateOptions.NearThreshold"/>. The headline is ignored, so a syndicated copy under a
/// new headline still matches. State lives in <paramref name="index"/>; one detector per thread.
/// </summary>
internal sealed class DuplicateDetector(DuplicateOptions options, DuplicateIndex index)
{
    private static readonly ulong[] Seeds = CreateSeeds();

    private readonly List<ulong> _words = [];
    private readonly List<ulong> _shingles = [];
    private readonly HashSet<int> _seen = [];

    public DuplicateDetector() : this(DuplicateOptions.Default, new DuplicateIndex())
    {
    }

    public DuplicateIndex Index => index;

    /// <summary>Checks <paramref name="article"/>, adds it to the index when it is an original, and returns the match if it is a copy.</summary>
    public DuplicateMatch? Observe(Article article)
    {
        var fingerprint = Fingerprint(article);
        var match = Check(fingerprint);
        if (match is null)
        {
            index.Add(article.Id, fingerprint);
        }

        return match;
    }

    /// <summary>The earlier original that <paramref name="article"/> copies, or null. Does not change the index.</summary>
    public DuplicateMatch? Check(Article article) => Check(Fingerprint(article));

    /// <summary>Indexes <paramref name="article"/> as an original.</summary>
    public void Add(Article article) => index.Add(article.Id, Fingerprint(article));

    /// <summary>Hashes the body once so that checking and adding do not shingle twice.</summary>
    public DuplicateFingerprint Fingerprint(Article article)
    {
        var textHash = Shingler.HashWords(article.Body, _words);
        Shingler.Shingles(_words, _shingles);
        if (_shingles.Count < options.MinShingles)
        {
            return new DuplicateFingerprint(textHash, null);
        }

        var signature = new uint[DuplicateIndex.SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in _shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var h = (uint)(Shingler.Mix(shingle ^ Seeds[i]) >> 32);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return new DuplicateFingerprint(textHash, signature);
    }

    public DuplicateMatch? Check(DuplicateFingerprint fingerprint)
    {
        // The current generation first: a copy's original is most likely recent.
        return Check(fingerprint, index.Current) ?? Check(fingerprint, index.Previous);
    }

    private DuplicateMatch? Check(DuplicateFingerprint fingerprint, DuplicateGeneration generation)
    {
        if (generation.TryGetByTextHash(fingerprint.TextHash, out var exact))
        {
            return new DuplicateMatch(generation.IdAt(exact), DuplicateKind.Exact, 1.0);
        }

        if (fingerprint.Signature is not { } signature)
        {
            return null;
        }

        var best = -1;
        var bestSimilarity = 0.0;
        _seen.Clear();
        generation.CollectCandidates(signature, _seen);
        foreach (var document in _seen)
        {
            if (generation.SignatureAt(document) is not { } other)
            {
                continue;
            }

            var similarity = EstimateJaccard(signature, other);
            if (similarity > bestSimilarity || (similarity == bestSimilarity && document < best))
            {
                (best, bestSimilarity) = (document, similarity);
            }
        }

        return best >= 0 && bestSimilarity >= options.NearThreshold
            ? new DuplicateMatch(generation.IdAt(best), DuplicateKind.Near, bestSimilarity)
            : null;
    }

    /// <summary>Fraction of equal MinHash slots: an unbiased estimate of the Jaccard similarity of the shingle sets.</summary>
    internal static double EstimateJaccard(uint[] a, uint[] b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[DuplicateIndex.SignatureLength];
        for (var i = 0; i < seeds.Length; i++)
        {
            seeds[i] = Shingler.Mix((ulong)i + 0x5EED);
        }

        return seeds;
    }
}
