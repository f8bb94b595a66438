namespace Corroborate.Dedup;

/// <summary>
/// What <see cref="DuplicateDetector"/> keeps of an article: the normalised-text hash and a MinHash
/// signature of its shingles (null when the body is too short for near matching).
/// </summary>
internal sealed class DuplicateFingerprint
{
    internal DuplicateFingerprint(ulong textHash, uint[]? signature)
    {
        TextHash = textHash;
        Signature = signature;
    }

    public ulong TextHash { get; }

    internal uint[]? Signature { get; }
}
