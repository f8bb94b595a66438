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

    public IReadOnlyList<LanguageGuess> Rank(string text, Script script)
    {
        if (_answers.TryGetValue((text, script), out var known))
        {
            return known;
        }

        var answer = inner.Rank(text, script);
        if (_answers.Count >= capacity)
        {
            _answers.Clear();
        }
        _answers[(text, script)] = answer;
        return answer;
    }
}
