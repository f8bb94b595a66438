using System.Buffers;

namespace Corroborate.Corroboration;

/// <summary>
/// The average link between two clusters of sentences, as the claim aligner merges them. The mean is the sum of the
/// similarities of every cross pair over the number of pairs, summed in the order "each member of the first cluster, then
/// each member of the second" so the result is the very same number as comparing every pair, but only the pairs that
/// have a similarity are visited: through the sentences' neighbour lists, from the side with fewer neighbours, when that
/// is cheaper than looking up every pair. A 200-article story links thousands of times; comparing every sentence pair
/// of two clusters at each link made alignment grow faster than the square of the story.
/// </summary>
internal sealed class AverageLink
{
    private readonly SentenceSimilarities _similarity;
    private readonly int[] _cluster;
    private readonly List<int>[] _members;
    /// <summary>
    /// Every sentence's neighbours in one array, sentence i's from <see cref="_start"/>[i] to <see cref="_start"/>[i + 1], each
    /// list in the order the pairs were added (as a list per sentence grown pair by pair held them): a 200-article story has
    /// thousands of sentences and hundreds of thousands of pairs, and growing a list per sentence was a third of alignment.
    /// </summary>
    private (int Other, double Similarity)[] _neighbours;

    private readonly int[] _start;

    /// <summary>Each sentence's place in its cluster's member list (the order of the sum).</summary>
    private readonly int[] _position;

    /// <summary>Per cluster, the number of neighbours of all its members: the cost of visiting it.</summary>
    private readonly long[] _degree;

    private readonly List<(int A, int B, double Similarity)> _cross = [];

    /// <summary>Per cluster, how many times it has grown: a mean computed between two versions stands until either grows.</summary>
    private readonly int[] _version;

    /// <summary>Over pairs in a dictionary (its enumeration order is the order of the neighbour lists).</summary>
    public AverageLink(int count, Dictionary<(int, int), double> similarity, int[] cluster, List<int>[] members)
        : this(count, Table(similarity), cluster, members)
    {
    }

    /// <param name="similarity">Each pair once, first index lower; its order of addition is the order of the neighbour lists.</param>
    public AverageLink(int count, SentenceSimilarities similarity, int[] cluster, List<int>[] members)
    {
        _similarity = similarity;
        _cluster = cluster;
        _members = members;
        _position = new int[count];
        _degree = new long[count];
        _version = new int[count];
        var pairs = similarity.Pairs;
        foreach (var (a, b, _) in pairs)
        {
            _degree[a]++;
            _degree[b]++;
        }

        _start = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            _start[i + 1] = _start[i] + (int)_degree[i];
        }

        // Borrowed from the shared pool (megabytes in a large story, on the large-object heap each report); see ReturnBuffers.
        _neighbours = ArrayPool<(int, double)>.Shared.Rent(Math.Max(1, _start[count]));
        var next = _start[..count];
        foreach (var (a, b, value) in pairs)
        {
            _neighbours[next[a]++] = (b, value);
            _neighbours[next[b]++] = (a, value);
        }
    }

    /// <summary>The mean similarity of every pair across clusters <paramref name="a"/> and <paramref name="b"/> (pairs without one count 0).</summary>
    public double MeanSimilarity(int a, int b)
    {
        List<int> x = _members[a], y = _members[b];
        var pairs = (long)x.Count * y.Count;
        var total = 0.0;
        if (pairs <= Math.Min(_degree[a], _degree[b]))
        {
            foreach (var i in x)
            {
                foreach (var j in y)
                {
                    total += _similarity.Of(i, j);
                }
            }

            return total / pairs;
        }

        // Cross pairs found from the cheaper side, then summed in (first cluster, second cluster) member order.
        _cross.Clear();
        var fromA = _degree[a] <= _degree[b];
        foreach (var i in fromA ? x : y)
        {
            foreach (var (j, value) in _neighbours.AsSpan(_start[i], _start[i + 1] - _start[i]))
            {
                if (_cluster[j] == (fromA ? b : a))
                {
                    _cross.Add(fromA ? (_position[i], _position[j], value) : (_position[j], _position[i], value));
                }
            }
        }

        _cross.Sort(static (p, q) => p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
        foreach (var (_, _, value) in _cross)
        {
            total += value;
        }

        return total / pairs;
    }

    /// <summary>Gives the neighbour lists back to the shared pool: the links are done, and no mean is asked after this.</summary>
    public void ReturnBuffers()
    {
        ArrayPool<(int, double)>.Shared.Return(_neighbours);
        _neighbours = [];
    }

    private static SentenceSimilarities Table(Dictionary<(int, int), double> similarity)
    {
        var table = new SentenceSimilarities(similarity.Count);
        foreach (var ((a, b), value) in similarity)
        {
            table.Add(Math.Min(a, b), Math.Max(a, b), value);
        }

        return table;
    }

    /// <summary>How many times cluster <paramref name="cluster"/> has changed (its mean with another is the same while neither does).</summary>
    public int Version(int cluster) => _version[cluster];

    /// <summary>Moves every member of <paramref name="gone"/> to the end of <paramref name="keep"/>.</summary>
    public void Merge(int keep, int gone)
    {
        var offset = _members[keep].Count;
        foreach (var m in _members[gone])
        {
            _cluster[m] = keep;
            _position[m] += offset;
        }

        _members[keep].AddRange(_members[gone]);
        _members[gone].Clear();
        _degree[keep] += _degree[gone];
        _degree[gone] = 0;
        _version[keep]++;
        _version[gone]++;
    }
}
