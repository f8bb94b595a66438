namespace Corroborate.Clustering;

/// <summary>
/// Two-way cuts of a story's originals by their pair scores (a symmetric matrix, indices in arrival order), for the split
/// re-check of <see cref="StoryClusterer"/>. Deterministic: fixed orders, ties to the earlier index.
/// </summary>
internal static class StoryCut
{
    /// <summary>Power iterations for the second eigenvector: the matrices are at most a few dozen originals wide.</summary>
    private const int Iterations = 300;

    /// <summary>Largest change of any entry of the unit vector below which the power iteration stops early.</summary>
    private const double Converged = 1e-10;

    /// <summary>
    /// The last two groups of average-link agglomeration (the similarity of two groups is the mean pair score across
    /// them). It tends to leave one loosely fitting original alone as the last group.
    /// </summary>
    public static (List<int> A, List<int> B)? AverageLink(double[,] pair, int n)
    {
        // A group lives in the slot of its first original; merging two, the later slot empties.
        var groups = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        var sums = (double[,])pair.Clone();
        for (var left = n; left > 2; left--)
        {
            var (bi, bj, best) = (-1, -1, double.NegativeInfinity);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n && groups[i].Count > 0; j++)
                {
                    if (groups[j].Count > 0 && sums[i, j] / (groups[i].Count * groups[j].Count) is var link && link > best)
                    {
                        (bi, bj, best) = (i, j, link);
                    }
                }
            }

            groups[bi].AddRange(groups[bj]);
            groups[bj].Clear();
            for (var k = 0; k < n; k++)
            {
                sums[bi, k] += sums[bj, k];
                sums[k, bi] = sums[bi, k];
            }
        }

        var parts = groups.Where(g => g.Count > 0).ToArray();
        return parts.Length == 2 ? (parts[0], parts[1]) : null;
    }

    /// <summary>
    /// The two groups, each of at least <paramref name="minimumPart"/>, with the lowest normalized cut (the pair scores
    /// across, divided by each group's total pair score, summed over both groups), from the sweep along the second
    /// eigenvector of the degree-normalized pair-score matrix (spectral bisection). Unlike average link it does not leave
    /// one outlier alone: a group of one loosely fitting original has a cut as large as its whole total. Null when an
    /// original scores 0 with every other (it has no place in either group) or no cut leaves both groups big enough.
    /// </summary>
    public static (List<int> A, List<int> B)? Normalized(double[,] pair, int n, int minimumPart)
    {
        var degree = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                degree[i] += i == j ? 0 : Math.Max(0, pair[i, j]);
            }

            if (degree[i] <= 0)
            {
                return null;
            }
        }

        // M = D^-1/2 W D^-1/2 has its top eigenvector (eigenvalue 1) along sqrt(degree); the second comes from iterating
        // M + I (eigenvalues 0..2, so the iteration converges to the largest) on the complement of the top one.
        var top = new double[n];
        var norm = Math.Sqrt(degree.Sum());
        for (var i = 0; i < n; i++)
        {
            top[i] = Math.Sqrt(degree[i]) / norm;
        }

        var normalized = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                normalized[i, j] = i == j ? 1 : Math.Max(0, pair[i, j]) / Math.Sqrt(degree[i] * degree[j]);
            }
        }

        // A fixed start that is not orthogonal to any cut by symmetry: arrival rank, centred, with a small ripple.
        var v = new double[n];
        for (var i = 0; i < n; i++)
        {
            v[i] = i - ((n - 1) / 2.0) + (0.1 * (i % 3));
        }

        var next = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var along = 0.0;
            for (var i = 0; i < n; i++)
            {
                along += v[i] * top[i];
            }

            var length = 0.0;
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    sum += normalized[i, j] * (v[j] - (along * top[j]));
                }

                next[i] = sum;
                length += sum * sum;
            }

            if (length <= 0)
            {
                return null;
            }

            length = Math.Sqrt(length);
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                change = Math.Max(change, Math.Abs((next[i] / length) - v[i]));
                v[i] = next[i] / length;
            }

            // Converged: the order along the vector, all the sweep reads, no longer moves.
            if (change < Converged)
            {
                break;
            }
        }

        // Sweep: every cut of the originals sorted along the eigenvector (scaled back by D^-1/2), the lowest normalized cut.
        var order = Enumerable.Range(0, n).OrderBy(i => v[i] / Math.Sqrt(degree[i])).ThenBy(i => i).ToArray();
        var total = degree.Sum();
        var (bestCut, bestSize) = (double.PositiveInfinity, -1);
        for (var size = Math.Max(1, minimumPart); size <= n - Math.Max(1, minimumPart); size++)
        {
            double cut = 0, volume = 0;
            for (var x = 0; x < size; x++)
            {
                volume += degree[order[x]];
                for (var y = size; y < n; y++)
                {
                    cut += Math.Max(0, pair[order[x], order[y]]);
                }
            }

            var value = (cut / volume) + (cut / (total - volume));
            if (value < bestCut)
            {
                (bestCut, bestSize) = (value, size);
            }
        }

        return bestSize < 0 ? null : ([.. order.Take(bestSize).Order()], [.. order.Skip(bestSize).Order()]);
    }

    /// <summary>Mean pair score across the two groups.</summary>
    public static double Between(double[,] pair, List<int> a, List<int> b)
    {
        var total = 0.0;
        foreach (var i in a)
        {
            foreach (var j in b)
            {
                total += pair[i, j];
            }
        }

        return total / (a.Count * b.Count);
    }

    /// <summary>Mean pair score within a group; a group of one holds together by definition.</summary>
    public static double Within(double[,] pair, List<int> group)
    {
        if (group.Count < 2)
        {
            return double.PositiveInfinity;
        }

        var total = 0.0;
        foreach (var i in group)
        {
            foreach (var j in group)
            {
                total += i < j ? pair[i, j] : 0;
            }
        }

        return total / (group.Count * (group.Count - 1) / 2);
    }
}
