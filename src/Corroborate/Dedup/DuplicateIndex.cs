namespace Corroborate.Dedup;

/// <summary>
/// The state of <see cref="DuplicateDetector"/>: originals by normalised-text hash and by MinHash
/// band, in two generations. Only originals are indexed; a copy of a copy still points at the first
/// article. <see cref="Rotate"/> drops the older generation, so whoever owns the index bounds its
/// memory by time (the story index rotates once per idle window: copies are found against the
/// originals of the last one to two windows). Not thread-safe.
/// </summary>
internal sealed class DuplicateIndex
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

    private DuplicateGeneration _current = new();
    private DuplicateGeneration _previous = new();

    /// <summary>Originals indexed in both generations.</summary>
    public int Count => _current.Count + _previous.Count;

    /// <summary>Starts a new generation and forgets the originals of the one before the current.</summary>
    public void Rotate() => (_previous, _current) = (_current, new DuplicateGeneration());

    internal DuplicateGeneration Current => _current;

    internal DuplicateGeneration Previous => _previous;

    internal void Add(string id, DuplicateFingerprint fingerprint) => _current.Add(id, fingerprint);
}
