using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Corroborate.Text;

/// <summary>
/// A naive Bayes model over character n-grams for the Latin-script languages. Immutable once
/// built, so one instance serves every thread.
/// </summary>
internal sealed class LatinModel
{
    /// <summary>
    /// Additive smoothing for n-grams a language's profile lacks. 0.5 (Jeffreys) keeps a single
    /// unseen n-gram from vetoing a language whose small training text simply missed it.
    /// </summary>
    private const double Smoothing = 0.5;

    /// <summary>
    /// Floats per table row: up to 16 languages, so a row is two 256-bit vectors and scoring an
    /// n-gram is two vector adds instead of a loop over languages (with the mask tally, this took
    /// the test set from about 60,000 to 120,000 sentences/s on a loaded machine).
    /// </summary>
    public const int MaxLanguages = 16;

    private readonly NgramTable _rows;
    private readonly float[] _logProbabilities;
    private readonly uint[] _seenBy;

    private LatinModel(NgramTable rows, float[] logProbabilities, uint[] seenBy, int languageCount)
    {
        _rows = rows;
        _logProbabilities = logProbabilities;
        _seenBy = seenBy;
        LanguageCount = languageCount;
    }

    public int LanguageCount { get; }

    /// <summary>Builds the table from per-language n-gram counts, in language-index order.</summary>
    public static LatinModel Create(IReadOnlyList<IReadOnlyDictionary<ulong, int>> counts)
    {
        int languages = counts.Count;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(languages, MaxLanguages, nameof(counts));
        var rows = new Dictionary<ulong, int>();
        Span<int> distinct = stackalloc int[Ngrams.MaxOrder + 1];
        foreach (var profile in counts)
        {
            foreach (ulong key in profile.Keys)
            {
                if (rows.TryAdd(key, rows.Count))
                {
                    distinct[Ngrams.OrderOf(key)]++;
                }
            }
        }

        var table = new float[rows.Count * MaxLanguages];
        var seenBy = new uint[rows.Count];
        Span<long> totals = stackalloc long[Ngrams.MaxOrder + 1];
        for (int language = 0; language < languages; language++)
        {
            totals.Clear();
            foreach (var (key, count) in counts[language])
            {
                totals[Ngrams.OrderOf(key)] += count;
            }
            foreach (var (key, row) in rows)
            {
                int order = Ngrams.OrderOf(key);
                if (counts[language].TryGetValue(key, out int count))
                {
                    seenBy[row] |= 1u << language;
                }
                double probability = (count + Smoothing) / (totals[order] + (Smoothing * distinct[order]));
                table[(row * MaxLanguages) + language] = (float)Math.Log(probability);
            }
        }
        return new LatinModel(new NgramTable(rows), table, seenBy, languages);
    }

    /// <summary>
    /// Adds the log-likelihood of each known n-gram of <paramref name="padded"/> to
    /// <paramref name="scores"/>; returns how many n-grams counted. N-grams no profile knows
    /// are skipped: they say nothing about which of our languages this is. <paramref name="seen"/>
    /// gets every n-gram of the word, and <paramref name="maskCounts"/> (length 2^languages) one
    /// more at the bit mask of the languages whose profile holds each known n-gram, so callers can
    /// tell text in a language we do not model (see <see cref="KnownBy"/>).
    /// </summary>
    public int Score(ReadOnlySpan<char> padded, Span<double> scores, Span<int> maskCounts, out int seen)
    {
        Span<ulong> keys = stackalloc ulong[Ngrams.MaxKeysPerWord];
        int count = Ngrams.Fill(padded, keys);
        seen = count;
        int known = 0;
        // Sum a word in float vectors, then widen to double: words are short, so float rounding
        // stays far below the differences between languages, while long texts keep double sums.
        var low = Vector256<float>.Zero;
        var high = Vector256<float>.Zero;
        ref float table = ref MemoryMarshal.GetArrayDataReference(_logProbabilities);
        for (int i = 0; i < count; i++)
        {
            if (!_rows.TryGetRow(keys[i], out int row))
            {
                continue;
            }
            known++;
            nuint offset = (nuint)row * MaxLanguages;
            low += Vector256.LoadUnsafe(ref table, offset);
            high += Vector256.LoadUnsafe(ref table, offset + 8);
            maskCounts[(int)_seenBy[row]]++;
        }
        if (known > 0)
        {
            for (int language = 0; language < LanguageCount; language++)
            {
                scores[language] += language < 8 ? low[language] : high[language - 8];
            }
        }
        return known;
    }

    /// <summary>How many known n-grams, tallied by <see cref="Score"/>, language <paramref name="language"/>'s profile holds.</summary>
    public static int KnownBy(ReadOnlySpan<int> maskCounts, int language)
    {
        int known = 0;
        for (int mask = 0; mask < maskCounts.Length; mask++)
        {
            if ((mask & (1 << language)) != 0)
            {
                known += maskCounts[mask];
            }
        }
        return known;
    }
}
