using System.Numerics;

namespace Corroborate.Clustering;

/// <summary>
/// One member's feature vector as a look-up table, for scoring it against one article alone (a pair its story's
/// <see cref="MemberPostings"/> would score only together with every other member). An open-addressing table instead of a
/// <see cref="Centroid"/>'s dictionary: the same products summed in the same order, so the same cosine to the bit, found
/// in fewer steps. Never changes after it is built.
/// </summary>
internal sealed class MemberVector
{
    private const int Empty = -1;

    private readonly int[] _ids;
    private readonly float[] _weights;
    private readonly int _shift;

    public MemberVector(SparseVector vector)
    {
        IsEmpty = vector.IsEmpty;
        // At most a quarter full: a miss (most lookups) ends at the first empty slot, usually at once.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, vector.Ids.Length * 4));
        _shift = 32 - BitOperations.Log2((uint)capacity);
        _ids = new int[capacity];
        _weights = new float[capacity];
        Array.Fill(_ids, Empty);
        var mask = capacity - 1;
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            var slot = Slot(vector.Ids[i]);
            while (_ids[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            _ids[slot] = vector.Ids[i];
            _weights[slot] = vector.Weights[i];
        }
    }

    public bool IsEmpty { get; }

    /// <summary>
    /// Cosine with a unit <paramref name="vector"/>: exactly what a <see cref="Centroid"/> holding only this member's vector
    /// gives (its squared norm is then exactly 1, its weights exactly the vector's).
    /// </summary>
    public double Cosine(SparseVector vector)
    {
        if (IsEmpty || vector.IsEmpty)
        {
            return 0;
        }

        var mask = _ids.Length - 1;
        var dot = 0.0;
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            var id = vector.Ids[i];
            var slot = Slot(id);
            while (true)
            {
                var found = _ids[slot];
                if (found == id)
                {
                    dot += _weights[slot] * vector.Weights[i];
                    break;
                }

                if (found == Empty)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        // A one-vector centroid divides by √1: the dot itself.
        return dot;
    }

    /// <summary>Fibonacci hashing: ids are dense and sequential, so their low bits alone would cluster.</summary>
    private int Slot(int id) => (int)(((uint)id * 2654435769u) >> _shift);
}
