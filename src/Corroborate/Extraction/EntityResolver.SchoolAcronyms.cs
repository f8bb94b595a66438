using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>A school's acronym beside its name written without "University" ("CU" and "Creighton").</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "top-seeded Creighton … CU dominated the glass": an acronym of two to four capitals that is a "U" (University)
    /// after or before the initials of exactly one organisation of the story is that organisation, as "NBA" is the
    /// National Basketball Association. Left alone: acronyms the gazetteer or the common acronyms know ("EU", "UN"), a
    /// place that spells the rest ("UNC" beside the state "North Carolina" stays apart), and two organisations that do
    /// ("Drake" and "Dayton" for "DU").
    /// </summary>
    private void JoinSchoolAcronyms(List<Cluster> clusters)
    {
        var lexicon = EntityLexicon.Default;
        foreach (var acronym in clusters.Where(c => c.Type == EntityType.Organisation && c.Nodes.Count > 0 && c.Nodes.All(IsSchoolAcronym)).ToList())
        {
            var text = acronym.Nodes[0].Mention.Text;
            if (acronym.Nodes.Any(n => n.Mention.Text != text) || gazetteer.Find(text) is not null || lexicon.CommonAcronyms.Contains(text))
            {
                continue;
            }

            var letters = text[0] == 'U' ? text[1..] : text[..^1];
            var holders = clusters.Where(c => c != acronym && c.Type == EntityType.Organisation
                && c.Nodes.Any(n => n.Tokens.Length == letters.Length && !n.Mention.IsHandle && string.Concat(n.Tokens.Select(t => char.ToUpperInvariant(t[0]))) == letters
                    && n.Mention.Text.Any(char.IsLower))).ToList();
            if (holders.Count == 1)
            {
                holders[0].Nodes.AddRange(acronym.Nodes);
                clusters.Remove(acronym);
            }
        }

        static bool IsSchoolAcronym(Node n) =>
            n.Tokens.Length == 1 && n.Mention.Text.Length is >= 2 and <= 4 && n.Mention.Text.All(char.IsAsciiLetterUpper)
            && (n.Mention.Text[0] == 'U' || n.Mention.Text[^1] == 'U');
    }
}
