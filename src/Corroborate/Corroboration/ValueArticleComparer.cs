namespace Corroborate.Corroboration;

/// <summary>
/// Equality of (value, article) pairs as the tuple's own (the value's record equality, the article's ordinal), hashed with
/// each value's hash computed once per instance: a record's hash walks every field (its slot, its quantity), and a 200-article
/// story asks the agreements set about its values tens of thousands of times. Equal values still hash alike (the hash of
/// each is its own), so the set holds and finds exactly what it did.
/// </summary>
internal sealed class ValueArticleComparer : IEqualityComparer<(ClaimValue Value, string Article)>
{
    private readonly Dictionary<ClaimValue, int> _hashes = new(ReferenceEqualityComparer.Instance);

    public bool Equals((ClaimValue Value, string Article) x, (ClaimValue Value, string Article) y) =>
        string.Equals(x.Article, y.Article, StringComparison.Ordinal) && EqualityComparer<ClaimValue>.Default.Equals(x.Value, y.Value);

    public int GetHashCode((ClaimValue Value, string Article) pair)
    {
        if (!_hashes.TryGetValue(pair.Value, out var hash))
        {
            _hashes[pair.Value] = hash = pair.Value.GetHashCode();
        }

        return HashCode.Combine(hash, StringComparer.Ordinal.GetHashCode(pair.Article));
    }
}
