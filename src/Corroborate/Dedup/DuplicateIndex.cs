namespace Corroborate.Dedup;

/// <summary>
/// The state of <see cref="DuplicateDetector"/>: originals seen so far, by normalised-text hash and by
/// MinHash band. Only originals are indexed; a copy of a copy still points at the first article.
/// Not thread-safe.
/// </summary>
public sealed class DuplicateIndex
{
    /// <summary>MinHash values per signature: <see cref="Bands"/> × <see cref="Rows"/>.</summary>
    internal const int Bands = 20;

    /// <summary>
    /// Rows per band. With 20 bands of 3 rows a pair at Jaccard 0.5 becomes a candidate with
    /// probability 1-(1-0.5³)²⁰ = 0.93 and at 0.6 with 0.99, while a pair at 0.2 does with 0.15;
    /// candidates are then verified on the whole signature.
    /// </summary>
    internal const int Rows = 3;

    internal const int SignatureLength = Bands * Rows;

    private readonly Dictionary<ulong, int> _byTextHash = [];
    private readonly Dictionary<ulong, int> _bucketHeads = [];
    private readonly List<string> _ids = [];
    private readonly List<uint[]?> _signatures = [];

    // Bucket chains kept in flat lists (entry -> next entry) rather than a List per bucket: 100,000
    // articles make two million bucket entries, and one object each would dominate memory.
    private readonly List<int> _entryDocument = [];
    private readonly List<int> _entryNext = [];

    /// <summary>Originals indexed.</summary>
    public int Count => _ids.Count;

    internal string IdAt(int document) => _ids[document];

    internal uint[]? SignatureAt(int document) => _signatures[document];

    internal bool TryGetByTextHash(ulong hash, out int document) => _byTextHash.TryGetValue(hash, out document);

    internal void Add(string id, DuplicateFingerprint fingerprint)
    {
        var document = _ids.Count;
        _ids.Add(id);
        _signatures.Add(fingerprint.Signature);
        _byTextHash.TryAdd(fingerprint.TextHash, document);
        if (fingerprint.Signature is not { } signature)
        {
            return;
        }

        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            _entryDocument.Add(document);
            _entryNext.Add(_bucketHeads.TryGetValue(key, out var head) ? head : -1);
            _bucketHeads[key] = _entryDocument.Count - 1;
        }
    }

    /// <summary>Adds to <paramref name="candidates"/> each indexed document sharing a band with <paramref name="signature"/>.</summary>
    internal void CollectCandidates(uint[] signature, HashSet<int> candidates)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (!_bucketHeads.TryGetValue(BandKey(signature, band), out var entry))
            {
                continue;
            }

            for (; entry >= 0; entry = _entryNext[entry])
            {
                candidates.Add(_entryDocument[entry]);
            }
        }
    }

    internal static ulong BandKey(uint[] signature, int band)
    {
        var h = (ulong)band;
        for (var row = 0; row < Rows; row++)
        {
            h = Shingler.Mix(h ^ ((ulong)signature[(band * Rows) + row] << 8));
        }

        return h;
    }
}
