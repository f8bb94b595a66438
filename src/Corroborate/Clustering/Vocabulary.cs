namespace Corroborate.Clustering;

/// <summary>
/// Feature keys (prefixed by kind: 't' body term, 'e' name, 'n' number or date) mapped to dense ids,
/// with document frequencies updated as originals arrive. Span lookups avoid a string per token.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>
    /// Pseudo-documents added to N and to every df. At the start of a stream (a handful of articles)
    /// raw document frequencies are noise: every one-off word looks maximally rare and outweighs the
    /// event's shared words, which have merely been seen a few times. Two pseudo-documents damp that
    /// and fade as N grows; ECB+ dev moved only within noise (docs/stories.md).
    /// </summary>
    private const double IdfPseudoDocuments = 2;

    private readonly Dictionary<string, int> _ids = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _keys = [];
    private readonly List<int> _documentFrequency = [];

    public Vocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Originals counted in the document frequencies.</summary>
    public int Documents { get; private set; }

    public int Count => _keys.Count;

    public int IdOf(ReadOnlySpan<char> key)
    {
        if (_lookup.TryGetValue(key, out var id))
        {
            return id;
        }

        id = _keys.Count;
        var text = key.ToString();
        _ids.Add(text, id);
        _keys.Add(text);
        _documentFrequency.Add(0);
        return id;
    }

    public string KeyOf(int id) => _keys[id];

    public void CountDocument(IEnumerable<int> distinctIds)
    {
        Documents++;
        foreach (var id in distinctIds)
        {
            _documentFrequency[id]++;
        }
    }

    /// <summary>
    /// Smoothed inverse document frequency, ln(1 + (N + k)/(df + k)) with k = <see cref="IdfPseudoDocuments"/>:
    /// positive even for a term in every document.
    /// </summary>
    public double InverseDocumentFrequency(int id) =>
        Math.Log(1.0 + ((Documents + IdfPseudoDocuments) / (Math.Max(1, _documentFrequency[id]) + IdfPseudoDocuments)));
}
