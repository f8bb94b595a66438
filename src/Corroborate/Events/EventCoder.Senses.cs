using System.Diagnostics.CodeAnalysis;
using Corroborate.Extraction;

namespace Corroborate.Events;

/// <summary>
/// Checks of a coding's sense against the types of its arguments and the sentence's own words (issue 19, sixth pass): a
/// verb whose usual sense is its block's act still has other senses, and what tells them apart is what it is done to
/// ("pledged seven fighter jets" gives things, "speaks with a British accent" names a manner, "beat Hungary 2-0" is a
/// result). Each rule states something about English or about CAMEO's categories, never about one sentence.
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// Whether the coding still stands once its arguments' types are known; may recode it (a demand that asserts is a
    /// statement, the generic force against a hostage is assault).
    /// </summary>
    private bool SenseHolds(SentenceParse parse, int verbIndex, VerbPattern? pattern, ArgumentRoute sourceRoute, ArgumentRoute targetRoute, string? via,
        ActorGroup source, ActorGroup target, [NotNullWhen(true)] ref string? primary, ref string? reverse)
    {
        if (primary is null)
        {
            return false;
        }

        var ownCode = pattern is null;
        var root = RootOf(primary);

        // "Wales beat Hungary 2-0", "crushed Portugal in the qualifier": between teams named after their countries, the
        // verbs of defeat are results. Material conflict (15-20) is not coded in a sentence that marks a sports contest.
        if (root >= 15 && IsSportContest(parse, verbIndex))
        {
            return false;
        }

        // Cooperation (03-08) is done with parties: a thing is no target.
        if (root is >= 3 and <= 8)
        {
            // "Canada contributed 70 special operations soldiers", "deployed its troops", "flew in a French surgeon": the
            // direct object of a verb of sending is what is sent; only a state before the thing ("sent Iraq weapons")
            // receives it. Patterns too ("sent military assistance"): a pattern that names no target leaves it to the object.
            if (targetRoute == ArgumentRoute.Object && MoodWords.Giving.Contains(parse.Tokens[verbIndex].Key)
                && target.Actors.TrueForAll(a => a.Code.Length != 3 || a.Code.StartsWith("---", StringComparison.Ordinal)))
            {
                return false;
            }

            // "fighter jets", "warships": machines the agents dictionary lists as armed agents cannot receive aid or visits
            // (a ship can be released or returned, root 08: a hijacked tanker freed is freed for its owners).
            if (root <= 7 && NamesEquipment(parse, target))
            {
                return false;
            }
        }

        // "fighters travel to and from Syria", "flew to Kuwait", "special forces arrived near the border": the dictionary
        // codes a journey as a meeting or a visit (roots 03-04), but going somewhere is a visit between parties only when a
        // state's office goes ("Iran's president flew to Havana"). Patterns that name the purpose ("arrived for talks") stand.
        if (root is 3 or 4 && MoodWords.Journey.Contains(parse.VerbAt[verbIndex]?.Lemma ?? "")
            && JourneyOnly(pattern) && !Visits(parse, source))
        {
            return false;
        }

        // "released a clip in which a hostage is killed", "released gruesome video footage of…": giving or
        // yielding (07-08) whose object is a record publishes it; the party the record shows is no one freed or given to.
        if (root is 7 or 8 && ObjectIsRecord(parse, verbIndex))
        {
            return false;
        }

        // "speaks with a British accent", "attacked with American weapons", "offering traditional Korean dishes": a
        // nationality adjective before a common noun qualifies a thing, not a party, where cooperation (03-08) names its
        // party by a preposition or a pattern, where the thing is given or done (06-08), or where it is what the act was
        // done with. A verbal act on a country's thing bears on the country ("praised Libyan efforts"), and so does force
        // ("attacked Iraqi positions", "threatened action against Turkish interests"), as the PLOVER coders read them.
        var byObject = targetRoute is ArgumentRoute.Object or ArgumentRoute.InsideObject;
        if (((root is >= 3 and <= 8 && !byObject) || (root is >= 6 and <= 8) || via == "WITH") && QualifiesThing(parse, target))
        {
            return false;
        }

        // "The US wants the UK to extradite him": a wish that another party act is neither an intention of the one who
        // wishes it nor an act on that party (as "wants to join" codes nothing, events6).
        if (ownCode && targetRoute == ArgumentRoute.Object && WordClasses.Intentions.Contains(parse.Tokens[verbIndex].Key)
            && target.End <= parse.Tokens.Count && InfinitiveAfter(parse, target.End - 1) is not null)
        {
            return false;
        }

        // "insisted that the US had the intelligence": a demand (root 10) governing a "that" clause in the indicative
        // asserts something; "insisted that it be made public", "demanded that troops withdraw" (subjunctive) demand.
        if (ownCode && root == 10 && verbIndex + 1 < parse.Tokens.Count && parse.Tokens[verbIndex + 1].Key == "THAT"
            && ThatClauseIsIndicative(parse, verbIndex + 2))
        {
            (primary, reverse) = ("010", null);
            return true;
        }

        // "fired the FBI director", "fired two ministers": a weapon is fired at a party ("fired on protesters", "fired
        // rockets into Gaza"), a person fired as the direct object is dismissed. The dictionary's own code of FIRE (force)
        // does not hold for a party right after the verb; dismissal has no CAMEO act of its own.
        if (ownCode && root >= 18 && parse.VerbAt[verbIndex]?.Lemma == "FIRE" && targetRoute == ArgumentRoute.Object
            && !PrepositionBetween(parse, verbIndex, target.Start))
        {
            return false;
        }

        // "beheaded a British hostage", "killed a Chinese national": the generic force a verb carries (190, no pattern,
        // no weapon named) against people who do not fight is assault, as for actors of a noncombatant sector (Add).
        // Only for a side that can fight at all: force by criminals or a religious group is left out (Add), not recoded.
        if (ownCode && primary == "190" && sourceRoute != ArgumentRoute.Inherited && target.End < parse.Tokens.Count
            && source.Actors.TrueForAll(a => ForceSectors.CanFight(a.Code))
            && ForceSectors.NoncombatantNouns.Contains(parse.Tokens[target.End].Key))
        {
            primary = "180";
        }

        // "the rebels seized three French journalists": the generic seizure a verb carries (171, seize or damage property; no
        // pattern) of people who do not fight takes persons, not property: by a state's police, soldiers or courts an arrest
        // (173), by anyone else an abduction (181). Only for the people seized themselves (the object, or the subject of the
        // passive), not a party something was taken from ("stole jewellery from an employee"), not a company, whose
        // ships and goods are property ("seized a Saudi supertanker"), nor a phrase that names a machine ("stole 11 jetliners").
        if (ownCode && primary == "171" && (targetRoute == ArgumentRoute.PassiveSubject || (targetRoute == ArgumentRoute.Object && !PrepositionBetween(parse, verbIndex, target.Start)))
            && target.Actors.Exists(a => ForceSectors.IsNoncombatant(a.Code) && !a.Code.EndsWith("BUS", StringComparison.Ordinal))
            && !NamesEquipment(parse, target))
        {
            primary = source.Actors.TrueForAll(a => a.Code.Length >= 6 && a.Code[^3..] is "COP" or "MIL" or "GOV" or "JUD" or "SPY") ? "173" : "181";
            reverse = null;
        }

        return true;
    }

    /// <summary>A preposition between the verb and the group ("stole gold from a Swiss employee"): the group is not the object's head.</summary>
    private static bool PrepositionBetween(SentenceParse parse, int verbIndex, int groupStart)
    {
        for (var k = verbIndex + 1; k < groupStart && k < parse.Tokens.Count; k++)
        {
            if (WordClasses.Prepositions.Contains(parse.Tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The verb's object, within the words before a preposition, an actor or a punctuation mark (at most four), names a
    /// record ("a video", "gruesome video footage", "another video").
    /// </summary>
    private static bool ObjectIsRecord(SentenceParse parse, int verbIndex)
    {
        for (var k = verbIndex + 1; k < parse.Tokens.Count && k <= verbIndex + 4; k++)
        {
            var token = parse.Tokens[k];
            if (token.IsPunctuation || parse.GroupAt[k] >= 0 || WordClasses.Prepositions.Contains(token.Key))
            {
                return false;
            }

            if (MoodWords.Records.Contains(token.Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verb's own code, or a pattern that names no word but prepositions ("fly to", "come to", "arrive back").</summary>
    private static bool JourneyOnly(VerbPattern? pattern) =>
        pattern is null || Array.TrueForAll(pattern.RequiredWords, w => WordClasses.Prepositions.Contains(w) || w == "BACK");

    /// <summary>
    /// Whether the traveller is a party that visits: a state's office (its government, elite, legislature, judiciary) or an
    /// organisation, or a country named as such ("Iran", "Tehran"), not by its adjective on a noun ("British men",
    /// "American planes"), nor fighters, troops, rescuers or private persons of any country.
    /// </summary>
    private bool Visits(SentenceParse parse, ActorGroup traveller)
    {
        if (traveller.Actors.Exists(a => ForceSectors.IsVisitingParty(a.Code)))
        {
            return true;
        }

        if (!traveller.Actors.TrueForAll(a => a.Code.Length == 3 && !a.Code.StartsWith("---", StringComparison.Ordinal)))
        {
            return false;
        }

        var first = parse.Tokens[traveller.Start];
        return dictionaries.Gazetteer?.Find(parse.Text[first.Start..first.End])?.Kind != PlaceKind.Demonym;
    }

    private static int RootOf(string code) => code.Length >= 2 && char.IsDigit(code[0]) && char.IsDigit(code[1]) ? (code[0] - '0') * 10 + (code[1] - '0') : -1;

    /// <summary>A word whose usual sense is sport anywhere in the sentence, or a score ("2-0", "3–1") after the verb.</summary>
    private static bool IsSportContest(SentenceParse parse, int verbIndex)
    {
        foreach (var word in MoodWords.Sport)
        {
            if (parse.Words.Contains(word))
            {
                return true;
            }
        }

        for (var k = verbIndex + 1; k < parse.Tokens.Count; k++)
        {
            if (IsScore(parse.Tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"2-0", "3–1": two numbers of one or two digits joined by a hyphen or a dash.</summary>
    private static bool IsScore(string key)
    {
        var dash = key.IndexOfAny(['-', '–']);
        return dash is 1 or 2 && key.Length - dash - 1 is 1 or 2 && IsDigits(key.AsSpan(0, dash)) && IsDigits(key.AsSpan(dash + 1));
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return span.Length > 0;
    }

    /// <summary>The group's words, or the word right after it, name a machine or a weapon ("fighter jets", "Danish jets").</summary>
    private static bool NamesEquipment(SentenceParse parse, ActorGroup group)
    {
        for (var k = group.Start; k < group.End; k++)
        {
            if (MoodWords.Equipment.Contains(parse.Tokens[k].Key))
            {
                return true;
            }
        }

        return group.End < parse.Tokens.Count && MoodWords.Equipment.Contains(parse.Tokens[group.End].Key);
    }

    /// <summary>
    /// The group is one nationality adjective ("British") followed by a common noun that names no person and is no verb,
    /// no actor and no function word ("accent", "weapons", "efforts"): the adjective qualifies that thing.
    /// </summary>
    private bool QualifiesThing(SentenceParse parse, ActorGroup group)
    {
        if (dictionaries.Gazetteer is not { } gazetteer || group.End - group.Start != 1 || group.End >= parse.Tokens.Count)
        {
            return false;
        }

        var adjective = parse.Tokens[group.Start];
        var next = parse.Tokens[group.End];
        var key = next.Key;
        if (!char.IsLower(parse.Text[next.Start]) || !char.IsLetter(key[0]) || parse.VerbAt[group.End] is not null || parse.GroupAt[group.End] >= 0
            || key.EndsWith("LY", StringComparison.Ordinal) || WordClasses.IsTimeWord(key) || NamesPerson(key)
            || WordClasses.Prepositions.Contains(key) || WordClasses.Determiners.Contains(key) || WordClasses.Coordinators.Contains(key)
            || WordClasses.Auxiliaries.Contains(key) || WordClasses.Subordinators.Contains(key) || WordClasses.Quantifiers.Contains(key)
            || key is "OR" or "NOR" or "AS" or "THAN")
        {
            return false;
        }

        return gazetteer.Find(parse.Text[adjective.Start..adjective.End])?.Kind == PlaceKind.Demonym;
    }

    /// <summary>
    /// A noun of persons: listed (`PERSONS`), or formed with a suffix English uses for people ("crewmembers", "officials"
    /// are not, "reporter", "journalist", "fishermen", "Iranians", "refugees", "migrants" are): a word with such an ending
    /// is given the benefit of the doubt, so the rule above leaves the coding alone.
    /// </summary>
    private static bool NamesPerson(string key)
    {
        if (MoodWords.Persons.Contains(key))
        {
            return true;
        }

        var word = key.EndsWith('S') && !key.EndsWith("SS", StringComparison.Ordinal) ? key[..^1] : key;
        return word.EndsWith("ER", StringComparison.Ordinal) || word.EndsWith("OR", StringComparison.Ordinal) || word.EndsWith("IST", StringComparison.Ordinal)
            || word.EndsWith("MAN", StringComparison.Ordinal) || word.EndsWith("MEN", StringComparison.Ordinal) || word.EndsWith("EE", StringComparison.Ordinal)
            || word.EndsWith("IAN", StringComparison.Ordinal) || word.EndsWith("ANT", StringComparison.Ordinal) || word.EndsWith("IAL", StringComparison.Ordinal);
    }

    /// <summary>
    /// The first verb form of the "that" clause starting at <paramref name="start"/> is a tense (a past or present form, a
    /// tense auxiliary), not a bare subjunctive ("be", "withdraw") or "should".
    /// </summary>
    private static bool ThatClauseIsIndicative(SentenceParse parse, int start)
    {
        for (var k = start; k < parse.Tokens.Count && k < start + 12; k++)
        {
            var token = parse.Tokens[k];
            if (token.IsPunctuation)
            {
                return false;
            }

            var key = token.Key;
            if (key is "IS" or "ARE" or "WAS" or "WERE" or "HAS" or "HAD" or "HAVE" or "WILL" or "WOULD" or "CAN" or "COULD" or "DID" or "DOES"
                or "MAY" or "MIGHT" or "AM")
            {
                return true;
            }

            if (key is "BE" or "SHOULD" or "MUST" or "NOT")
            {
                return false;
            }

            if (parse.VerbAt[k] is { } verb && parse.GroupAt[k] < 0)
            {
                return key != verb.Lemma;
            }
        }

        return false;
    }
}
