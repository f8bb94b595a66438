namespace Corroborate.Events;

/// <summary>Who the source and target of a verb are: its subject, its object, the phrases the act takes.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// The prepositions whose object may be the target: those the matched pattern names, the verb's own particles
    /// ("meet with"), and those that mark a party whatever the act: "with" the partner, "for" the beneficiary,
    /// "toward" the one addressed, "against" the one opposed, "into" where a force or search is directed; then by the
    /// kind of act: "to" the recipient of an offer, visit, gesture, aid or return (roots 03–05, 07, 08), "from" what is
    /// left or expelled (08, 16), "on" the one sanctioned or attacked (10–20), "at" the one fired at (18–20). A phrase
    /// after the object opened by any other preposition ("took him to Caracas", "talks in Geneva", "aid from Iran")
    /// names a place, a time or another party, not the target.
    /// </summary>
    private static HashSet<string> ArgumentPrepositions(VerbPattern? pattern, VerbEntry verb, string code)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "WITH", "FOR", "TOWARD", "TOWARDS", "AGAINST", "INTO" };
        foreach (var word in pattern?.RequiredWords ?? [])
        {
            if (WordClasses.Prepositions.Contains(word))
            {
                allowed.Add(word);
            }
        }

        foreach (var particle in verb.Following)
        {
            allowed.Add(particle);
        }

        if (!IsCameo(code))
        {
            // A code of a user's own dictionary: every preposition that marks a party may.
            allowed.UnionWith(["TO", "FROM", "ON", "AT"]);
            return allowed;
        }

        var root = (code[0] - '0') * 10 + (code[1] - '0');
        if (root is 3 or 4 or 5 or 7 or 8)
        {
            allowed.Add("TO");
        }

        if (root is 8 or 16)
        {
            allowed.Add("FROM");
        }

        if (root >= 10)
        {
            allowed.Add("ON");
        }

        if (root >= 18)
        {
            allowed.Add("AT");
            allowed.Add("NEAR");
        }

        return allowed;
    }

    /// <summary>The verb of an infinitive right after <paramref name="verbIndex"/> ("agreed to withdraw" → withdraw), or null.</summary>
    private static int? InfinitiveAfter(SentenceParse parse, int verbIndex)
    {
        var k = verbIndex + 1;
        while (k < parse.Tokens.Count && IsAdverb(parse.Tokens[k].Key))
        {
            k++;
        }

        if (k + 1 >= parse.Tokens.Count || parse.Tokens[k].Key != "TO")
        {
            return null;
        }

        k++;
        while (k < parse.Tokens.Count && IsAdverb(parse.Tokens[k].Key))
        {
            k++;
        }

        // A word after "to" that is no noun phrase's start: the infinitive's verb, in the dictionary or not.
        return k < parse.Tokens.Count && parse.GroupAt[k] < 0 && !parse.Tokens[k].IsPunctuation && !WordClasses.Determiners.Contains(parse.Tokens[k].Key)
            && !WordClasses.Quantifiers.Contains(parse.Tokens[k].Key) && !char.IsDigit(parse.Tokens[k].Key[0]) ? k : null;
    }

    /// <summary>A participle right after a noun in a clause whose verb (or auxiliary) came before it.</summary>
    private static bool IsReducedRelative(SentenceParse parse, List<int> members, int verbPos)
    {
        if (verbPos < 2)
        {
            return false;
        }

        // "the war Cuba waged": an actor right after a noun, then the participle, is a relative clause whose verb is
        // the actor's own ("the war (that) Cuba waged"), unless a "by" phrase follows.
        if (parse.GroupAt[members[verbPos - 1]] is >= 0 and var g && parse.Groups[g].Start > 0
            && (verbPos + 1 >= members.Count || parse.Tokens[members[verbPos + 1]].Key != "BY"))
        {
            var k = parse.Groups[g].Start - 1;
            var key = parse.Tokens[k].Key;
            if (!parse.Tokens[k].IsPunctuation && parse.GroupAt[k] < 0 && parse.VerbAt[k] is null && char.IsLetter(key[0])
                && !WordClasses.Determiners.Contains(key) && !WordClasses.Quantifiers.Contains(key) && !WordClasses.Prepositions.Contains(key)
                && !WordClasses.Auxiliaries.Contains(key) && !WordClasses.Subordinators.Contains(key) && !WordClasses.Coordinators.Contains(key))
            {
                return false;
            }
        }

        var before = parse.Tokens[members[verbPos - 1]];
        if (before.IsPunctuation || WordClasses.Auxiliaries.Contains(before.Key) || WordClasses.Subordinators.Contains(before.Key)
            || WordClasses.Coordinators.Contains(before.Key) || MoodWords.SpeakerPronouns.Contains(before.Key) || IsAdverb(before.Key))
        {
            return false;
        }

        for (var p = verbPos - 2; p >= 0; p--)
        {
            var k = members[p];
            if (parse.VerbAt[k] is not null || WordClasses.Auxiliaries.Contains(parse.Tokens[k].Key))
            {
                return true;
            }
        }

        // "The civilians imprisoned for … were released": the clause's own verb comes after, with its auxiliary.
        for (var p = verbPos + 1; p + 1 < members.Count; p++)
        {
            var key = parse.Tokens[members[p]].Key;
            if (key == ",")
            {
                break;
            }

            if (WordClasses.Auxiliaries.Contains(key) && parse.VerbAt[members[p + 1]] is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"is ready to withdraw", "agreed to provide": only "to", adverbs and auxiliaries stand between the two verbs.</summary>
    private static bool Governs(SentenceParse parse, int governor, int verb)
    {
        for (var k = governor + 1; k < verb; k++)
        {
            var key = parse.Tokens[k].Key;
            if (key != "TO" && !IsAdverb(key) && !WordClasses.Auxiliaries.Contains(key))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCountry(ActorGroup group) => group.Actors.Exists(a => !a.Code.StartsWith("---", StringComparison.Ordinal));

    private static int? GroupEndingAt(SentenceParse parse, int k) =>
        k >= 0 && parse.GroupAt[k] is >= 0 and var g && parse.Groups[g].End - 1 == k ? g : null;

    /// <summary>The nearest actor group before the verb in its clause, outside prepositional phrases; else the clause's inherited subject.</summary>
    private static int? Subject(SentenceParse parse, List<int> members, int verbPos) => Subject(parse, members, verbPos, out _);

    private static int? Subject(SentenceParse parse, List<int> members, int verbPos, out ArgumentRoute route)
    {
        route = ArgumentRoute.Subject;
        var clause = parse.Clauses[parse.ClauseOf[members[verbPos]]];
        var crossedVerb = false;
        for (var p = verbPos - 1; p >= 0; p--)
        {
            var k = members[p];
            var g = parse.GroupAt[k];
            if (g >= 0 && !InPrepositionalPhrase(parse, parse.Groups[g].Start))
            {
                // "…refused to respond to a demand … to adhere to peace deals": past another verb with nothing to
                // separate them, the actor is that verb's subject and our word is no verb of its own.
                return crossedVerb ? null : g;
            }

            var key = parse.Tokens[k].Key;
            if (key is "," or "AND" or "BUT")
            {
                crossedVerb = false;
            }
            else if (parse.VerbAt[k] is not null && !WordClasses.Auxiliaries.Contains(key) && !Governs(parse, k, members[verbPos]))
            {
                crossedVerb = true;
            }
        }

        if (clause.AnchorGroup >= 0)
        {
            route = ArgumentRoute.Antecedent;
            return clause.AnchorGroup;
        }

        if (clause.AnchorGroup == ClauseInfo.NonActorAntecedent)
        {
            // "a tour that first took him to Caracas": the relative clause is about the tour, which is no actor.
            return null;
        }

        for (var inherit = clause.InheritFrom; inherit >= 0; inherit = parse.Clauses[inherit].InheritFrom)
        {
            var first = Array.IndexOf(parse.ClauseOf, inherit);
            var verbs = Enumerable.Range(0, parse.Tokens.Count).Where(k => parse.ClauseOf[k] == inherit && parse.VerbAt[k] is not null).ToList();
            if (first < 0 || verbs.Count == 0)
            {
                continue;
            }

            var inheritedMembers = Enumerable.Range(0, parse.Tokens.Count).Where(k => parse.ClauseOf[k] == inherit).ToList();
            // That clause's own search walks the rest of the chain; going on here too repeated it at every level,
            // exponential in the chain's length (a sentence of 25 "… and said …" clauses took minutes).
            var found = Subject(parse, inheritedMembers, inheritedMembers.IndexOf(verbs[0]));
            route = found is null ? route : ArgumentRoute.Inherited;
            return found;
        }

        return null;
    }

    private static bool InPrepositionalPhrase(SentenceParse parse, int groupStart)
    {
        for (var k = groupStart - 1; k >= 0 && k >= groupStart - 4; k--)
        {
            var key = parse.Tokens[k].Key;
            if (WordClasses.Prepositions.Contains(key))
            {
                return true;
            }

            if (!WordClasses.Determiners.Contains(key) && (parse.Tokens[k].IsPunctuation || parse.VerbAt[k] is not null || !IsModifier(parse, k)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsModifier(SentenceParse parse, int k) => parse.GroupAt[k] < 0 && !WordClasses.Auxiliaries.Contains(parse.Tokens[k].Key) && !WordClasses.Subordinators.Contains(parse.Tokens[k].Key) && !WordClasses.Coordinators.Contains(parse.Tokens[k].Key);

    /// <summary>
    /// The verb's target: the first actor group after it in its clause that is its object — reached over words of the
    /// object phrase, through "of" inside that phrase ("the withdrawal of Serbian forces"), or as the object of a
    /// preposition <paramref name="prepositions"/> allows — and not the subject of a further verb.
    /// </summary>
    private static int? Object(SentenceParse parse, List<int> members, int verbPos, bool passive, int? subject, HashSet<string> prepositions,
        out ArgumentRoute route, out string? via)
    {
        route = ArgumentRoute.Object;
        via = null;
        var inside = false;
        var open = true;
        var complemented = false;
        var closed = false;
        var words = 0;
        for (var p = verbPos + 1; p < members.Count && !closed; p++)
        {
            var k = members[p];
            var key = parse.Tokens[k].Key;
            var g = parse.GroupAt[k];
            if (g < 0)
            {
                // What follows a comma is an aside or another clause, not the verb's object, unless the comma
                // only separates adjectives ("complete, full diplomatic ties with Gondor").
                if (key == "," && !CommaInsidePhrase(parse, members, p))
                {
                    break;
                }

                if (key is "WITH" or "IN" && p + 2 < members.Count && parse.Tokens[members[p + 1]].Key is "RESPECT" or "REGARD" or "RELATION"
                    && parse.Tokens[members[p + 2]].Key == "TO")
                {
                    // "acted with respect to Libya", "in regard to X": one preposition naming what the act concerns.
                    (open, via, inside, words) = (true, "TO", false, 0);
                    complemented = true;
                    p += 2;
                    continue;
                }

                if (WordClasses.Prepositions.Contains(key))
                {
                    // A phrase right after the verb is its complement ("arrived in Gondor", "departed from Libya"); after
                    // an object only a preposition the act takes opens one ("handed medicine to X", not "… in Bam").
                    // "The withdrawal of Serbian forces", "an attack by Osgiliath soldiers": of and by after the
                    // object's head belong to the object phrase.
                    var taken = prepositions.Contains(key) || (words == 0 && !complemented && !(passive && key == "BY"));
                    inside = !taken && key is "OF" or "BY" or "BETWEEN" or "FROM" && !passive && open && words > 0;
                    open = taken || inside;
                    via = open && !inside ? key : via;
                    complemented |= words == 0;
                    words = 0;
                }
                else if (parse.VerbAt[k] is not null && p > verbPos + 1)
                {
                    // Past another verb, what follows is its argument, not ours; past a gerund after a preposition ("ended
                    // his tour by meeting X … with Y") no later phrase is ours either.
                    open = false;
                    closed = key.EndsWith("ING", StringComparison.Ordinal) && WordClasses.Prepositions.Contains(parse.Tokens[k - 1].Key);
                }
                else if (!parse.Tokens[k].IsPunctuation && !WordClasses.IsTimeWord(key))
                {
                    words++;
                }

                continue;
            }

            var group = parse.Groups[g];
            if ((passive && group.Start > 0 && parse.Tokens[group.Start - 1].Key == "BY") || IsSectorInPlacePhrase(parse, group) || !open)
            {
                p = LastOfGroup(members, p, group);
                continue;
            }

            if (StartsVerb(parse, group.End) && !InPrepositionalPhrase(parse, group.Start))
            {
                return null;
            }

            // "the minister praised the resolve of the Gondorian people against Mordor": an official's own nation
            // is what the act is on behalf of, not its target; the object is a later foreign actor, if any.
            if ((subject is { } s && IsOwnNation(parse.Groups[s], group)) || IsOwnSector(parse, group))
            {
                p = LastOfGroup(members, p, group);
                continue;
            }

            route = via is null ? ArgumentRoute.Object : inside ? ArgumentRoute.InsideObject : ArgumentRoute.Preposition;
            return g;
        }

        // "X allowed that Y isn't…": the subject of a "that" clause right after the verb is what the verb is about.
        var next = members[verbPos] + 1;
        if (next < parse.Tokens.Count && parse.Tokens[next].Key == "THAT")
        {
            // Its subject, before its verb: "claimed that they had attacked Iraq" is about "they", not Iraq.
            for (var k = next + 1; k < parse.Tokens.Count && k <= next + 4 && parse.VerbAt[k] is null; k++)
            {
                if (parse.GroupAt[k] >= 0)
                {
                    route = ArgumentRoute.ThatClause;
                    return parse.GroupAt[k];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The position in <paramref name="members"/> of the group's last token, to go on after it; never before
    /// <paramref name="p"/>: a group may end outside the clause's tokens ("fighters, blogs and websites" across a comma
    /// another clause took), and going back to the start re-read the clause for ever.
    /// </summary>
    private static int LastOfGroup(List<int> members, int p, ActorGroup group)
    {
        while (p + 1 < members.Count && members[p + 1] < group.End)
        {
            p++;
        }

        return p;
    }

    /// <summary>
    /// "…agreements in the areas of customs and the judiciary": a sector with no country inside a phrase of place or
    /// part (in, of, on, at) names a field, not the party acted upon.
    /// </summary>
    private static bool IsSectorInPlacePhrase(SentenceParse parse, ActorGroup group)
    {
        if (!group.Actors.TrueForAll(a => a.Code.StartsWith("---", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var k = group.Start - 1; k >= 0 && k >= group.Start - 6; k--)
        {
            var key = parse.Tokens[k].Key;
            if (key is "IN" or "OF" or "ON" or "AT")
            {
                return true;
            }

            if (WordClasses.Prepositions.Contains(key) || parse.VerbAt[k] is not null)
            {
                return false;
            }
        }

        return false;
    }

    private static bool CommaInsidePhrase(SentenceParse parse, List<int> members, int comma)
    {
        for (var q = comma + 1; q < members.Count; q++)
        {
            var k = members[q];
            var key = parse.Tokens[k].Key;
            if (parse.GroupAt[k] >= 0)
            {
                return q > comma + 1;
            }

            if (parse.Tokens[k].IsPunctuation || parse.VerbAt[k] is not null || WordClasses.Subordinators.Contains(key) || WordClasses.Auxiliaries.Contains(key)
                || (q == comma + 1 && (WordClasses.Determiners.Contains(key) || WordClasses.Coordinators.Contains(key))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"sent its marine commandos", "mobilized their reservists": a sector with no country after "its"/"their" is the subject's own.</summary>
    private static bool IsOwnSector(SentenceParse parse, ActorGroup group)
    {
        if (!group.Actors.TrueForAll(a => a.Code.StartsWith("---", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var k = group.Start - 1; k >= 0 && k >= group.Start - 3; k--)
        {
            var key = parse.Tokens[k].Key;
            if (key is "ITS" or "THEIR" or "HIS" or "HER" or "OUR")
            {
                return true;
            }

            if (parse.Tokens[k].IsPunctuation || parse.VerbAt[k] is not null || WordClasses.Prepositions.Contains(key) || WordClasses.Determiners.Contains(key))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsOwnNation(ActorGroup source, ActorGroup target) =>
        target.Actors.TrueForAll(t => t.Code.Length == 3 && source.Actors.Exists(s => s.Code.Length > 3 && s.Code.StartsWith(t.Code, StringComparison.Ordinal)));

    private static bool StartsVerb(SentenceParse parse, int at)
    {
        for (var k = at; k < parse.Tokens.Count && k < at + 4; k++)
        {
            if (parse.VerbAt[k] is not null)
            {
                return true;
            }

            var key = parse.Tokens[k].Key;
            if (!WordClasses.Auxiliaries.Contains(key) && !WordClasses.Negations.Contains(key))
            {
                return false;
            }
        }

        return false;
    }

    private static int? Between(SentenceParse parse, List<int> members, int verbPos)
    {
        for (var p = verbPos + 1; p < members.Count - 1; p++)
        {
            if (parse.Tokens[members[p]].Key == "BETWEEN")
            {
                for (var q = p + 1; q < members.Count && q <= p + 6; q++)
                {
                    if (parse.GroupAt[members[q]] is >= 0 and var g && parse.Groups[g].Actors.Count > 1)
                    {
                        return g;
                    }
                }
            }
        }

        return null;
    }

    private static int? ByPhrase(SentenceParse parse, List<int> members, int verbPos)
    {
        for (var p = verbPos + 1; p < members.Count - 1; p++)
        {
            if (parse.Tokens[members[p]].Key == "BY")
            {
                for (var q = p + 1; q < members.Count && q <= p + 4; q++)
                {
                    if (parse.GroupAt[members[q]] is >= 0 and var g)
                    {
                        return g;
                    }

                    // "kidnapped by Boko Haram in Nigeria": the agent's phrase ends at the next preposition (but "of": "by
                    // the army of Chad"); a place after it says where, and is no agent.
                    var key = parse.Tokens[members[q]].Key;
                    if (key != "OF" && WordClasses.Prepositions.Contains(key))
                    {
                        break;
                    }
                }
            }
        }

        return null;
    }
}
