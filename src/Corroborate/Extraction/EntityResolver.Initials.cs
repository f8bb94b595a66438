namespace Corroborate.Extraction;

/// <summary>People written with initials ("T. Y. Hilton").</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "T. Y. Hilton", "J. R. Smith", "J.J. Redick": one or two initials (a capital and a full stop each, spaced as a
    /// tokenised corpus writes them, or together) before one capitalised word is how people are written; so is a middle
    /// initial between two such words ("Efton A. Stanfield") or one before them ("L. Patrick Gray"). Left alone: initials that spell a place or a
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

        // "J.J. Redick": two initials written together are two initials.
        var words = n.Mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Length == 4 && char.IsUpper(w[0]) && w[1] == '.' && char.IsUpper(w[2]) && w[3] == '.' ? [w[..2], w[2..]] : new[] { w })
            .ToArray();
        // "Efton A. Stanfield": a word shaped like a given name, one initial, a surname.
        var middle = words.Length == 3 && IsInitial(words[1]) && IsPlainName(words[0]) && !IsInitial(words[0]);
        // "L. Patrick Gray", "W. Mark Felt": an initial before a given name and a surname.
        var leading = words.Length == 3 && IsInitial(words[0]) && IsPlainName(words[1]);
        var initials = middle ? [words[1]] : leading ? [words[0]] : words.Length == 1 ? [] : words[..^1];
        if (initials.Length is < 1 or > 2 || !initials.All(IsInitial))
        {
            return false;
        }

        var spelt = string.Concat(initials.Select(w => w[0]));
        var last = words[^1];
        return IsPlainName(last) && gazetteer.Find(spelt) is null && !EntityLexicon.Default.CommonAcronyms.Contains(spelt)
            && (!middle || !lowerCase().Contains(words[0].ToLowerInvariant())) && (!leading || !lowerCase().Contains(words[1].ToLowerInvariant()))
            && !lowerCase().Contains(last.ToLowerInvariant());

        static bool IsInitial(string w) => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.';

        // A capitalised word of three letters or more, no place, no organisation, place or thing word.
        bool IsPlainName(string w)
        {
            var lexicon = EntityLexicon.Default;
            return w.Length >= 3 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower) && gazetteer.Find(w) is null
                && !lexicon.OrganisationCues.Contains(w) && !lexicon.PlaceCues.Contains(w) && !lexicon.ThingCues.Contains(w);
        }
    }
}
