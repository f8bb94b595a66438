using System.Buffers;

namespace Corroborate.Corroboration;

/// <summary>
/// The aligner's similarities of a story's sentence pairs (those it keeps, ≥ a weak floor), by index: an open-addressing
/// table keyed by the pair packed in one number, read by the average link and, many times per pair of values, by the
/// comparison of values across the story (a busy key of a 200-article story asks for tens of thousands of pairs, most of
/// them absent). A dictionary keyed by a tuple of two ints was most of that comparison's own time. Pairs are kept in the
/// order they were added too, for whoever must visit them in that order (the average link's neighbour lists).
/// <para>
/// Its arrays (megabytes in a large story) are borrowed from the shared pool: allocated fresh for every report they went to
/// the large-object heap, and the full collections they brought on landed in the stages after (the stance column of the
/// bench rose by what the comparison of values saved). Whoever knows the table is no longer read gives them back
/// (<see cref="Return"/>); a table never given back is simply collected.
/// </para>
/// </summary>
internal sealed class SentenceSimilarities
{
    private long[] _keys;
    private double[] _values;
    private readonly int _shift;
    private readonly int _mask;
    private (int A, int B, double Similarity)[]? _added;

    /// <param name="capacity">At most this many pairs will be added.</param>
    public SentenceSimilarities(int capacity)
    {
        // A power of two at least twice the pairs: a probe rarely goes past its first or second slot.
        var size = 16;
        while (size < 2L * capacity)
        {
            size <<= 1;
        }

        _keys = ArrayPool<long>.Shared.Rent(size);
        // A borrowed array holds what its last user left: every slot of the table starts empty (0).
        Array.Clear(_keys, 0, size);
        _values = ArrayPool<double>.Shared.Rent(size);
        _mask = size - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        _added = ArrayPool<(int, int, double)>.Shared.Rent(Math.Max(1, capacity));
    }

    /// <summary>How many pairs were added.</summary>
    public int Count { get; private set; }

    /// <summary>The pairs in the order they were added (until <see cref="ForgetOrder"/>).</summary>
    public ReadOnlySpan<(int A, int B, double Similarity)> Pairs =>
        _added is { } added ? added.AsSpan(0, Count) : throw new InvalidOperationException("the order of the pairs was let go");

    /// <summary>
    /// Lets the order of addition go once whoever needed it has read it (the average link, at its start): the table lives on
    /// through the comparison of values, and a 200-article story's pairs in order are megabytes.
    /// </summary>
    public void ForgetOrder()
    {
        if (_added is { } added)
        {
            ArrayPool<(int, int, double)>.Shared.Return(added);
            _added = null;
        }
    }

    /// <summary>Gives the table's arrays back to the shared pool: nothing may read the table after this.</summary>
    public void Return()
    {
        ForgetOrder();
        ArrayPool<long>.Shared.Return(_keys);
        ArrayPool<double>.Shared.Return(_values);
        // A read after this fails loudly rather than reading another table's pairs.
        (_keys, _values) = ([], []);
    }

    /// <summary>Adds a pair not yet in the table, <paramref name="a"/> &lt; <paramref name="b"/>.</summary>
    public void Add(int a, int b, double similarity)
    {
        var key = Key(a, b);
        var slot = Slot(key);
        while (_keys[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        _values[slot] = similarity;
        (_added ?? throw new InvalidOperationException("the order of the pairs was let go"))[Count++] = (a, b, similarity);
    }

    /// <summary>The similarity of sentences <paramref name="a"/> and <paramref name="b"/> in either order: 1 for one sentence, 0 for a pair not kept.</summary>
    public double Of(int a, int b)
    {
        if (a == b)
        {
            return 1;
        }

        var key = a < b ? Key(a, b) : Key(b, a);
        var slot = Slot(key);
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _values[slot];
            }

            if (found == 0)
            {
                return 0;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Never 0 for a pair a &lt; b (b is at least 1), so 0 marks an empty slot.</summary>
    private static long Key(int a, int b) => ((long)a << 32) | (uint)b;

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}
