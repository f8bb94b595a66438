namespace Corroborate.Events;

/// <summary>
/// Multi-word phrases by first word, longest first, so a lookup at a token finds the longest phrase that starts
/// there ("PRESIDENT GEORGE W BUSH" before "PRESIDENT").
/// </summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(string[] words, T value)
    {
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
        }

        // First entry wins for the same phrase, as in the PETRARCH readers.
        if (list.Exists(e => e.Words.AsSpan().SequenceEqual(words)))
        {
            return;
        }

        var at = list.FindIndex(e => e.Words.Length < words.Length);
        list.Insert(at < 0 ? list.Count : at, (words, value));
        Count++;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>: its value and length in tokens.</summary>
    public bool TryMatch(IReadOnlyList<EventToken> tokens, int start, int end, out T value, out int length)
    {
        if (_byFirst.TryGetValue(tokens[start].Key, out var list))
        {
            foreach (var (words, candidate) in list)
            {
                if (start + words.Length > end)
                {
                    continue;
                }

                var match = true;
                for (var k = 1; k < words.Length && match; k++)
                {
                    match = tokens[start + k].Key == words[k];
                }

                if (match)
                {
                    value = candidate;
                    length = words.Length;
                    return true;
                }
            }
        }

        value = default!;
        length = 0;
        return false;
    }

    public bool Contains(string firstWord) => _byFirst.ContainsKey(firstWord);
}
