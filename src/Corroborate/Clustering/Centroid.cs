namespace Corroborate.Clustering;

/// <summary>
/// Sum of the unit vectors of a story's originals. Its squared norm is kept up to date on each add
/// (|c+v|² = |c|² + 2c·v + |v|²), so a cosine costs one pass over the article's features. The number of
/// non-empty vectors added is kept too, so that the sum also gives the average pairwise cosine between two
/// stories (c₁·c₂ / (n₁n₂)), which unlike the centroid cosine does not grow with the stories' sizes.
/// </summary>
internal sealed class Centroid
{
    private readonly Dictionary<int, float> _weights = [];

    /// <summary>The same weights for <see cref="Dot"/>'s look-ups (the dictionary keeps the order they are enumerated in).</summary>
    private readonly WeightTable _lookup = new();
    private double _normSquared;

    public IReadOnlyDictionary<int, float> Weights => _weights;

    /// <summary>Non-empty vectors added (merged centroids count theirs).</summary>
    public int Count { get; private set; }

    /// <summary>Cosine between <paramref name="vector"/> (unit length) and this centroid; 0 when either is empty.</summary>
    public double Cosine(SparseVector vector)
    {
        if (_normSquared <= 0 || vector.IsEmpty)
        {
            return 0;
        }

        return Dot(vector) / Math.Sqrt(_normSquared);
    }

    /// <summary>
    /// Mean cosine over all pairs of one vector of this centroid and one of <paramref name="other"/>;
    /// null when either has none (no evidence either way).
    /// </summary>
    public double? AveragePairCosine(Centroid other)
    {
        if (Count == 0 || other.Count == 0)
        {
            return null;
        }

        var (small, large) = _weights.Count <= other._weights.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (id, weight) in small._weights)
        {
            if (large._weights.TryGetValue(id, out var otherWeight))
            {
                dot += (double)weight * otherWeight;
            }
        }

        return dot / ((double)Count * other.Count);
    }

    public void Add(SparseVector vector)
    {
        var dot = Dot(vector);
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            var id = vector.Ids[i];
            var weight = _weights.GetValueOrDefault(id) + vector.Weights[i];
            _weights[id] = weight;
            _lookup.Set(id, weight);
        }

        _normSquared += (2 * dot) + (vector.IsEmpty ? 0 : 1);
        Count += vector.IsEmpty ? 0 : 1;
    }

    /// <summary>
    /// Cosine between <paramref name="vector"/>, one of the vectors added, and this centroid without it: how
    /// well a member fits the rest of its story. 0 when it is the only one (or empty).
    /// </summary>
    public double CosineWithout(SparseVector vector)
    {
        if (vector.IsEmpty || Count <= 1)
        {
            return 0;
        }

        var dot = Dot(vector);
        var rest = _normSquared - (2 * dot) + 1;
        return rest <= 1e-9 ? 0 : (dot - 1) / Math.Sqrt(rest);
    }

    /// <summary>Takes out a vector added before (an article moving to another story).</summary>
    public void Remove(SparseVector vector)
    {
        if (vector.IsEmpty)
        {
            return;
        }

        for (var i = 0; i < vector.Ids.Length; i++)
        {
            var id = vector.Ids[i];
            var left = _weights[id] - vector.Weights[i];
            if (Math.Abs(left) < 1e-6f)
            {
                _weights.Remove(id);
                _lookup.Remove(id);
            }
            else
            {
                _weights[id] = left;
                _lookup.Set(id, left);
            }
        }

        // |c − v|² = |c|² − 2c·v + |v|², with c·v taken after the removal: |c'|² = |c|² − 2c'·v − 1.
        _normSquared = Math.Max(0, _normSquared - (2 * Dot(vector)) - 1);
        Count--;
        if (Count == 0)
        {
            _weights.Clear();
            _lookup.Clear();
            _normSquared = 0;
        }
    }

    /// <summary>Adds every vector of <paramref name="other"/>, as if its articles had joined this one.</summary>
    public void Add(Centroid other)
    {
        var dot = 0.0;
        foreach (var (id, weight) in other._weights)
        {
            if (_weights.TryGetValue(id, out var mine))
            {
                dot += (double)weight * mine;
            }
        }

        foreach (var (id, weight) in other._weights)
        {
            var sum = _weights.GetValueOrDefault(id) + weight;
            _weights[id] = sum;
            _lookup.Set(id, sum);
        }

        _normSquared += (2 * dot) + other._normSquared;
        Count += other.Count;
    }

    private double Dot(SparseVector vector)
    {
        var dot = 0.0;
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            if (_lookup.TryGetValue(vector.Ids[i], out var weight))
            {
                dot += weight * vector.Weights[i];
            }
        }

        return dot;
    }
}
