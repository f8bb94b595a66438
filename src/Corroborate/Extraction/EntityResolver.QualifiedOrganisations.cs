namespace Corroborate.Extraction;

/// <summary>An organisation named with and without the country or people it belongs to.</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "the Democratic Party" after "the Democratic Party of Turkmenistan", "the Communist Party" after "the Turkmen Communist
    /// Party", "the Central Election Commission" after "the Central Election Commission of Turkmenistan": an organisation
    /// name of two words or more is the one organisation of the story that writes it with a known place after "of" or a
    /// known place or people before it. Two such longer names ("the Supreme Court" beside "the Ohio Supreme Court" and "the
    /// U.S. Supreme Court") leave it alone, and so does a longer name whose extra words are no place ("the Democratic Party
    /// Caucus", "the National Democratic Party").
    /// </summary>
    private void JoinPlaceQualifiedOrganisations(List<Cluster> clusters)
    {
        var organisations = clusters.Where(c => c.Type == EntityType.Organisation && c.Nodes.Count > 0).ToList();
        foreach (var shorter in organisations.ToList())
        {
            var names = shorter.Nodes.Where(n => !n.Mention.IsHandle && n.Tokens.Length >= 2).Select(n => n.Mention.Key).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count != 1 || organisations.Any(o => o != shorter && o.Nodes.Any(n => n.Mention.Key == names[0])))
            {
                continue;
            }

            var name = names[0].Split(' ');
            var holders = organisations.Where(o => o != shorter && o.Nodes.Any(n => QualifiesWithPlace(n.Tokens, name))).ToList();
            if (holders.Count == 1)
            {
                holders[0].Nodes.AddRange(shorter.Nodes);
                organisations.Remove(shorter);
                clusters.Remove(shorter);
            }
        }
    }

    /// <summary>Whether <paramref name="longer"/> is <paramref name="name"/> with "of [the] place" after it or a place or people before it.</summary>
    private bool QualifiesWithPlace(string[] longer, string[] name)
    {
        if (longer.Length <= name.Length)
        {
            return false;
        }

        if (longer.AsSpan(0, name.Length).SequenceEqual(name) && longer[name.Length] == "of")
        {
            var rest = longer.AsSpan(name.Length + 1);
            if (rest.Length > 0 && rest[0] == "the")
            {
                rest = rest[1..];
            }

            return rest.Length > 0 && gazetteer.Find(string.Join(' ', rest.ToArray())) is { Kind: not PlaceKind.Bloc };
        }

        return longer.AsSpan(longer.Length - name.Length).SequenceEqual(name)
            && gazetteer.Find(string.Join(' ', longer[..^name.Length])) is { Kind: not PlaceKind.Bloc };
    }
}
