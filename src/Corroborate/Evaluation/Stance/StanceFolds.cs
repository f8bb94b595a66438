using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>
/// Cross-validation folds. <see cref="ByBody"/> groups pairs by article body (headlines recur across its folds);
/// <see cref="ByClaim"/> keeps headlines AND bodies apart, as the official FNC-1 split does, so a fold's test pairs
/// are claims and articles the model never saw.
/// </summary>
internal static class StanceFolds
{
    /// <summary>
    /// The fold (0 … <paramref name="folds"/>-1) of each pair. Bodies are dealt, largest first with a seeded
    /// shuffle breaking ties, to the fold holding the fewest pairs so far, which keeps folds near equal in size.
    /// </summary>
    public static int[] ByBody(IReadOnlyList<string> bodyIds, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < bodyIds.Count; i++)
        {
            if (!groups.TryGetValue(bodyIds[i], out var members))
            {
                groups[bodyIds[i]] = members = [];
            }

            members.Add(i);
        }

        var bodies = groups.Keys.Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(bodies);
        var order = bodies.Select((id, position) => (id, position))
            .OrderByDescending(b => groups[b.id].Count).ThenBy(b => b.position).Select(b => b.id);
        var sizes = new int[folds];
        var assignment = new int[bodyIds.Count];
        foreach (var body in order)
        {
            var fold = 0;
            for (var f = 1; f < folds; f++)
            {
                if (sizes[f] < sizes[fold])
                {
                    fold = f;
                }
            }

            foreach (var pair in groups[body])
            {
                assignment[pair] = fold;
            }

            sizes[fold] += groups[body].Count;
        }

        return assignment;
    }

    /// <summary>
    /// Folds disjoint in headlines and in bodies. Headlines and bodies joined by a related pair (one claim and the
    /// articles about it) form a group; groups are dealt, largest first with a seeded shuffle breaking ties, to the
    /// fold with the fewest pairs. A pair is tested in fold k when its headline and body both belong to k, and
    /// trains fold k when neither does; an unrelated pair between two folds' groups serves neither.
    /// </summary>
    public static StanceClaimFolds ByClaim(IReadOnlyList<StancePair> pairs, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            if (!parent.TryGetValue(x, out var up))
            {
                parent[x] = x;
                return x;
            }

            if (up == x)
            {
                return x;
            }

            var root = Find(up);
            parent[x] = root;
            return root;
        }

        foreach (var pair in pairs)
        {
            var (h, b) = (Find("h:" + pair.Headline), Find("b:" + pair.BodyId));
            if (pair.Gold is { } gold && gold != StanceLabel.Unrelated && h != b)
            {
                // Union by name keeps the result independent of input order.
                if (string.CompareOrdinal(h, b) < 0)
                {
                    parent[b] = h;
                }
                else
                {
                    parent[h] = b;
                }
            }
        }

        var headlineGroup = pairs.Select(p => Find("h:" + p.Headline)).ToArray();
        var bodyGroup = pairs.Select(p => Find("b:" + p.BodyId)).ToArray();
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Count; i++)
        {
            sizes[headlineGroup[i]] = sizes.GetValueOrDefault(headlineGroup[i]) + 1;
            sizes.TryAdd(bodyGroup[i], 0);
        }

        var groups = sizes.Keys.Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(groups);
        var order = groups.Select((g, position) => (g, position)).OrderByDescending(x => sizes[x.g]).ThenBy(x => x.position).Select(x => x.g);
        var load = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in order)
        {
            var fold = 0;
            for (var f = 1; f < folds; f++)
            {
                if (load[f] < load[fold])
                {
                    fold = f;
                }
            }

            foldOf[group] = fold;
            load[fold] += sizes[group];
        }

        return new StanceClaimFolds(folds, [.. headlineGroup.Select(g => foldOf[g])], [.. bodyGroup.Select(g => foldOf[g])]);
    }
}
