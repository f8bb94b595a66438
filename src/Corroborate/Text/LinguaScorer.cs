using System.Collections.Frozen;
using System.Text;
using Lingua;

namespace Corroborate.Text;

/// <summary>
/// Lingua's <c>ComputeLanguageConfidenceValues</c> in its low-accuracy mode (trigrams, falling back to the bigram and
/// the unigram of a trigram a language lacks), re-implemented over Lingua's own model files so that a call allocates
/// nothing but its answer: the same clean-up of the text, the same rules (a script or letter that names one language,
/// letters that narrow the candidates), the same sums of logarithms in the same order, the same softmax and the same
/// stable ordering, so the same languages with the same doubles (<c>LinguaScorerTests</c> compares the two on real
/// articles and on arbitrary text). Measured in docs/performance.md: Lingua spent most of a call on per-letter LINQ in
/// its rules, a dictionary look-up per language and n-gram through an allocated string, and a parallel loop of one item.
/// One scorer per set of candidate languages (Lingua's detector for a script); models are shared through
/// <see cref="LinguaModelCache"/>. Thread-safe: scratch buffers are per thread.
/// </summary>
internal sealed partial class LinguaScorer
{
    private static readonly int Unknown = (int)Language.Unknown;
    private static readonly int Chinese = (int)Language.Chinese;
    private static readonly int Japanese = (int)Language.Japanese;

    private readonly LinguaModelCache _models;
    private readonly int[] _languages;
    private readonly bool[] _inSet;
    private readonly int[] _oneLanguageOfScript;
    private readonly FrozenDictionary<char, int[]> _uniqueCharacterLanguages;
    private readonly string[] _codes;
    private readonly ThreadLocal<Scratch> _scratch = new(() => new Scratch());

    /// <param name="languages">The candidates in the order Lingua's detector holds them (its <c>Languages</c>): ties keep that order.</param>
    /// <param name="models">Where each language's models are read once.</param>
    public LinguaScorer(IEnumerable<Language> languages, LinguaModelCache models)
    {
        _models = models;
        _languages = [.. languages.Select(l => (int)l)];
        _inSet = new bool[LinguaFacts.LanguageCount];
        foreach (int language in _languages)
        {
            _inSet[language] = true;
        }
        _oneLanguageOfScript = [.. LinguaFacts.OneLanguageOfScript.Select(l => l >= 0 && _inSet[l] ? l : -1)];
        var unique = new Dictionary<char, List<int>>();
        foreach (int language in _languages)
        {
            foreach (char c in ((Language)language).UniqueCharacters() ?? "")
            {
                if (!unique.TryGetValue(c, out var list))
                {
                    unique[c] = list = [];
                }
                if (!list.Contains(language))
                {
                    list.Add(language);
                }
            }
        }
        _uniqueCharacterLanguages = unique.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        _codes = new string[LinguaFacts.LanguageCount];
        foreach (var language in Enum.GetValues<Language>())
        {
            _codes[(int)language] = language.IsoCode6391().ToString().ToLowerInvariant();
        }
    }

    /// <summary>
    /// The languages Lingua gives a confidence above zero for <paramref name="text"/>, most likely first, with its
    /// confidences (ISO 639-1 codes); none when it cannot tell.
    /// </summary>
    public IReadOnlyList<LanguageGuess> Rank(string text)
    {
        var scratch = _scratch.Value!;
        int length = CleanUp(text, scratch);
        var cleaned = scratch.Text.AsSpan(0, length);
        // Lingua's "^[^\p{L}]+$" test: a text without a letter has no language.
        if (length == 0 || !HasLetter(cleaned))
        {
            return [];
        }

        int words = SplitWords(cleaned, scratch);
        int byRules = DetectWithRules(cleaned, words, scratch);
        if (byRules != Unknown)
        {
            return [new LanguageGuess(_codes[byRules], 1.0)];
        }

        var filtered = FilterByRules(cleaned, words, scratch);
        if (filtered.Length == 1)
        {
            return [new LanguageGuess(_codes[filtered[0]], 1.0)];
        }
        // Low-accuracy mode: fewer than three characters give no trigram.
        if (length < 3)
        {
            return [];
        }
        return Score(cleaned, filtered, scratch);
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Lingua's <c>CleanUpInputText</c>: trimmed, white space runs as one space, lower case, no punctuation or digits.</summary>
    private static int CleanUp(string text, Scratch scratch)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end == start)
        {
            return 0;
        }
        var buffer = scratch.TextOfLength(end - start);
        int written = 0;
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = Rune.ToLowerInvariant(new Rune(c, text[i + 1]));
                if (space)
                {
                    buffer[written++] = ' ';
                    space = false;
                }
                written += rune.EncodeToUtf16(buffer.AsSpan(written));
                i++;
                continue;
            }
            char lower = char.ToLowerInvariant(c);
            if (!char.IsPunctuation(lower) && !char.IsNumber(lower))
            {
                if (space)
                {
                    buffer[written++] = ' ';
                    space = false;
                }
                buffer[written++] = lower;
            }
        }
        if (space)
        {
            buffer[written++] = ' ';
        }
        return written;
    }

    /// <summary>Lingua's <c>SplitTextIntoWords</c>: split at spaces, and every logogram a word of its own.</summary>
    private static int SplitWords(ReadOnlySpan<char> text, Scratch scratch)
    {
        int count = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ')
            {
                if (start != i)
                {
                    scratch.AddWord(ref count, start, i - start);
                }
                start = i + 1;
            }
            else if (LinguaFacts.IsLogogram(c))
            {
                if (start != i)
                {
                    scratch.AddWord(ref count, start, i - start);
                }
                scratch.AddWord(ref count, i, 1);
                start = i + 1;
            }
        }
        if (start != text.Length)
        {
            scratch.AddWord(ref count, start, text.Length - start);
        }
        return count;
    }
}
