using System.Collections.Frozen;

namespace Corroborate.Corroboration.Stance;

/// <summary>
/// Naive-Bayes log-count ratios of body stems for agree, disagree and discuss (each against the other two),
/// learnt from the related pairs of the training bodies. It stands in for the "bag of body words" of the
/// published systems in a form the trees can split on: three mean ratios per text. Each (body, label) counts
/// once, so a body paired with twenty headlines does not outvote the rest.
/// </summary>
internal sealed class StanceLexicon
{
    public const int Classes = 3;
    private const int MinimumBodies = 3;
    private const float Smoothing = 1f;

    public StanceLexicon(IReadOnlyDictionary<string, float[]> ratios) => Ratios = ratios.ToFrozenDictionary(StringComparer.Ordinal);

    public static StanceLexicon Empty { get; } = new(new Dictionary<string, float[]>());

    /// <summary>Per stem, the log ratio for agree, disagree and discuss.</summary>
    public FrozenDictionary<string, float[]> Ratios { get; }

    public static StanceLexicon Fit(IEnumerable<(StanceDocument Body, StanceLabel Label)> related)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var documents = new int[Classes];
        foreach (var (body, label) in related)
        {
            var c = (int)label;
            if (c >= Classes)
            {
                continue;
            }

            documents[c]++;
            foreach (var stem in body.StemCounts.Keys)
            {
                if (!counts.TryGetValue(stem, out var perClass))
                {
                    counts[stem] = perClass = new int[Classes];
                }

                perClass[c]++;
            }
        }

        var total = documents.Sum();
        var ratios = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (stem, perClass) in counts)
        {
            var seen = perClass.Sum();
            if (seen < MinimumBodies)
            {
                continue;
            }

            var ratio = new float[Classes];
            for (var c = 0; c < Classes; c++)
            {
                var inClass = (perClass[c] + Smoothing) / (documents[c] + (2 * Smoothing));
                var outside = (seen - perClass[c] + Smoothing) / (total - documents[c] + (2 * Smoothing));
                ratio[c] = MathF.Log(inClass / outside);
            }

            ratios[stem] = ratio;
        }

        return new StanceLexicon(ratios);
    }

    /// <summary>Mean ratio per class over the distinct content stems of words [start, end) of the document.</summary>
    public void Score(StanceDocument document, int start, int end, Span<float> scores, HashSet<string> seen)
    {
        scores.Clear();
        seen.Clear();
        var known = 0;
        for (var w = start; w < end; w++)
        {
            if (!document.IsContent[w] || !seen.Add(document.Stems[w]) || !Ratios.TryGetValue(document.Stems[w], out var ratio))
            {
                continue;
            }

            known++;
            for (var c = 0; c < Classes; c++)
            {
                scores[c] += ratio[c];
            }
        }

        if (known > 0)
        {
            for (var c = 0; c < Classes; c++)
            {
                scores[c] /= known;
            }
        }
    }
}
