using System.Numerics;

namespace Corroborate.Clustering;

/// <summary>
/// One kind of feature (terms, names, numbers, headline words) of the members a story compares, inverted: feature id →
/// the members that have it, with their weights. An article's dot product with every member then costs one look-up per
/// article feature for the whole story, where comparing member by member cost one per feature and member (most of the
/// story assigner's time: up to <see cref="StoryClusteringOptions.MaxMembersCompared"/> ×
/// <see cref="StoryClusteringOptions.MaxCandidates"/> members per kind and article).
/// <para>
/// Exact: each member's dot product adds the same float products (member weight × article weight), widened to double,
/// in the same order — the article's feature order — as a one-member <see cref="Centroid"/> of it sums them, so the same
/// cosine to the bit. An open-addressing table (Fibonacci hashing, at most a third full) with each id's members chained
/// through flat arrays; members are only added, or all cleared.
/// </para>
/// </summary>
internal sealed class MemberPostings
{
    private const int Empty = -1;

    private int[] _ids = [];
    private int[] _heads = [];
    private int _shift;
    private int _distinct;
    private int[] _member = [];
    private float[] _weight = [];
    private int[] _next = [];
    private int _entries;

    /// <summary>Forgets every member (the table keeps its size).</summary>
    public void Clear()
    {
        Array.Fill(_ids, Empty);
        _distinct = 0;
        _entries = 0;
    }

    /// <summary>Adds member number <paramref name="member"/> (its place among the story's compared members) with its vector.</summary>
    public void Add(int member, SparseVector vector)
    {
        Reserve(vector.Ids.Length);
        var mask = _ids.Length - 1;
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            var id = vector.Ids[i];
            var slot = Slot(id);
            while (_ids[slot] != id && _ids[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            if (_ids[slot] == Empty)
            {
                _ids[slot] = id;
                _heads[slot] = Empty;
                _distinct++;
            }

            var entry = _entries++;
            _member[entry] = member;
            _weight[entry] = vector.Weights[i];
            _next[entry] = _heads[slot];
            _heads[slot] = entry;
        }
    }

    /// <summary>
    /// Adds to <c>dots[m]</c> the dot product of <paramref name="vector"/> with member m, for every member (members without a
    /// shared feature get nothing added): what a one-member <see cref="Centroid"/>'s <see cref="Centroid.Cosine"/> gives for a
    /// unit member, when <paramref name="dots"/> starts at zero.
    /// </summary>
    public void Dots(SparseVector vector, Span<double> dots)
    {
        if (_distinct == 0)
        {
            return;
        }

        var ids = _ids;
        var mask = ids.Length - 1;
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            var id = vector.Ids[i];
            var slot = Slot(id);
            while (true)
            {
                var found = ids[slot];
                if (found == id)
                {
                    var weight = vector.Weights[i];
                    for (var entry = _heads[slot]; entry >= 0; entry = _next[entry])
                    {
                        dots[_member[entry]] += _weight[entry] * weight;
                    }

                    break;
                }

                if (found == Empty)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }
    }

    /// <summary>Room for <paramref name="incoming"/> more entries and as many more distinct ids, the table at most a third full.</summary>
    private void Reserve(int incoming)
    {
        if (_entries + incoming > _member.Length)
        {
            var size = Math.Max(16, Math.Max(_member.Length * 2, _entries + incoming));
            Array.Resize(ref _member, size);
            Array.Resize(ref _weight, size);
            Array.Resize(ref _next, size);
        }

        if ((_distinct + incoming) * 3 <= _ids.Length)
        {
            return;
        }

        var (oldIds, oldHeads) = (_ids, _heads);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (_distinct + incoming) * 4));
        _shift = 32 - BitOperations.Log2((uint)capacity);
        _ids = new int[capacity];
        _heads = new int[capacity];
        Array.Fill(_ids, Empty);
        var mask = capacity - 1;
        for (var old = 0; old < oldIds.Length; old++)
        {
            if (oldIds[old] == Empty)
            {
                continue;
            }

            var slot = Slot(oldIds[old]);
            while (_ids[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            _ids[slot] = oldIds[old];
            _heads[slot] = oldHeads[old];
        }
    }

    /// <summary>Fibonacci hashing: ids are dense and sequential, so their low bits alone would cluster.</summary>
    private int Slot(int id) => (int)(((uint)id * 2654435769u) >> _shift);
}
