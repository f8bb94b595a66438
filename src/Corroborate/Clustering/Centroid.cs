namespace Corroborate.Clustering;

/// <summary>
/// Sum of the unit vectors of a story's originals. Its squared norm is kept up to date on each add
/// (|c+v|² = |c|² + 2c·v + |v|²), so a cosine costs one pass over the article's features.
/// </summary>
internal sealed class Centroid
{
    private readonly Dictionary<int, float> _weights = [];
    private double _normSquared;

    public IReadOnlyDictionary<int, float> Weights => _weights;

    /// <summary>Cosine between <paramref name="vector"/> (unit length) and this centroid; 0 when either is empty.</summary>
    public double Cosine(SparseVector vector)
    {
        if (_normSquared <= 0 || vector.IsEmpty)
        {
            return 0;
        }

        return Dot(vector) / Math.Sqrt(_normSquared);
    }

    public void Add(SparseVector vector)
    {
        var dot = Dot(vector);
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            var id = vector.Ids[i];
            _weights[id] = _weights.GetValueOrDefault(id) + vector.Weights[i];
        }

        _normSquared += (2 * dot) + (vector.IsEmpty ? 0 : 1);
    }

    private double Dot(SparseVector vector)
    {
        var dot = 0.0;
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            if (_weights.TryGetValue(vector.Ids[i], out var weight))
            {
                dot += weight * vector.Weights[i];
            }
        }

        return dot;
    }
}
