namespace Corroborate.Dedup;

/// <summary>One generation of <see cref="DuplicateIndex"/>: originals by normalised-text hash and by MinHash band.</summary>
internal sealed class DuplicateGeneration
{
    private readonly Dictionary<ulong, int> _byTextHash = [];
    private readonly Dictionary<ulong, int> _bucketHeads = [];
    private readonly List<string> _ids = [];
    private readonly List<uint[]?> _signatures = [];

    // Bucket chains kept in flat lists (entry -> next entry) rather than a List per bucket: 100,000
    // articles make two million bucket entries, and one object each would dominate memory.
    private readonly List<int> _entryDocument = [];
    private readonly List<int> _entryNext = [];

    public int Count => _ids.Count;

    public string IdAt(int document) => _ids[document];

    public uint[]? SignatureAt(int document) => _signatures[document];

    public bool TryGetByTextHash(ulong hash, out int document) => _byTextHash.TryGetValue(hash, out document);

    public void Add(string id, DuplicateFingerprint fingerprint)
    {
        var document = _ids.Count;
        _ids.Add(id);
        _signatures.Add(fingerprint.Signature);
        _byTextHash.TryAdd(fingerprint.TextHash, document);
        if (fingerprint.Signature is not { } signature)
        {
            return;
        }

        for (var band = 0; band < DuplicateIndex.Bands; band++)
        {
            var key = BandKey(signature, band);
            _entryDocument.Add(document);
            _entryNext.Add(_bucketHeads.TryGetValue(key, out var head) ? head : -1);
            _bucketHeads[key] = _entryDocument.Count - 1;
        }
    }

    /// <summary>Adds to <paramref name="candidates"/> each indexed document sharing a band with <paramref name="signature"/>.</summary>
    public void CollectCandidates(uint[] signature, HashSet<int> candidates)
    {
        for (var band = 0; band < DuplicateIndex.Bands; band++)
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

    private static ulong BandKey(uint[] signature, int band)
    {
        var h = (ulong)band;
        for (var row = 0; row < DuplicateIndex.Rows; row++)
        {
            h = Shingler.Mix(h ^ ((ulong)signature[(band * DuplicateIndex.Rows) + row] << 8));
        }

        return h;
    }
}
