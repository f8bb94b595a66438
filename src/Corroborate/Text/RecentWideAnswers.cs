using System.Collections.Concurrent;

namespace Corroborate.Text;

/// <summary>
/// Remembers the wide model's latest answers: the Text stage asks about the same paragraph twice
/// (cleaning, then tagging segments), and one call costs milliseconds. A pure memo, bounded by
/// starting over when full; safe for concurrent callers.
/// </summary>
internal sealed class RecentWideAnswers(IWideLanguageModel inner, int capacity = 4096) : IWideLanguageModel
{
    private readonly ConcurrentDictionary<(string, Script), IReadOnlyList<LanguageGuess>> _answers = new();

    /// <summary>
    /// How many answers <see cref="_answers"/> holds, counted here: the dictionary's own Count takes every one of its
    /// locks (up to 1,024 once it has grown) and was asked on every miss.
    /// </summary>
    private int _count;

    public IReadOnlyList<LanguageGuess> Rank(string text, Script script)
    {
        if (_answers.TryGetValue((text, script), out var known))
        {
            return known;
        }

        var answer = inner.Rank(text, script);
        if (Volatile.Read(ref _count) >= capacity)
        {
            // Concurrent callers may both start over, or count an answer the other cleared: the bound is approximate,
            // the answers are not (a memo of a pure function).
            _answers.Clear();
            Volatile.Write(ref _count, 0);
        }

        if (_answers.TryAdd((text, script), answer))
        {
            Interlocked.Increment(ref _count);
        }

        return answer;
    }
}
