namespace Corroborate.Extraction;

/// <summary>People written with initials ("T. Y. Hilton").</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "T. Y. Hilton", "J. R. Smith": one or two initials (a capital and a full stop each, spaced as a tokenised corpus
    /// writes them) before one capitalised word is how people are written. Left alone: initials that spell a place or a
    /// common acronym ("U. S. Steel"), a last word that is an organisation, place or thing word, that the gazetteer knows,
    /// or that the story writes in lower case. Known limit: a firm named so without its cue word ("J. P. Morgan") reads
    /// as a person.
    /// </summary>
    private bool OpensWithInitials(Node n, Func<HashSet<string>> lowerCase)
    {
        if (n.Mention.Type != EntityType.Person || n.Mention.IsHandle)
        {
            return false;
        }

        var words = n.Mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = words.Length == 1 ? [] : words[..^1];
        if (initials.Length is < 1 or > 2 || !initials.All(w => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.'))
        {
            return false;
        }

        var spelt = string.Concat(initials.Select(w => w[0]));
        var last = words[^1];
        var lexicon = EntityLexicon.Default;
        return last.Length >= 3 && char.IsUpper(last[0]) && last.Skip(1).All(char.IsLower)
            && gazetteer.Find(spelt) is null && !lexicon.CommonAcronyms.Contains(spelt) && gazetteer.Find(last) is null
            && !lexicon.OrganisationCues.Contains(last) && !lexicon.PlaceCues.Contains(last) && !lexicon.ThingCues.Contains(last)
            && !lowerCase().Contains(last.ToLowerInvariant());
    }
}
