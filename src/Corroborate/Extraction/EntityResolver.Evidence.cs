using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// The evidence rules of <see cref="EntityResolver"/>: what the whole story says about a name that one sentence
/// could not settle (a surname typed by the noun after it, a person guessed from capitals alone, an adjective,
/// a bare head word, one name under two types).
/// </summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "Bush administration", "Mitchell campaign": a one-word name typed an organisation or place only by the noun
    /// after it (or before it), when the story names a person with that surname or given name, is that person's name again,
    /// left for <see cref="AttachSingleWords"/>.
    /// </summary>
    private static void DemoteSurnames(List<Node> all)
    {
        var surnames = all.Where(n => n.Mention.Type == EntityType.Person && !n.Mention.IsTypeGuess && n.Tokens.Length >= 2 && !n.Mention.IsHandle)
            .SelectMany(n => (string[])[n.Tokens[0], n.Tokens[^1]]).Where(t => t.Length >= 3).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return;
        }

        for (var i = 0; i < all.Count; i++)
        {
            var m = all[i].Mention;
            if (all[i].Tokens.Length == 1 && m.Type is EntityType.Organisation or EntityType.Place && m.PlaceKind is null && m.CountryCode is null
                && !m.Text.All(c => char.IsUpper(c) || c == '.') && surnames.Contains(all[i].Tokens[0]) && !IsCueWord(m.Text))
            {
                all[i] = all[i] with { Mention = m with { Type = EntityType.Unknown, IsTypeGuess = false, ContextType = null, RightType = null } };
            }
        }
    }

    /// <summary>
    /// A person known only from capitals ("Hurricane Katrina", "Gold Glove", "Rite Aid") is kept only when the story
    /// says more: a given name, a role or title, a cue noun, an age, someone speaking ("Gray said", "said Gray",
    /// "Gray, who") under any of its names, or the surname alone in another sentence, the way people are named
    /// after their first mention and organisations are not ("Subryan told the court"), or a first word on the longer list
    /// of given names (<see cref="EntityLexicon.MoreGivenNames"/>).
    /// </summary>
    private void DropUnsupportedPeople(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story, List<Cluster> clusters)
    {
        HashSet<string>? lowerCase = null;
        // "Creighton Athletic" beside "Creighton Bluejays", "Duke Blue Devils" beside "Duke": a first word that opens the story's
        // organisations or places is theirs, not a given name.
        var bodyWords = clusters.Where(c => c.Type is EntityType.Organisation or EntityType.Place).SelectMany(c => c.Nodes).Select(n => n.Tokens[0]).ToHashSet(StringComparer.Ordinal);
        clusters.RemoveAll(c => c.Type == EntityType.Person && !c.Nodes.Any(n =>
            (n.Mention.Type == EntityType.Person && !n.Mention.IsTypeGuess) || n.Mention.PersonEvidence || n.Mention.ContextType == EntityType.Person
            || n.Mention.RightType == EntityType.Person || n.Mention.Role is not null || OpensWithMoreGivenName(n)
            || OpensWithInitials(n, () => lowerCase ??= LowerCaseWords(story))) && !SurnameStandsAlone(c));

        // "Dexter McCluster", "Vontae Davis": a name of two or three words guessed a person whose first word is a common
        // given name of the longer list — not a known place ("Dallas Cowboys"), with no organisation, place or thing word
        // in it ("Dahlia Street Market") and a last word the story never writes in lower case ("Palmer Fire", "Arch Madness").
        bool OpensWithMoreGivenName(Node n)
        {
            if (n.Mention.Type != EntityType.Person || n.Tokens.Length is not (2 or 3) || n.Mention.IsHandle)
            {
                return false;
            }

            var words = n.Mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lexicon = EntityLexicon.Default;
            return words.Length == n.Tokens.Length && lexicon.MoreGivenNames.Contains(words[0]) && gazetteer.Find(words[0]) is null && !bodyWords.Contains(n.Tokens[0])
                && !words.Any(w => lexicon.OrganisationCues.Contains(w) || lexicon.PlaceCues.Contains(w) || lexicon.ThingCues.Contains(w))
                && !(lowerCase ??= LowerCaseWords(story)).Contains(n.Tokens[^1]);
        }

        static bool SurnameStandsAlone(Cluster c)
        {
            var surnames = c.Nodes.Where(n => n.Tokens.Length >= 2 && !n.Mention.IsHandle).Select(n => n.Tokens[^1]).ToHashSet(StringComparer.Ordinal);
            return c.Nodes.Any(n => n.Tokens.Length == 1 && !n.Mention.IsHandle && surnames.Contains(n.Tokens[0]));
        }
    }

    /// <summary>
    /// "the Committee", "the Navy", "the Church": an organisation or place word alone is the short form of the one
    /// name of the story that ends with it ("Senate Judiciary Committee", "Indian Navy"), and nothing when there is
    /// none or more than one.
    /// </summary>
    private static void JoinHeadWords(List<Cluster> clusters)
    {
        foreach (var single in clusters.Where(c => c.Type is EntityType.Organisation or EntityType.Place && c.Nodes.Count > 0
            && c.Nodes.All(n => n.Tokens.Length == 1) && IsCueWord(c.Nodes[0].Mention.Text)).ToList())
        {
            var word = single.Nodes[0].Tokens[0];
            var holders = clusters.Where(c => c != single && c.Nodes.Any(n => n.Tokens.Length >= 2 && n.Tokens[^1] == word)).ToList();
            if (holders.Count == 1)
            {
                holders[0].Nodes.AddRange(single.Nodes);
            }

            clusters.Remove(single);
        }
    }

    /// <summary>
    /// "Republican", "Catholic", "Peronist", "Islamic": a one-word name nothing in the gazetteer knows, with an
    /// adjective's ending, that the story writes before a lower-case noun at least half the time, is an adjective.
    /// </summary>
    private static void DropAdjectives(List<Cluster> clusters)
    {
        clusters.RemoveAll(c => c.Type != EntityType.Person && c.Nodes.Count > 0 && c.Nodes.All(n => n.Tokens.Length == 1 && n.Mention.PlaceKind is null && n.Mention.CountryCode is null)
            && HasAdjectiveEnding(c.Nodes[0].Mention.Text) && c.Nodes.Count(n => n.Mention.Attributive) * 2 >= c.Nodes.Count);
    }

    /// <summary>"TOO", "GO", "HELL": a word in capitals that the story also writes in lower case is that word shouted.</summary>
    private static void DropShoutedWords(IReadOnlyList<(Corroborate.Model.Article Article, System.Collections.Immutable.ImmutableArray<EntityMention> Mentions)> story, List<Cluster> clusters)
    {
        HashSet<string>? lowerCase = null;
        clusters.RemoveAll(c => c.Type != EntityType.Place && c.Nodes.Count > 0 && c.Nodes.All(n => n.Tokens.Length == 1 && n.Mention.Text.Length >= 2 && n.Mention.Text.All(char.IsUpper))
            && (lowerCase ??= LowerCaseWords(story)).Contains(c.Nodes[0].Mention.Text.ToLowerInvariant()));
    }

    private static bool HasAdjectiveEnding(string word) =>
        word.Length >= 5 && !word.All(char.IsUpper)
        && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal)
            || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ern", StringComparison.Ordinal)
            || word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("crat", StringComparison.Ordinal));

    /// <summary>
    /// One name, one type: clusters that go by the same full name under two types ("Red Sox" an organisation in one
    /// article, a place in another) become one, of the type with the most evidence (mentions not typed by a guess).
    /// </summary>
    private static void OneTypePerName(List<Cluster> clusters)
    {
        // A team named by its city ("a loss to Atlanta") and the city ("fans in Atlanta") share the name on purpose.
        foreach (var group in clusters.Where(c => c.Nodes.Count > 0 && !c.Nodes.All(n => n.Mention.TypeEvidence == CityTeamEvidence)).GroupBy(c => FullestKey(c))
            .Where(g => g.Select(c => c.Type).Distinct().Count() > 1).ToList())
        {
            var ordered = group.OrderByDescending(c => c.Nodes.Count(n => !n.Mention.IsTypeGuess && n.Mention.Type != EntityType.Unknown)).ThenByDescending(c => c.Nodes.Count).ToList();
            foreach (var other in ordered.Skip(1))
            {
                ordered[0].Nodes.AddRange(other.Nodes);
                clusters.Remove(other);
            }
        }

        static string FullestKey(Cluster c) => c.Nodes.OrderByDescending(n => n.Tokens.Length).ThenBy(n => n.Mention.Key, StringComparer.Ordinal).First().Mention.Key;
    }

    private static bool IsCueWord(string word) => EntityLexicon.Default.OrganisationCues.Contains(word) || EntityLexicon.Default.PlaceCues.Contains(word);
}
