using System.Collections.Frozen;

namespace Corroborate.Text;

/// <summary>
/// Common function words of each language, as a bit mask of language indexes per lower-cased
/// word. Looked up by span so scoring allocates nothing.
/// </summary>
internal sealed class StopWords
{
    private readonly FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StopWords(IReadOnlyDictionary<string, uint> masks)
    {
        _lookup = masks.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Languages (bit i = language index i) listing <paramref name="lowerWord"/>; 0 if none.</summary>
    public uint MaskOf(ReadOnlySpan<char> lowerWord) =>
        _lookup.TryGetValue(lowerWord, out uint mask) ? mask : 0;
}
