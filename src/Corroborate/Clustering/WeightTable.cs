using System.Numerics;

namespace Corroborate.Clustering;

/// <summary>
/// Feature id → weight in an open-addressing table (linear probing, Fibonacci hashing, at most half full, deletion by
/// backward shift): a <see cref="Centroid"/>'s weights again, for the dot products that score every candidate story, where
/// a look-up in the dictionary (which the centroid keeps for its order of enumeration) cost several times more.
/// </summary>
internal sealed class WeightTable
{
    private const int Empty = -1;

    private int[] _ids = [];
    private float[] _weights = [];
    private int _shift;
    private int _count;

    public bool TryGetValue(int id, out float weight)
    {
        if (_count > 0)
        {
            var mask = _ids.Length - 1;
            for (var slot = Slot(id); ; slot = (slot + 1) & mask)
            {
                var found = _ids[slot];
                if (found == id)
                {
                    weight = _weights[slot];
                    return true;
                }

                if (found == Empty)
                {
                    break;
                }
            }
        }

        weight = 0;
        return false;
    }

    public void Set(int id, float weight)
    {
        if ((_count + 1) * 2 > _ids.Length)
        {
            Grow();
        }

        var mask = _ids.Length - 1;
        var slot = Slot(id);
        while (_ids[slot] != id && _ids[slot] != Empty)
        {
            slot = (slot + 1) & mask;
        }

        if (_ids[slot] == Empty)
        {
            _ids[slot] = id;
            _count++;
        }

        _weights[slot] = weight;
    }

    public void Remove(int id)
    {
        if (_count == 0)
        {
            return;
        }

        var mask = _ids.Length - 1;
        var hole = Slot(id);
        while (_ids[hole] != id)
        {
            if (_ids[hole] == Empty)
            {
                return;
            }

            hole = (hole + 1) & mask;
        }

        // Backward shift: every later entry of the run that may sit in the hole moves into it, so no probe stops early.
        for (var next = (hole + 1) & mask; _ids[next] != Empty; next = (next + 1) & mask)
        {
            var home = Slot(_ids[next]);
            var stays = hole <= next ? home > hole && home <= next : home > hole || home <= next;
            if (!stays)
            {
                _ids[hole] = _ids[next];
                _weights[hole] = _weights[next];
                hole = next;
            }
        }

        _ids[hole] = Empty;
        _count--;
    }

    public void Clear()
    {
        Array.Fill(_ids, Empty);
        _count = 0;
    }

    private void Grow()
    {
        var (ids, weights) = (_ids, _weights);
        var capacity = Math.Max(16, ids.Length * 2);
        _shift = 32 - BitOperations.Log2((uint)capacity);
        _ids = new int[capacity];
        _weights = new float[capacity];
        Array.Fill(_ids, Empty);
        _count = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] != Empty)
            {
                Set(ids[i], weights[i]);
            }
        }
    }

    /// <summary>Fibonacci hashing: ids are dense and sequential, so their low bits alone would cluster.</summary>
    private int Slot(int id) => (int)(((uint)id * 2654435769u) >> _shift);
}
