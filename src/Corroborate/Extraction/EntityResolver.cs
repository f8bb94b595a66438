using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Merges the mentions of a story's articles into entities: places by gazetteer country or place,
/// organisations by name (and an acronym to its long form), people by <see cref="NameMatcher"/> over
/// full names, then one-word mentions and social handles to the person the context names. A bare
/// "Castro" goes to the Castro last named in the same article before it, else the one that article
/// names most. Unknown names become people only when they join a person; the rest are dropped, so
/// nothing is typed by guesswork alone.
/// </summary>
public sealed class EntityResolver(Gazetteer gazetteer)
{
    public EntityResolver() : this(Gazetteer.Default)
    {
    }

    public EntityResolution Resolve(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story)
    {
        var all = new List<Node>();
        for (var a = 0; a < story.Count; a++)
        {
            for (var m = 0; m < story[a].Mentions.Length; m++)
            {
                if (!story[a].Mentions[m].IsRoleOnly)
                {
                    all.Add(new Node(story[a].Article.Id, a, m, story[a].Mentions[m]));
                }
            }
        }

        var clusters = new List<Cluster>();
        ClusterPlaces(all, clusters);
        ClusterOrganisations(all, clusters);
        ClusterPeople(all, clusters);
        AttachSingleWords(all, clusters);
        return Build(clusters);
    }

    private static void ClusterPlaces(List<Node> all, List<Cluster> clusters)
    {
        foreach (var group in all.Where(n => n.Mention.Type == EntityType.Place).GroupBy(PlaceKey))
        {
            clusters.Add(new Cluster(EntityType.Place, [.. group]));
        }

        static string PlaceKey(Node n) =>
            n.Mention.PlaceKind is PlaceKind.Country or PlaceKind.Demonym && n.Mention.CountryCode is { } code
                ? "country:" + code
                : "place:" + n.Mention.Key;
    }

    private static void ClusterOrganisations(List<Node> all, List<Cluster> clusters)
    {
        var organisations = all.Where(n => n.Mention.Type == EntityType.Organisation).GroupBy(n => n.Mention.Key).Select(g => new Cluster(EntityType.Organisation, [.. g])).ToList();
        // An acronym joins the long form whose initials it spells ("CIGB" → Center for Genetic Engineering and Biotechnology).
        foreach (var acronym in organisations.Where(c => c.Nodes[0].Mention.Text.All(ch => char.IsUpper(ch) || ch == '.')).ToList())
        {
            var letters = acronym.Nodes[0].Mention.Key.Replace(" ", "", StringComparison.Ordinal);
            var match = organisations.Where(c => c != acronym && Initials(c.Nodes[0].Mention.Text) == letters).ToList();
            if (match.Count == 1)
            {
                match[0].Nodes.AddRange(acronym.Nodes);
                organisations.Remove(acronym);
            }
        }

        clusters.AddRange(organisations);

        static string Initials(string name) =>
            string.Concat(name.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));
    }

    private static void ClusterPeople(List<Node> all, List<Cluster> clusters)
    {
        var multi = all.Where(n => n.Mention.Type is EntityType.Person or EntityType.Unknown && !n.Mention.IsHandle && n.Tokens.Length >= 2).ToList();
        var keys = multi.Select(n => n.Mention.Key).Distinct().ToList();
        var tokens = keys.ToDictionary(k => k, k => k.Split(' '));
        var parent = keys.ToDictionary(k => k, k => k);
        string Find(string k) => parent[k] == k ? k : parent[k] = Find(parent[k]);
        var personKeys = multi.Where(n => n.Mention.Type == EntityType.Person).Select(n => n.Mention.Key).ToHashSet();

        // Only names seen as people seed clusters; an unknown name may join one but never bridge two.
        foreach (var a in keys.Where(personKeys.Contains))
        {
            foreach (var b in keys.Where(personKeys.Contains))
            {
                if (string.CompareOrdinal(a, b) < 0 && NameMatcher.Compatible(tokens[a], tokens[b]))
                {
                    parent[Find(a)] = Find(b);
                }
            }
        }

        foreach (var unknown in keys.Where(k => !personKeys.Contains(k)))
        {
            var roots = personKeys.Where(p => NameMatcher.Compatible(tokens[unknown], tokens[p])).Select(Find).Distinct().ToList();
            if (roots.Count == 1)
            {
                parent[unknown] = roots[0];
            }
        }

        foreach (var group in multi.GroupBy(n => Find(n.Mention.Key)))
        {
            if (group.Any(n => n.Mention.Type == EntityType.Person))
            {
                clusters.Add(new Cluster(EntityType.Person, [.. group]));
            }
        }
    }

    private static void AttachSingleWords(List<Node> all, List<Cluster> clusters)
    {
        var people = clusters.Where(c => c.Type == EntityType.Person).ToList();
        var singles = all.Where(n => n.Mention.Type is EntityType.Person or EntityType.Unknown && (n.Tokens.Length == 1 || n.Mention.IsHandle)).ToList();
        var unresolvedWithRole = new Dictionary<string, Cluster>();
        foreach (var single in singles)
        {
            var candidates = people.Where(c => c.Keys.Any(k => single.Mention.IsHandle
                ? NameMatcher.HandleMatches(single.Mention.Key.Replace(" ", "", StringComparison.Ordinal), k)
                : NameMatcher.SurnameMatches(single.Mention.Key, k))).ToList();
            var chosen = candidates.Count switch
            {
                0 => null,
                1 => candidates[0],
                _ => single.Mention.IsHandle ? null : ByContext(single, candidates),
            };
            if (chosen is not null)
            {
                chosen.Nodes.Add(single);
            }
            else if (single.Mention.Type == EntityType.Person && !single.Mention.IsHandle)
            {
                // "President Raisi" with no full name anywhere in the story is still a person.
                if (!unresolvedWithRole.TryGetValue(single.Mention.Key, out var own))
                {
                    own = new Cluster(EntityType.Person, []);
                    unresolvedWithRole[single.Mention.Key] = own;
                    clusters.Add(own);
                }

                own.Nodes.Add(single);
            }
        }
    }

    /// <summary>The candidate last named before this mention in its article; else the one its article names most.</summary>
    private static Cluster? ByContext(Node single, List<Cluster> candidates)
    {
        var before = candidates
            .Select(c => (Cluster: c, Last: c.Nodes.Where(n => n.ArticleIndex == single.ArticleIndex && n.Mention.Span.Start < single.Mention.Span.Start && n.Tokens.Length >= 2)
                .Select(n => n.Mention.Span.Start).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .ToList();
        if (before.Count > 0)
        {
            return before[0].Cluster;
        }

        var counts = candidates.Select(c => (Cluster: c, Count: c.Nodes.Count(n => n.ArticleIndex == single.ArticleIndex))).OrderByDescending(x => x.Count).ToList();
        return counts[0].Count > 0 && (counts.Count == 1 || counts[1].Count < counts[0].Count) ? counts[0].Cluster : null;
    }

    private EntityResolution Build(List<Cluster> clusters)
    {
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var map = ImmutableDictionary.CreateBuilder<(string, TextSpan), string>();
        foreach (var cluster in clusters.Where(c => c.Nodes.Count > 0))
        {
            var name = CanonicalName(cluster);
            var id = "E" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cluster.Type + ":" + NameKey.Of(name))))[..10];
            var nodes = cluster.Nodes.OrderBy(n => n.ArticleIndex).ThenBy(n => n.Mention.Span.Start).ToList();
            var attributes = ImmutableArray.CreateBuilder<EntityAttribute>();
            foreach (var node in nodes)
            {
                if (node.Mention.Role is { } role && node.Mention.RoleSpan is { } roleSpan)
                {
                    attributes.Add(new EntityAttribute("role", role, node.ArticleId, roleSpan));
                    if (node.Mention.RoleKind is { } kind && kind != "honorific")
                    {
                        attributes.Add(new EntityAttribute("roleKind", kind, node.ArticleId, roleSpan));
                    }
                }

                if (cluster.Type == EntityType.Person && node.Mention.CountryCode is { } country && node.Mention.RoleSpan is { } span)
                {
                    attributes.Add(new EntityAttribute("country", country, node.ArticleId, span));
                }
            }

            var countryCode = cluster.Type == EntityType.Place
                ? nodes.Select(n => n.Mention.CountryCode).FirstOrDefault(c => c is not null)
                : attributes.Where(a => a.Name == "country").GroupBy(a => a.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            entities.Add(new Entity(
                id,
                name,
                cluster.Type,
                [.. nodes.Select(n => n.Mention.Text).Distinct(StringComparer.Ordinal)],
                [.. nodes.Select(n => new EntityMentionRef(n.ArticleId, n.Mention.Span, n.Mention.Text))],
                [.. nodes.Select(n => n.ArticleId).Distinct(StringComparer.Ordinal)],
                attributes.ToImmutable(),
                countryCode));
            foreach (var node in nodes)
            {
                map[(node.ArticleId, node.Mention.Span)] = id;
            }
        }

        return new EntityResolution([.. entities.OrderByDescending(e => e.Mentions.Length).ThenBy(e => e.Name, StringComparer.Ordinal)], map.ToImmutable());
    }

    /// <summary>
    /// The name to show: for a country, the gazetteer's; otherwise the most frequent of the longest-seen
    /// full forms, written as the text writes it (accents kept, machine-translation damage outvoted).
    /// </summary>
    private string CanonicalName(Cluster cluster)
    {
        var nodes = cluster.Nodes;
        if (cluster.Type == EntityType.Place && nodes.FirstOrDefault(n => n.Mention.PlaceKind is PlaceKind.Country or PlaceKind.Demonym) is { Mention.CountryCode: { } code }
            && gazetteer.Country(code) is { } country)
        {
            return country.CanonicalName;
        }

        var candidates = nodes.Where(n => !n.Mention.IsHandle).ToList();
        if (candidates.Count == 0)
        {
            return nodes[0].Mention.Text;
        }

        var maxTokens = candidates.Max(n => n.Tokens.Length);
        var pool = candidates.Where(n => n.Tokens.Length >= Math.Min(maxTokens, 2)).ToList();
        // A full form is supported by every mention whose words it contains exactly: the many bare
        // "Milei" mentions outvote a one-off "Javier Miliei".
        int Support(string key)
        {
            var words = key.Split(' ');
            return nodes.Count(n => n.Tokens.All(t => words.Contains(t)));
        }

        return pool.GroupBy(n => n.Mention.Key)
            .OrderByDescending(g => Support(g.Key))
            .ThenByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .First()
            .GroupBy(n => n.Mention.Text)
            .OrderByDescending(g => g.Count(n => n.Mention.Text.Any(c => c > 127)))
            .ThenByDescending(g => g.Count())
            .First().Key;
    }

    private sealed record Node(string ArticleId, int ArticleIndex, int MentionIndex, EntityMention Mention)
    {
        public string[] Tokens { get; } = Mention.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed class Cluster(EntityType type, List<Node> nodes)
    {
        public EntityType Type { get; } = type;

        public List<Node> Nodes { get; } = nodes;

        public IEnumerable<string[]> Keys => Nodes.Where(n => n.Tokens.Length >= 2 && !n.Mention.IsHandle).Select(n => n.Tokens);
    }
}
