using System.Collections.Frozen;

namespace Corroborate.Corroboration.Stance;

/// <summary>
/// A headline or body analysed once for every feature that does not depend on the fitted vocabulary:
/// lower-cased words, their stems, sentence ranges, stem counts and stem n-gram sets. A body is analysed
/// once and then paired with many headlines.
/// </summary>
internal sealed class StanceDocument
{
    /// <summary>The lead is the first 255 characters, as in the FNC-1 baseline.</summary>
    public const int LeadCharacters = 255;

    private StanceDocument(string[] words, string[] stems, bool[] content, int[] sentenceStarts, int leadWords, bool hasQuestion)
    {
        HasQuestion = hasQuestion;
        Words = words;
        Stems = stems;
        IsContent = content;
        SentenceStarts = sentenceStarts;
        LeadWords = leadWords;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var leadCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Length; i++)
        {
            if (content[i])
            {
                counts[stems[i]] = counts.GetValueOrDefault(stems[i]) + 1;
                if (i < leadWords)
                {
                    leadCounts[stems[i]] = leadCounts.GetValueOrDefault(stems[i]) + 1;
                }
            }
        }

        StemCounts = counts.ToFrozenDictionary(StringComparer.Ordinal);
        Marks = new uint[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            Marks[i] = StanceWordMarks.Of(words[i]);
        }

        SentenceStemCounts = new Dictionary<string, int>[sentenceStarts.Length];
        for (var s = 0; s < sentenceStarts.Length; s++)
        {
            var sentence = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var w = sentenceStarts[s]; w < SentenceEnd(s); w++)
            {
                if (content[w])
                {
                    sentence[stems[w]] = sentence.GetValueOrDefault(stems[w]) + 1;
                }
            }

            SentenceStemCounts[s] = sentence;
        }
        LeadStemCounts = leadCounts;
        WordSet = words.ToHashSet(StringComparer.Ordinal);
        LeadWordSet = words.Take(leadWords).ToHashSet(StringComparer.Ordinal);
        StemHashes = new ulong[stems.Length];
        for (var i = 0; i < stems.Length; i++)
        {
            StemHashes[i] = StableHash.Of(stems[i]);
        }

        Grams = new HashSet<ulong>[3];
        LeadGrams = new HashSet<ulong>[3];
        for (var n = 1; n <= 3; n++)
        {
            Grams[n - 1] = new HashSet<ulong>(stems.Length);
            AddNGrams(StemHashes, 0, stems.Length, n, Grams[n - 1]);
            LeadGrams[n - 1] = [];
            AddNGrams(StemHashes, 0, leadWords, n, LeadGrams[n - 1]);
        }
    }

    private StanceNorms? _norms;

    public string[] Words { get; }

    public bool HasQuestion { get; }

    public string[] Stems { get; }

    /// <summary>False for stop words and one-letter words.</summary>
    public bool[] IsContent { get; }

    /// <summary>Word index at which each sentence starts; a sentence runs to the next start or the end.</summary>
    public int[] SentenceStarts { get; }

    /// <summary>Number of words that start within the first <see cref="LeadCharacters"/> characters.</summary>
    public int LeadWords { get; }

    public FrozenDictionary<string, int> StemCounts { get; }

    /// <summary>Content-stem counts of each sentence.</summary>
    public Dictionary<string, int>[] SentenceStemCounts { get; }

    /// <summary>Per word, the <see cref="StanceWordMarks"/> bits of the word lists it is on.</summary>
    public uint[] Marks { get; }

    /// <summary>TF-IDF norms of the body, lead and sentences under one vocabulary, kept for the next headline.</summary>
    public StanceNorms NormsFor(StanceVocabulary vocabulary)
    {
        var cached = _norms;
        if (cached is not null && ReferenceEquals(cached.Vocabulary, vocabulary))
        {
            return cached;
        }

        var sentences = new float[SentenceStemCounts.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            sentences[s] = Norm(SentenceStemCounts[s], vocabulary);
        }

        cached = new StanceNorms(vocabulary, Norm(StemCounts, vocabulary), Norm(LeadStemCounts, vocabulary), sentences);
        _norms = cached;
        return cached;
    }

    private StanceBodyFeatures? _bodyFeatures;

    /// <summary>This document's headline-independent body features under one lexicon, kept for the next headline.</summary>
    public StanceBodyFeatures BodyFeaturesFor(StanceLexicon lexicon)
    {
        var cached = _bodyFeatures;
        if (cached is not null && ReferenceEquals(cached.Lexicon, lexicon))
        {
            return cached;
        }

        cached = new StanceBodyFeatures(this, lexicon);
        _bodyFeatures = cached;
        return cached;
    }

    private Dictionary<string, SentenceStem[]>? _sentencePostings;

    /// <summary>
    /// Per content stem, the sentences it occurs in (in sentence order) with its TF weight there, 1 + ln(count): a
    /// headline's sentence cosines look each of its stems up once here instead of once per sentence (built on first use,
    /// then kept; a body meets every claim of its story).
    /// </summary>
    public Dictionary<string, SentenceStem[]> SentencePostings
    {
        get
        {
            if (_sentencePostings is { } known)
            {
                return known;
            }

            var lists = new Dictionary<string, List<SentenceStem>>(StringComparer.Ordinal);
            for (var s = 0; s < SentenceStemCounts.Length; s++)
            {
                foreach (var (stem, count) in SentenceStemCounts[s])
                {
                    if (!lists.TryGetValue(stem, out var list))
                    {
                        list = [];
                        lists.Add(stem, list);
                    }

                    list.Add(new SentenceStem(s, 1f + MathF.Log(count)));
                }
            }

            var postings = new Dictionary<string, SentenceStem[]>(lists.Count, StringComparer.Ordinal);
            foreach (var (stem, list) in lists)
            {
                postings.Add(stem, [.. list]);
            }

            _sentencePostings = postings;
            return postings;
        }
    }

    /// <summary>One sentence a stem occurs in, and the stem's TF weight in it (1 + ln of its count there).</summary>
    internal readonly record struct SentenceStem(int Sentence, float Weight);

    public Dictionary<string, int> LeadStemCounts { get; }

    public HashSet<string> WordSet { get; }

    public HashSet<string> LeadWordSet { get; }

    /// <summary>Stable hash of each word's stem.</summary>
    public ulong[] StemHashes { get; }

    /// <summary>Hashes of stem 1-, 2- and 3-grams over all words (index n-1).</summary>
    public HashSet<ulong>[] Grams { get; }

    public HashSet<ulong>[] LeadGrams { get; }

    public int ContentCount => StemCounts.Values.Sum();

    private readonly ulong[]?[] _gramLists = new ulong[3][];

    /// <summary>Stem n-gram hashes over all words in text order, repeats kept (a headline's, read against many bodies); kept once made.</summary>
    public ulong[] GramList(int n)
    {
        if (_gramLists[n - 1] is { } known)
        {
            return known;
        }

        var grams = new List<ulong>();
        AddNGrams(StemHashes, 0, Stems.Length, n, grams);
        return _gramLists[n - 1] = [.. grams];
    }

    public int SentenceEnd(int sentence) => sentence + 1 < SentenceStarts.Length ? SentenceStarts[sentence + 1] : Words.Length;

    /// <summary>Stable hashes of the stem n-grams of words [start, end), combined from per-stem hashes.</summary>
    public static void AddNGrams(ulong[] stemHashes, int start, int end, int n, ICollection<ulong> grams)
    {
        for (var i = start; i + n <= end; i++)
        {
            var hash = stemHashes[i];
            for (var k = 1; k < n; k++)
            {
                hash = ((hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9UL) + stemHashes[i + k];
            }

            grams.Add(hash ^ (ulong)n);
        }
    }

    public static StanceDocument Analyze(string text)
    {
        var words = new List<string>();
        var sentenceStarts = new List<int> { 0 };
        var leadWords = 0;
        var span = text.AsSpan();
        Span<char> buffer = stackalloc char[64];
        var boundary = false;
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var length = 0;
                var longWord = (string?)null;
                while (i < span.Length && (char.IsLetterOrDigit(span[i]) || (IsApostrophe(span[i]) && i + 1 < span.Length && char.IsLetter(span[i + 1]))))
                {
                    if (!IsApostrophe(span[i]))
                    {
                        if (length < buffer.Length)
                        {
                            buffer[length++] = char.ToLowerInvariant(span[i]);
                        }
                        else
                        {
                            // Over 64 letters is a URL slug or junk; keep it whole, it only needs to be a distinct token.
                            longWord ??= buffer.ToString();
                            longWord += char.ToLowerInvariant(span[i]);
                        }
                    }

                    i++;
                }

                if (boundary && words.Count > sentenceStarts[^1])
                {
                    sentenceStarts.Add(words.Count);
                }

                boundary = false;
                if (start < LeadCharacters)
                {
                    leadWords++;
                }

                words.Add(longWord ?? new string(buffer[..length]));
                continue;
            }

            if (c is '.' or '!' or '?' or '\n')
            {
                boundary = true;
            }

            i++;
        }

        var wordArray = words.ToArray();
        var stems = new string[wordArray.Length];
        var content = new bool[wordArray.Length];
        for (var w = 0; w < wordArray.Length; w++)
        {
            stems[w] = StanceWords.Stem(wordArray[w]);
            content[w] = wordArray[w].Length > 1 && !StanceWords.Stop.Contains(wordArray[w]);
        }

        return new StanceDocument(wordArray, stems, content, [.. sentenceStarts], leadWords, text.Contains('?', StringComparison.Ordinal));
    }

    private static float Norm(IReadOnlyDictionary<string, int> counts, StanceVocabulary vocabulary)
    {
        float sum = 0;
        foreach (var (stem, count) in counts)
        {
            var weight = (1f + MathF.Log(count)) * vocabulary.IdfOf(stem);
            sum += weight * weight;
        }

        return MathF.Sqrt(sum);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
