namespace Corroborate.Corroboration;

/// <summary>
/// What the comparison of values across a story keeps for the story's next reports between rebuilds (see
/// <see cref="StoryEpoch"/>): the word table with the rarities of the rebuild, and per field the agreements found, the pairs
/// that disagree unless an agreement rules them out, and the field's values as they came.
/// </summary>
internal sealed class KeptValues
{
    private readonly Dictionary<string, KeptField> _fields = new(StringComparer.Ordinal);

    public StoryWordTable? Words { get; private set; }

    public void Start(StoryWordTable words)
    {
        Words = words;
        _fields.Clear();
    }

    public KeptField Field(string field)
    {
        if (!_fields.TryGetValue(field, out var kept))
        {
            _fields[field] = kept = new KeptField(field);
        }

        return kept;
    }

    /// <summary>One field's agreements and candidate disagreements, grown with the story's new pairs.</summary>
    internal sealed class KeptField(string field)
    {
        public HashSet<(ClaimValue Value, string Article)> Agreed { get; private set; } = new(new ValueArticleComparer());

        public List<ValuePair> Candidates { get; private set; } = [];

        public ValuePairs.Growing Values { get; } = new(field);

        public void Keep(HashSet<(ClaimValue Value, string Article)> agreed, List<ValuePair> candidates)
        {
            Agreed = agreed;
            Candidates = candidates;
        }
    }
}
