namespace Corroborate.Clustering;

/// <summary>A unit-length sparse vector: parallel arrays of feature ids and weights, ordered by descending weight.</summary>
internal sealed class SparseVector
{
    public static SparseVector Empty { get; } = new([], []);

    public SparseVector(int[] ids, float[] weights)
    {
        Ids = ids;
        Weights = weights;
    }

    public int[] Ids { get; }

    public float[] Weights { get; }

    public bool IsEmpty => Ids.Length == 0;

    /// <summary>Weights each counted feature by (1 + ln tf) × idf, normalises to unit length and sorts by weight.</summary>
    public static SparseVector FromCounts(Dictionary<int, int> counts, Vocabulary vocabulary)
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        var ids = new int[counts.Count];
        var weights = new float[counts.Count];
        var i = 0;
        var normSquared = 0.0;
        foreach (var (id, count) in counts)
        {
            var weight = (1.0 + Math.Log(count)) * vocabulary.InverseDocumentFrequency(id);
            ids[i] = id;
            weights[i] = (float)weight;
            normSquared += weight * weight;
            i++;
        }

        var scale = (float)(1.0 / Math.Sqrt(normSquared));
        for (i = 0; i < weights.Length; i++)
        {
            weights[i] *= scale;
        }

        // Descending weight, then id, so that "top k" is a prefix and ties do not depend on hash order.
        Array.Sort(weights, ids, DescendingWeight.Instance);
        return new SparseVector(ids, weights);
    }

    private sealed class DescendingWeight : IComparer<float>
    {
        public static readonly DescendingWeight Instance = new();

        public int Compare(float x, float y) => y.CompareTo(x);
    }
}
