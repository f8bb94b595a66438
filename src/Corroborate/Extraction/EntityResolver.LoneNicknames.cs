using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>A team's nickname written once, and a team's name without its city guessed to be a place.</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "the Omaha Herons" … "against the Herons last week": a one-word capitalised plural written only once (so nothing kept
    /// it), or a name of several words nothing typed ("the Red Sox will wait" beside "the Boston Red Sox"), that ends exactly
    /// one organisation of the story whose other words are a known place is that team, as <see cref="JoinTeamNames"/> does
    /// for nicknames the story kept. Two such teams ("Ohio Herons", "Texas Herons"), a word the gazetteer knows, a lone
    /// word that is no plural ("Heat" beside "Miami Heat"), or no team at all leave it out.
    /// </summary>
    private void JoinLoneTeamNicknames(List<Node> unattached, List<Cluster> clusters)
    {
        var kept = clusters.SelectMany(c => c.Nodes).Select(n => (n.ArticleIndex, n.MentionIndex)).ToHashSet();
        var organisations = clusters.Where(c => c.Type == EntityType.Organisation).ToList();
        foreach (var node in unattached.Where(n => !kept.Contains((n.ArticleIndex, n.MentionIndex)) && (n.Tokens.Length >= 2 || IsPluralWord(n.Mention.Text))))
        {
            if (gazetteer.Find(node.Mention.Text) is not null || EntityLexicon.Default.GivenNames.Contains(node.Mention.Text) || node.Mention.IsHandle)
            {
                continue;
            }

            var holders = organisations.Where(o => o.Nodes.Any(n => EndsPlaceNamedTeam(n, node.Tokens))).ToList();
            if (holders.Count == 1)
            {
                holders[0].Nodes.Add(node with { Mention = node.Mention with { Type = EntityType.Organisation, IsTypeGuess = false } });
            }
        }

        static bool IsPluralWord(string text) =>
            text.Length >= 4 && char.IsUpper(text[0]) && text[^1] == 's' && text[^2] != 's' && text.AsSpan(1).IndexOfAnyInRange('A', 'Z') < 0;
    }

    /// <summary>
    /// "in the Red Hats' park" guessed a place after "in the", beside "the Boston Red Hats": a name typed a place only by
    /// guess that is the rest of exactly one organisation of the story opening with a known place is that organisation.
    /// A place the gazetteer or a place word typed ("the Red Hats Plaza") is left alone.
    /// </summary>
    private void JoinGuessedPlacesToTeams(List<Cluster> clusters)
    {
        var organisations = clusters.Where(c => c.Type == EntityType.Organisation).ToList();
        foreach (var guessed in clusters.Where(c => c.Type == EntityType.Place && c.Nodes.Count > 0 && c.Nodes.All(n => n.Mention.IsTypeGuess && n.Tokens.Length >= 2)).ToList())
        {
            var keys = guessed.Nodes.Select(n => n.Mention.Key).Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count != 1)
            {
                continue;
            }

            var tail = guessed.Nodes[0].Tokens;
            var holders = organisations.Where(o => o.Nodes.Any(n => n.Tokens.Length > tail.Length && n.Tokens.AsSpan(n.Tokens.Length - tail.Length).SequenceEqual(tail)
                && gazetteer.Find(string.Join(' ', n.Tokens[..^tail.Length])) is { Kind: not PlaceKind.Demonym })).ToList();
            if (holders.Count == 1)
            {
                holders[0].Nodes.AddRange(guessed.Nodes.Select(n => n with { Mention = n.Mention with { Type = EntityType.Organisation, IsTypeGuess = false } }));
                clusters.Remove(guessed);
            }
        }
    }

    /// <summary>"boston red sox" ends with "red sox" after a known place; "omaha herons" with "herons".</summary>
    private bool EndsPlaceNamedTeam(Node node, string[] tail) =>
        node.Tokens.Length > tail.Length && node.Tokens.AsSpan(node.Tokens.Length - tail.Length).SequenceEqual(tail) && !node.Tokens.Contains("of")
        && gazetteer.Find(string.Join(' ', node.Tokens[..^tail.Length])) is { Kind: not PlaceKind.Demonym };
}
