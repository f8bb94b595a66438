namespace Corroborate.Corroboration.Stance;

/// <summary>
/// Cross-validation folds grouped by article body: every pair of one body lands in the same fold, so a model is
/// never tested on a body it saw in training (headlines do recur across folds, as they do in FNC-1's own split).
/// </summary>
public static class StanceFolds
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
}
