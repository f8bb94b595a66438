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

        var table = new float[rows.Count * languages];
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
                table[(row * languages) + language] = (float)Math.Log(probability);
            }
        }
        return new LatinModel(new NgramTable(rows), table, seenBy, languages);
    }

    /// <summary>
    /// Adds the log-likelihood of each known n-gram of <paramref name="padded"/> to
    /// <paramref name="scores"/>; returns how many n-grams counted. N-grams no profile knows
    /// are skipped: they say nothing about which of our languages this is. <paramref name="seen"/>
    /// gets every n-gram of the word and <paramref name="knownBy"/>[i] those language i's profile
    /// holds, so callers can tell text in a language we do not model.
    /// </summary>
    public int Score(ReadOnlySpan<char> padded, Span<double> scores, Span<int> knownBy, out int seen)
    {
        Span<ulong> keys = stackalloc ulong[Ngrams.MaxKeysPerWord];
        int count = Ngrams.Fill(padded, keys);
        seen = count;
        int known = 0;
        int languages = LanguageCount;
        for (int i = 0; i < count; i++)
        {
            if (!_rows.TryGetRow(keys[i], out int row))
            {
                continue;
            }
            known++;
            var logs = _logProbabilities.AsSpan(row * languages, languages);
            uint seenBy = _seenBy[row];
            for (int language = 0; language < languages; language++)
            {
                scores[language] += logs[language];
                knownBy[language] += (int)((seenBy >> language) & 1);
            }
        }
        return known;
    }
}
