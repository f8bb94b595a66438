using Lingua;

namespace Corroborate.Text;

internal sealed partial class LinguaScorer
{
    /// <summary>
    /// Lingua's <c>DetectLanguageWithRules</c>: each word votes for the language its letters name (a script of one
    /// language, Chinese for Han, Japanese for kana, a letter only one language uses); a language with the most
    /// votes wins unless unknown words are half or more, or two languages tie.
    /// </summary>
    private int DetectWithRules(ReadOnlySpan<char> text, int wordCount, Scratch scratch)
    {
        var votes = new Counter(scratch.VoteKeys, scratch.VoteCounts);
        var letters = new Counter(scratch.LetterKeys, scratch.LetterCounts);
        for (int w = 0; w < wordCount; w++)
        {
            letters.Clear();
            foreach (char c in text.Slice(scratch.WordStarts[w], scratch.WordLengths[w]))
            {
                var script = LinguaFacts.ScriptOf[c];
                int one = _oneLanguageOfScript[(int)script];
                if (one >= 0)
                {
                    letters.Add(one, 1);
                }
                else if (script == UnicodeScript.Han)
                {
                    letters.Add(Chinese, 1);
                }
                else if (script is UnicodeScript.Hiragana or UnicodeScript.Katakana)
                {
                    letters.Add(Japanese, 1);
                }
                else if (script is UnicodeScript.Latin or UnicodeScript.Cyrillic or UnicodeScript.Devanagari
                    && _uniqueCharacterLanguages.TryGetValue(c, out var languages))
                {
                    foreach (int language in languages)
                    {
                        letters.Add(language, 1);
                    }
                }
            }

            switch (letters.Count)
            {
                case 0:
                    votes.Add(Unknown, 1);
                    break;
                case 1:
                    votes.Add(_inSet[letters.KeyAt(0)] ? letters.KeyAt(0) : Unknown, 1);
                    break;
                default:
                    int top = letters.FirstMaximum(out int topCount, out int runnerUpCount);
                    votes.Add(topCount > runnerUpCount && _inSet[top] ? top : Unknown, 1);
                    break;
            }
        }

        if (votes.CountOf(Unknown) < 0.5 * wordCount)
        {
            votes.Remove(Unknown);
        }
        switch (votes.Count)
        {
            case 0:
                return Unknown;
            case 1:
                return votes.KeyAt(0);
            case 2 when votes.CountOf(Chinese) > 0 && votes.CountOf(Japanese) > 0:
                return Japanese;
        }
        int winner = votes.FirstMaximum(out int winnerCount, out int secondCount);
        return winnerCount == secondCount ? Unknown : winner;
    }

    /// <summary>
    /// Lingua's <c>FilterLanguagesByRules</c>: the candidates written in the alphabet most of the text's letters are in
    /// (all candidates when no alphabet leads), narrowed to those whose telltale letters (ä, ñ, ł…) occur in at least
    /// half as many places as there are words, when any are.
    /// </summary>
    private ReadOnlySpan<int> FilterByRules(ReadOnlySpan<char> text, int wordCount, Scratch scratch)
    {
        var alphabets = new Counter(scratch.LetterKeys, scratch.LetterCounts);
        alphabets.Clear();
        for (int w = 0; w < wordCount; w++)
        {
            var word = text.Slice(scratch.WordStarts[w], scratch.WordLengths[w]);
            var script = LinguaFacts.ScriptOf[word[0]];
            bool oneScript = true;
            foreach (char c in word)
            {
                if (LinguaFacts.ScriptOf[c] != script)
                {
                    oneScript = false;
                    break;
                }
            }
            int alphabet = oneScript ? Array.IndexOf(LinguaFacts.AlphabetScripts, script) : -1;
            if (alphabet >= 0)
            {
                alphabets.Add(alphabet, word.Length);
            }
        }

        if (alphabets.Count == 0 || (alphabets.Count > 1 && alphabets.AllEqual()))
        {
            return _languages;
        }
        var leading = LinguaFacts.AlphabetScripts[alphabets.FirstMaximum(out _, out _)]!.Value;

        var written = scratch.Written;
        int writtenCount = 0;
        var inWritten = scratch.InWritten;
        Array.Clear(inWritten);
        foreach (int language in _languages)
        {
            if (Array.IndexOf(LinguaFacts.ScriptsOfLanguage[language], leading) >= 0)
            {
                written[writtenCount++] = language;
                inWritten[language] = true;
            }
        }

        var telltales = new Counter(scratch.VoteKeys, scratch.VoteCounts);
        telltales.Clear();
        foreach (var (letters, languages) in LinguaFacts.LettersToLanguages)
        {
            bool anyCandidate = false;
            foreach (var language in languages)
            {
                anyCandidate |= inWritten[(int)language];
            }
            if (!anyCandidate)
            {
                continue;
            }
            for (int w = 0; w < wordCount; w++)
            {
                var word = text.Slice(scratch.WordStarts[w], scratch.WordLengths[w]);
                foreach (char letter in letters)
                {
                    if (!word.Contains(letter))
                    {
                        continue;
                    }
                    foreach (var language in languages)
                    {
                        if (inWritten[(int)language])
                        {
                            telltales.Add((int)language, 1);
                        }
                    }
                }
            }
        }

        double half = 0.5 * wordCount;
        var narrowed = scratch.Narrowed;
        int narrowedCount = 0;
        for (int i = 0; i < telltales.Count; i++)
        {
            if (telltales.CountAt(i) >= half)
            {
                narrowed[narrowedCount++] = telltales.KeyAt(i);
            }
        }
        return narrowedCount > 0 ? narrowed.AsSpan(0, narrowedCount) : written.AsSpan(0, writtenCount);
    }

    /// <summary>
    /// Counts per key in the order keys were first counted (a <c>Dictionary</c>'s enumeration order when nothing is
    /// removed but at the end, which is all Lingua's rules do), over caller-owned arrays.
    /// </summary>
    private ref struct Counter(int[] keys, int[] counts)
    {
        private readonly int[] _keys = keys;
        private readonly int[] _counts = counts;

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        public readonly int KeyAt(int index) => _keys[index];

        public readonly int CountAt(int index) => _counts[index];

        public void Add(int key, int increment)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_keys[i] == key)
                {
                    _counts[i] += increment;
                    return;
                }
            }
            _keys[Count] = key;
            _counts[Count] = increment;
            Count++;
        }

        public readonly int CountOf(int key)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_keys[i] == key)
                {
                    return _counts[i];
                }
            }
            return 0;
        }

        public void Remove(int key)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_keys[i] == key)
                {
                    Array.Copy(_keys, i + 1, _keys, i, Count - i - 1);
                    Array.Copy(_counts, i + 1, _counts, i, Count - i - 1);
                    Count--;
                    return;
                }
            }
        }

        public readonly bool AllEqual()
        {
            for (int i = 1; i < Count; i++)
            {
                if (_counts[i] != _counts[0])
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>
        /// The first key with the highest count (a stable descending sort's first, and <c>MaxBy</c>'s), its count, and
        /// the highest count among the other keys (the sort's second).
        /// </summary>
        public readonly int FirstMaximum(out int count, out int runnerUpCount)
        {
            int best = 0;
            for (int i = 1; i < Count; i++)
            {
                if (_counts[i] > _counts[best])
                {
                    best = i;
                }
            }
            runnerUpCount = int.MinValue;
            for (int i = 0; i < Count; i++)
            {
                if (i != best && _counts[i] > runnerUpCount)
                {
                    runnerUpCount = _counts[i];
                }
            }
            count = _counts[best];
            return _keys[best];
        }
    }
}
