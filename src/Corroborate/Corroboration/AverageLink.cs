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
    private readonly Dictionary<(int, int), double> _similarity;
    private readonly int[] _cluster;
    private readonly List<int>[] _members;
    private readonly List<(int Other, double Similarity)>[] _neighbours;

    /// <summary>Each sentence's place in its cluster's member list (the order of the sum).</summary>
    private readonly int[] _position;

    /// <summary>Per cluster, the number of neighbours of all its members: the cost of visiting it.</summary>
    private readonly long[] _degree;

    private readonly List<(int A, int B, double Similarity)> _cross = [];

    /// <summary>Per cluster, how many times it has grown: a mean computed between two versions stands until either grows.</summary>
    private readonly int[] _version;

    public AverageLink(int count, Dictionary<(int, int), double> similarity, int[] cluster, List<int>[] members)
    {
        _similarity = similarity;
        _cluster = cluster;
        _members = members;
        _neighbours = new List<(int, double)>[count];
        _position = new int[count];
        _degree = new long[count];
        _version = new int[count];
        for (var i = 0; i < count; i++)
        {
            _neighbours[i] = [];
        }

        foreach (var ((a, b), value) in similarity)
        {
            _neighbours[a].Add((b, value));
            _neighbours[b].Add((a, value));
        }

        for (var i = 0; i < count; i++)
        {
            _degree[i] = _neighbours[i].Count;
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
                    total += _similarity.GetValueOrDefault(i < j ? (i, j) : (j, i));
                }
            }

            return total / pairs;
        }

        // Cross pairs found from the cheaper side, then summed in (first cluster, second cluster) member order.
        _cross.Clear();
        var fromA = _degree[a] <= _degree[b];
        foreach (var i in fromA ? x : y)
        {
            foreach (var (j, value) in _neighbours[i])
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
