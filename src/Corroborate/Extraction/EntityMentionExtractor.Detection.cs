using System.Collections.Frozen;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Name mentions the chains were missing (issue 18 part 3, chains15): acronyms with a possessive, organisations headed
/// before "for", a person's cue noun opening a sentence, an age before a lone name, a shouted word after a name, a team
/// whose nickname is a role's plural, numbered streets after a possessive, a given name that is also a country.
/// </summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>Plural words the article writes capitalised after "the" inside a sentence, with no capital after: "the Chiefs won".</summary>
    [ThreadStatic]
    private static HashSet<string>? t_namedPlurals;

    private static HashSet<string> NamedPlurals => t_namedPlurals ??= new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A country's divisions: a name before one ("Akhal province") is the division's name, not an adjective.</summary>
    private static readonly FrozenSet<string> DivisionWords = FrozenSet.ToFrozenSet(
        ["province", "provinces", "district", "districts", "region", "county", "prefecture", "oblast", "governorate", "municipality", "velayat"], StringComparer.Ordinal);

    /// <summary>
    /// "Akhal province", "Dorvan district": the name of a division of a country, however it ends ("-al", "-an"), used with
    /// its kind noun, is no adjective ("Athenian streets", "Dorvanian choir" still are).
    /// </summary>
    private static bool IsDivisionWord(string word) => DivisionWords.Contains(word);

    /// <summary>"the 45-year-old Harwick man": a noun for a person after the name makes it a place or a group the person is from.</summary>
    private static readonly FrozenSet<string> PersonNouns = FrozenSet.ToFrozenSet(
        ["man", "woman", "men", "women", "boy", "girl", "boys", "girls", "child", "teen", "teenager", "youth", "resident", "native", "mother", "father"], StringComparer.Ordinal);

    /// <summary>The word after the name, lower case and straight after it, is a noun for a person or a kind noun ("Harwick man", "Harwick firm").</summary>
    private bool DescribesSomeoneAfter(string text, List<WordToken> tokens, int nameEnd) =>
        nameEnd < tokens.Count && char.IsLower(tokens[nameEnd].Text[0]) && !IsBreak(text, tokens[nameEnd - 1], tokens[nameEnd])
        && (PersonNouns.Contains(tokens[nameEnd].Text) || KindNoun(tokens[nameEnd].Text) is not null);

    private static readonly FrozenSet<string> OrdinalWords = FrozenSet.ToFrozenSet(
        ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"], StringComparer.Ordinal);

    /// <summary>Records the plurals the sentence uses as a name on their own ("beat the Chiefs on Sunday").</summary>
    private static void CollectNamedPlurals(List<WordToken> tokens)
    {
        for (var i = 2; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i].IsCapitalised && word.Length > 3 && word[^1] == 's' && word[^2] != 's' && tokens[i - 1].Text == "the"
                && (i + 1 == tokens.Count || !tokens[i + 1].IsCapitalised))
            {
                NamedPlurals.Add(word);
            }
        }
    }

    /// <summary>
    /// "Chiefs lose to the Colts", "Notes: Chiefs WR …": a role's plural opening a line is the team when the article
    /// also writes "the Chiefs" inside a sentence and never "chiefs"; "Officers were alerted" stays no name.
    /// </summary>
    private static bool IsTeamNamedByRolePlural(string word) =>
        NamedPlurals.Contains(word) && !LowerCaseWords.Contains(word.ToLowerInvariant());

    /// <summary>
    /// "the LAPD's robbery unit", "NATO's chief": an acronym with a possessive before what it owns is still an acronym;
    /// "pinups for GI's in the war", "CEO's are paid" write a plural so, and name nothing.
    /// </summary>
    private bool IsPossessiveAcronym(List<WordToken> tokens, int index) =>
        IsPossessive(tokens[index].Text) && new WordToken(default, tokens[index].Text[..^2]).IsAcronym && index + 1 < tokens.Count
        && (tokens[index + 1].IsCapitalised || !(lexicon.Prepositions.Contains(tokens[index + 1].Text) || lexicon.FunctionWords.Contains(tokens[index + 1].Text)
            || AuxiliaryVerbs.Contains(tokens[index + 1].Text)));

    /// <summary>
    /// "Owner Arte Moreno met…", "Analyst Amir Tal said": a person's cue noun opening a sentence, before a name that
    /// looks like a person's (or one word the article never writes in lower case), describes him and is no part of the
    /// name. Left alone: a role ("Coach" is one), a cue the article capitalises inside a sentence, a name with an
    /// organisation or place word ("Owner Financial Group").
    /// </summary>
    private bool OpensWithPersonCueNoun(List<WordToken> tokens, int start, int end, HashSet<string> confirmed)
    {
        var word = tokens[start].Text;
        if (word.Length < 3 || !char.IsUpper(word[0]) || word.All(char.IsUpper) || confirmed.Contains(word) || lexicon.Roles.ContainsKey(word)
            || !lexicon.CueNouns.TryGetValue(word.ToLowerInvariant(), out var kind) || kind != EntityType.Person)
        {
            return false;
        }

        if (end - start >= 3)
        {
            return LooksLikePersonName(tokens, start + 1, end);
        }

        var name = tokens[start + 1].Text;
        return end - start == 2 && gazetteer.Find(name) is null && !lexicon.OrganisationCues.Contains(name) && !lexicon.PlaceCues.Contains(name)
            && !lexicon.Stopwords.Contains(name) && !LowerCaseWords.Contains(name.ToLowerInvariant());
    }

    /// <summary>"Owner" of "Owner Arte Moreno" peeled off the sentence's opening: the cue types the name after it.</summary>
    private EntityType? OpeningCueNounBefore(List<WordToken> tokens, int nameStart) =>
        nameStart >= 1 && tokens[nameStart - 1].IsCapitalised && !tokens[nameStart - 1].IsAcronym
        && lexicon.CueNouns.TryGetValue(tokens[nameStart - 1].Text.ToLowerInvariant(), out var kind) && kind == EntityType.Person
        && !lexicon.Roles.ContainsKey(tokens[nameStart - 1].Text)
            ? EntityType.Person
            : null;

    /// <summary>"a 25-year-old Dilnoza said", "the 8-year-old Maya": an age before a name makes it a person's.</summary>
    private static bool IsAgeAdjective(string word)
    {
        const string suffix = "-year-old";
        return word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal)
            && word.AsSpan(0, word.Length - suffix.Length) is var number && !number.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// "Wylie AGAIN brought the kick back": a word in capitals that the article also writes in lower case, after a word
    /// that is not in capitals, is that word shouted and ends the name. Left alone: an acronym the article never writes
    /// in lower case ("Harwick NFL"), a name all in capitals ("JOHN SMITH").
    /// </summary>
    private static bool IsShoutedWordAfterName(List<WordToken> tokens, int index) =>
        index > 0 && tokens[index].Text.Length >= 3 && tokens[index].Text.All(char.IsUpper) && !tokens[index - 1].Text.All(c => char.IsUpper(c) || c == '.')
        && LowerCaseWords.Contains(tokens[index].Text.ToLowerInvariant());

    /// <summary>
    /// "Albany's First Street", "her Third Avenue flat": an ordinal word before a street or other place word is the
    /// first word of the place's name, not an opening word to strip. Left alone: "First Lady", "First Division".
    /// </summary>
    private bool IsOrdinalPlaceName(List<WordToken> tokens, int start, int end) =>
        end - start == 2 && OrdinalWords.Contains(tokens[start].Text) && lexicon.PlaceCues.Contains(Bare(tokens[start + 1].Text));

    /// <summary>
    /// "outbid the Red Sox for Harwick's services": a possessive word after "for" is a new phrase's owner, not the rest
    /// of the name before it, unless that name is an organisation by its own words ("the Center for Harwick's…").
    /// </summary>
    private bool IsPossessiveAfterFor(List<WordToken> tokens, int start, int end, int next) =>
        tokens[end].Text == "for" && next == end + 1 && IsPossessive(tokens[next].Text)
        && !Enumerable.Range(start, end - start).Any(k => lexicon.OrganisationCues.Contains(tokens[k].Text));

    /// <summary>
    /// "Maurice Jones-Drew", "Chad Harwick", "Joe Montana", "Michael Jordan": a given name that is also a country, or a state
    /// (in a two-word name also a country) after a given
    /// name, does not stop a person's name, as long as the other words are no known place and the article never writes
    /// them in lower case. Both at once ("Jackson Mississippi") still names places, and so does a state after a given name
    /// that is also a town's name ("Austin Texas": only our own short list of given names counts there).
    /// </summary>
    private bool PlaceWordsAllowPerson(List<WordToken> words)
    {
        if (words.Count is < 2 or > 3 || !lexicon.GivenNames.Contains(words[0].Text))
        {
            return false;
        }

        // A given name that is a country ("Chad", "Jordan"); a state's ("Virginia Tech", "Georgia Tech") names a body there.
        var first = gazetteer.Find(words[0].Text);
        if (first is { Kind: not PlaceKind.Country })
        {
            return false;
        }

        var placesAfter = 0;
        for (var k = 1; k < words.Count; k++)
        {
            if (LowerCaseWords.Contains(words[k].Text.ToLowerInvariant()) || lexicon.NonPersonWords.Contains(words[k].Text))
            {
                return false;
            }

            if (gazetteer.Find(words[k].Text) is { } place)
            {
                // "Michael Jordan": a country as the surname of a two-word name, as a state is one ("Joe Montana").
                if (k != words.Count - 1 || !(place.Kind is PlaceKind.Subdivision or PlaceKind.Region || (place.Kind == PlaceKind.Country && words.Count == 2)))
                {
                    return false;
                }

                placesAfter++;
            }
        }

        // A state or a country after a given name only when that is one of our own common given names, none of them a town
        // ("Austin Texas").
        return first is not null ? placesAfter == 0 : placesAfter > 0 && lexicon.CoreGivenNames.Contains(words[0].Text);
    }
}
