using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>A name that writes the place it opens with by its initials ("LA Times" beside "Los Angeles Times").</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "the LA Times" after "the Los Angeles Times", "L. A. County" after "Los Angeles County", "NY Post" after "New York
    /// Post": a name of the story that opens with two or three capitals (or as many single initials) and goes on like a
    /// longer name of the same type whose first words are a known place of that many words with those initials, is that
    /// name. Two such longer names leave it alone, and so do initials that spell no known place of the story's names
    /// ("LA Harwick" beside "Lower Avon Harwick", no known place).
    /// </summary>
    private void JoinPlaceInitialNames(List<Cluster> clusters)
    {
        foreach (var shorter in clusters.Where(c => c.Type is EntityType.Organisation or EntityType.Place && c.Nodes.Count > 0).ToList())
        {
            var forms = shorter.Nodes.Select(InitialsAndRest).Where(f => f is not null).Select(f => f!.Value).Distinct().ToList();
            if (forms.Count != 1)
            {
                continue;
            }

            var (initials, rest) = forms[0];
            var holders = clusters.Where(c => c != shorter && c.Type == shorter.Type && c.Nodes.Any(n => SpellsOut(n.Tokens, initials, rest))).ToList();
            if (holders.Count == 1)
            {
                holders[0].Nodes.AddRange(shorter.Nodes);
                clusters.Remove(shorter);
            }
        }
    }

    /// <summary>"LA Times" → ("la", "times"); "L. A. County" → ("la", "county"); null when the name opens with no initials.</summary>
    private static (string Initials, string Tail)? InitialsAndRest(Node node)
    {
        var tokens = node.Tokens;
        if (tokens.Length < 2 || node.Mention.IsHandle)
        {
            return null;
        }

        var firstWord = node.Mention.Text.Split(' ', 2)[0];
        if (tokens[0].Length is 2 or 3 && firstWord.Length == tokens[0].Length && firstWord.All(char.IsUpper))
        {
            return (tokens[0], string.Join(' ', tokens[1..]));
        }

        var letters = 0;
        while (letters < tokens.Length - 1 && tokens[letters].Length == 1 && char.IsLetter(tokens[letters][0]))
        {
            letters++;
        }

        return letters is 2 or 3 ? (string.Concat(tokens[..letters]), string.Join(' ', tokens[letters..])) : null;
    }

    /// <summary>"los angeles times" spells "la" + "times" when "Los Angeles" is a known place.</summary>
    private bool SpellsOut(string[] tokens, string initials, string rest)
    {
        var placeWords = initials.Length;
        if (tokens.Length <= placeWords || string.Join(' ', tokens[placeWords..]) != rest)
        {
            return false;
        }

        for (var k = 0; k < placeWords; k++)
        {
            if (tokens[k].Length < 2 || tokens[k][0] != initials[k])
            {
                return false;
            }
        }

        return gazetteer.Find(string.Join(' ', tokens[..placeWords])) is not null;
    }
}
