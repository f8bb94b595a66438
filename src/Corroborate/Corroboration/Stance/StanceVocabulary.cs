using System.Collections.Frozen;

namespace Corroborate.Corroboration.Stance;

/// <summary>
/// Inverse document frequencies of stems, fitted on training bodies and headlines only, plus the average body
/// length BM25 needs. Stems seen in fewer than two documents are not kept (the model file stays small); they
/// get the idf of a stem seen once.
/// </summary>
internal sealed class StanceVocabulary
{
    public StanceVocabulary(IReadOnlyDictionary<string, float> idf, float unseenIdf, float averageBodyLength)
    {
        Idf = idf.ToFrozenDictionary(StringComparer.Ordinal);
        UnseenIdf = unseenIdf;
        AverageBodyLength = averageBodyLength;
    }

    public FrozenDictionary<string, float> Idf { get; }

    public float UnseenIdf { get; }

    public float AverageBodyLength { get; }

    public float IdfOf(string stem) => Idf.TryGetValue(stem, out var idf) ? idf : UnseenIdf;

    public static StanceVocabulary Fit(IEnumerable<StanceDocument> bodies, IEnumerable<StanceDocument> headlines)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = 0;
        long bodyWords = 0;
        var bodyCount = 0;
        foreach (var body in bodies)
        {
            documents++;
            bodyCount++;
            bodyWords += body.ContentCount;
            Count(body);
        }

        foreach (var headline in headlines)
        {
            documents++;
            Count(headline);
        }

        var idf = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (stem, df) in frequencies)
        {
            if (df >= 2)
            {
                idf[stem] = Smoothed(documents, df);
            }
        }

        return new StanceVocabulary(idf, Smoothed(documents, 1), bodyCount == 0 ? 1 : (float)bodyWords / bodyCount);

        void Count(StanceDocument document)
        {
            foreach (var stem in document.StemCounts.Keys)
            {
                frequencies[stem] = frequencies.GetValueOrDefault(stem) + 1;
            }
        }
    }

    private static float Smoothed(int documents, int df) => MathF.Log((1f + documents) / (1f + df)) + 1f;
}
