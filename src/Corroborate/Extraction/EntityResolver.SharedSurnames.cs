namespace Corroborate.Extraction;

/// <summary>A bare surname that several people of one article share ("Ortiz" beside Jerry, Chela and Rosa Ortiz).</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// Which person each bare surname stands for where its article names only one person with it in full: "Ortiz" in an
    /// article that names Deputy Jerry Ortiz and no other Ortiz. Null for a surname two such articles give to two people.
    /// </summary>
    private static Dictionary<string, Cluster?> UnambiguousSurnameUses(IEnumerable<(Node Single, List<Cluster> Candidates)> ambiguous)
    {
        var uses = new Dictionary<string, Cluster?>(StringComparer.Ordinal);
        foreach (var (single, candidates) in ambiguous)
        {
            var local = NamedInArticle(single, candidates);
            if (local.Count == 1)
            {
                uses[single.Mention.Key] = uses.TryGetValue(single.Mention.Key, out var known) && known != local[0] ? null : local[0];
            }
        }

        return uses;
    }

    /// <summary>
    /// "Ortiz" in an article that names the deputy Jerry Ortiz first, then his wife Chela Ortiz and his mother Rosa Ortiz:
    /// the deputy, when he is the one the story's other articles call "Ortiz" where he is the only Ortiz they name — the
    /// relatives named after him are written in full. Else null, and the nearest name before decides (<see cref="ByContext"/>:
    /// "Raul Castro met them. Castro praised…" when Raul is named first, whoever the other articles call Castro).
    /// </summary>
    private static Cluster? BySurnameUseElsewhere(Node single, List<Cluster> candidates, Dictionary<string, Cluster?> uses)
    {
        var local = NamedInArticle(single, candidates);
        if (local.Count < 2 || !uses.TryGetValue(single.Mention.Key, out var used) || used is null || !local.Contains(used))
        {
            return null;
        }

        var first = local.MinBy(c => c.Nodes.Where(n => n.ArticleIndex == single.ArticleIndex && n.Tokens.Length >= 2).Min(n => n.Mention.Span.Start));
        return first == used ? used : null;
    }

    private static List<Cluster> NamedInArticle(Node single, List<Cluster> candidates) =>
        candidates.Where(c => c.Nodes.Any(n => n.ArticleIndex == single.ArticleIndex && n.Tokens.Length >= 2)).ToList();
}
