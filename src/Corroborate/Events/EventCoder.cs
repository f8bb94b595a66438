namespace Corroborate.Events;

/// <summary>
/// Codes sentences into CAMEO events as PETRARCH does, over our shallow syntax: for each dictionary verb, the
/// subject (or, in the passive, the "by" phrase) is the source, the first actor after the verb the target, and the
/// longest matching verb pattern gives the code. Negated ("did not meet"), modal ("may sign"), intended ("plans to
/// visit") and conditional actions are not coded, unless a pattern spells the negation or modal out. Both actors
/// are required; coordinated actors ("X and Y") each get a coding.
/// </summary>
public sealed class EventCoder(EventDictionaries dictionaries)
{
    private readonly ShallowParser _parser = new(dictionaries);

    public EventDictionaries Dictionaries => dictionaries;

    public IReadOnlyList<EventCoding> Code(string sentence, DateOnly? date = null) => Code(sentence, 0, sentence.Length, date, null);

    /// <summary>Codes <c>text[start..end)</c>; spans in the result index <paramref name="text"/>.</summary>
    public IReadOnlyList<EventCoding> Code(string text, int start, int end, DateOnly? date, IReadOnlyList<KnownActorSpan>? known)
    {
        var tokens = EventTokenizer.Tokenize(text.AsSpan(start, end - start), start);
        if (tokens.Count == 0 || IsDiscarded(tokens))
        {
            return [];
        }

        var parse = _parser.Parse(text, tokens, date, known);
        if (parse.Groups.Count == 0)
        {
            return [];
        }

        var codings = new List<EventCoding>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (parse.VerbAt[i] is { } verb)
            {
                CodeVerb(parse, i, verb, codings);
            }
        }

        return codings;
    }

    private bool IsDiscarded(List<EventToken> tokens)
    {
        if (dictionaries.Discards.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (dictionaries.Discards.TryMatch(tokens, i, tokens.Count, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private void CodeVerb(SentenceParse parse, int verbIndex, VerbEntry verb, List<EventCoding> codings)
    {
        var tokens = parse.Tokens;
        var clause = parse.ClauseOf[verbIndex];
        var members = new List<int>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (parse.ClauseOf[k] == clause)
            {
                members.Add(k);
            }
        }

        var verbPos = members.IndexOf(verbIndex);
        var chain = AuxiliaryChain(parse, verbIndex);
        var passive = chain.Exists(k => WordClasses.BeForms.Contains(tokens[k].Key)) && IsParticiple(tokens[verbIndex].Key, verb);
        var subject = Subject(parse, members, verbPos);
        int? sourceGroup = passive ? ByPhrase(parse, members, verbPos) : subject;
        int? targetGroup = passive ? subject : Object(parse, members, verbPos, passive, subject);
        if (passive && sourceGroup is null && Between(parse, members, verbPos) is { } between)
        {
            // "Agreements were signed between Iran and Cuba": the two parties acted with each other.
            (sourceGroup, targetGroup) = (between, null);
        }

        // Patterns read on into the clauses the verb governs ("allowed that Mordor isn't a really pleasant place").
        var reach = new List<int>(members.Count);
        reach.AddRange(members.Take(verbPos + 1));
        for (var k = verbIndex + 1; k < tokens.Count; k++)
        {
            if (parse.ClauseOf[k] >= clause)
            {
                reach.Add(k);
            }
        }

        var (pattern, matched) = BestPattern(parse, reach, verbPos, verb, passive);
        if (matched.Source is { } s)
        {
            sourceGroup = s;
        }

        if (matched.Target is { } t)
        {
            targetGroup = t;
        }

        var compound = matched.Compound;
        if (compound is { } cg && matched.CompoundBeforeVerb is false)
        {
            // A compound after the verb is simply the target ("agrees with the Philippines and France").
            targetGroup = cg;
            compound = null;
        }
        else if (compound is { } sgc && targetGroup is not null && targetGroup != sgc)
        {
            sourceGroup = sgc;
            compound = null;
        }
        var code = pattern?.Code ?? verb.Code;
        if (code.Primary is null || !char.IsDigit(code.Primary[0]))
        {
            return;
        }

        if (!Happened(parse, verbIndex, chain, pattern))
        {
            return;
        }

        var verbToken = tokens[verbIndex];
        if (compound is { } c && parse.Groups[c].Actors.Count > 1)
        {
            var actors = parse.Groups[c].Actors;
            foreach (var a in actors)
            {
                foreach (var b in actors)
                {
                    if (!ReferenceEquals(a, b))
                    {
                        Add(codings, a, b, code.Primary, verbToken, mutual: true);
                    }
                }
            }

            return;
        }

        // "Iran and Cuba signed six agreements": a coordinated subject of a cooperative act with no object acted
        // with each other (CAMEO roots 03–06: intent, consultation, diplomatic and material cooperation).
        if (targetGroup is null && sourceGroup is { } reciprocal && parse.Groups[reciprocal].Actors.Select(a => a.Code).Distinct().Count() > 1
            && code.Primary.Length >= 2 && code.Primary[..2] is "03" or "04" or "05" or "06")
        {
            var actors = parse.Groups[reciprocal].Actors;
            foreach (var a in actors)
            {
                foreach (var b in actors)
                {
                    if (!ReferenceEquals(a, b))
                    {
                        Add(codings, a, b, code.Primary, verbToken, mutual: true);
                    }
                }
            }

            return;
        }

        if (sourceGroup is not { } sg || targetGroup is not { } tg || sg == tg)
        {
            return;
        }

        foreach (var source in parse.Groups[sg].Actors)
        {
            foreach (var target in parse.Groups[tg].Actors)
            {
                var mutual = code.Reverse == code.Primary;
                Add(codings, source, target, code.Primary, verbToken, mutual);
                if (code.Reverse is { } reverse)
                {
                    Add(codings, target, source, reverse, verbToken, mutual);
                }
            }
        }
    }

    private static void Add(List<EventCoding> codings, EventActor source, EventActor target, string code, EventToken verb, bool mutual = false)
    {
        if (source.Code == target.Code || codings.Exists(c => c.Source.Code == source.Code && c.Target.Code == target.Code && c.Code == code))
        {
            return;
        }

        codings.Add(new EventCoding(source, target, code, verb.Start, verb.End, mutual));
    }

    /// <summary>Auxiliaries, negations and adverbs right before the verb ("did not", "may soon", "is about to").</summary>
    private static List<int> AuxiliaryChain(SentenceParse parse, int verbIndex)
    {
        var chain = new List<int>();
        for (var k = verbIndex - 1; k >= 0 && chain.Count < 6; k--)
        {
            var key = parse.Tokens[k].Key;
            if (WordClasses.Auxiliaries.Contains(key) || WordClasses.Negations.Contains(key) || WordClasses.ChainWords.Contains(key)
                || (key.EndsWith("LY", StringComparison.Ordinal) && key.Length > 4 && parse.GroupAt[k] < 0) || key == "ABOUT")
            {
                chain.Add(k);
                continue;
            }

            if (k > 0 && parse.Tokens[k + 1].Key == "TO" && WordClasses.Intentions.Contains(key))
            {
                chain.Add(k);
            }

            break;
        }

        return chain;
    }

    /// <summary>False for negated, modal, intended and conditional actions, unless the pattern itself names the word.</summary>
    private bool Happened(SentenceParse parse, int verbIndex, List<int> chain, VerbPattern? pattern)
    {
        if (parse.Clauses[parse.ClauseOf[verbIndex]].Hypothetical)
        {
            return false;
        }

        foreach (var k in chain)
        {
            var key = parse.Tokens[k].Key;
            if ((WordClasses.Negations.Contains(key) || WordClasses.Modals.Contains(key) || WordClasses.Intentions.Contains(key)) && !Spells(pattern, key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the pattern names the word itself (a literal, or a synset before the verb that holds it).</summary>
    private bool Spells(VerbPattern? pattern, string key) =>
        pattern is not null && (pattern.RequiredWords.Contains(key) || pattern.Before.Any(e => e.Kind == PatternElementKind.Synset
            && (dictionaries.Verbs.Synsets.GetValueOrDefault(e.Text) ?? []).Exists(phrase => phrase.Contains(key))));

    private static bool IsParticiple(string key, VerbEntry verb) =>
        key != verb.Lemma && !key.EndsWith("ING", StringComparison.Ordinal) && key != DictionaryLines.Plural(verb.Lemma)
        && (key.EndsWith("ED", StringComparison.Ordinal) || key.EndsWith("EN", StringComparison.Ordinal) || key.EndsWith('T') || key.EndsWith('N'));

    /// <summary>The nearest actor group before the verb in its clause, outside prepositional phrases; else the clause's inherited subject.</summary>
    private static int? Subject(SentenceParse parse, List<int> members, int verbPos)
    {
        var clause = parse.Clauses[parse.ClauseOf[members[verbPos]]];
        for (var p = verbPos - 1; p >= 0; p--)
        {
            var g = parse.GroupAt[members[p]];
            if (g >= 0 && !InPrepositionalPhrase(parse, parse.Groups[g].Start))
            {
                return g;
            }
        }

        if (clause.AnchorGroup >= 0)
        {
            return clause.AnchorGroup;
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
            return Subject(parse, inheritedMembers, inheritedMembers.IndexOf(verbs[0]));
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

    /// <summary>The first actor group after the verb in its clause that is not the subject of a further verb.</summary>
    private static int? Object(SentenceParse parse, List<int> members, int verbPos, bool passive, int? subject)
    {
        for (var p = verbPos + 1; p < members.Count; p++)
        {
            var g = parse.GroupAt[members[p]];
            if (g < 0)
            {
                // What follows a comma is an aside or another clause, not the verb's object, unless the comma
                // only separates adjectives ("complete, full diplomatic ties with Gondor").
                if (parse.Tokens[members[p]].Key == "," && !CommaInsidePhrase(parse, members, p))
                {
                    break;
                }

                continue;
            }

            var group = parse.Groups[g];
            if ((passive && group.Start > 0 && parse.Tokens[group.Start - 1].Key == "BY") || IsSectorInPlacePhrase(parse, group))
            {
                p = members.IndexOf(group.End - 1);
                continue;
            }

            if (StartsVerb(parse, group.End) && !InPrepositionalPhrase(parse, group.Start))
            {
                return null;
            }

            // "the minister praised the resolve of the Gondorian people against Mordor": an official's own nation
            // is what the act is on behalf of, not its target; the object is a later foreign actor, if any.
            if (subject is { } s && IsOwnNation(parse.Groups[s], group))
            {
                p = members.IndexOf(group.End - 1);
                continue;
            }

            return g;
        }

        // "X allowed that Y isn't…": the subject of a "that" clause right after the verb is what the verb is about.
        var next = members[verbPos] + 1;
        if (next < parse.Tokens.Count && parse.Tokens[next].Key == "THAT")
        {
            for (var k = next + 1; k < parse.Tokens.Count && k <= next + 4; k++)
            {
                if (parse.GroupAt[k] >= 0)
                {
                    return parse.GroupAt[k];
                }
            }
        }

        return null;
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
                }
            }
        }

        return null;
    }

    private readonly record struct PatternActors(int? Source, int? Target, int? Compound, bool? CompoundBeforeVerb = null);

    private (VerbPattern? Pattern, PatternActors Actors) BestPattern(SentenceParse parse, List<int> members, int verbPos, VerbEntry verb, bool passive)
    {
        VerbPattern? best = null;
        var bestActors = default(PatternActors);
        foreach (var pattern in verb.Block.ByWeight)
        {
            if (best is not null)
            {
                break;
            }

            if (!Array.TrueForAll(pattern.RequiredWords, parse.Words.Contains))
            {
                continue;
            }

            // Particles of a multi-word verb are part of the verb, not words a pattern may claim.
            var low = verbPos - verb.Preceding.Length;
            var high = verbPos + verb.Following.Length;
            var actors = default(PatternActors);
            if (MatchSide(parse, members, low, -1, pattern.Before, ref actors) && MatchSide(parse, members, high, +1, pattern.After, ref actors))
            {
                best = pattern;
                bestActors = actors;
            }
            else if (passive && pattern.Before.IsEmpty && pattern.After.All(e => e.Kind is PatternElementKind.Word or PatternElementKind.Synset)
                && MatchSide(parse, members, low, -1, [.. pattern.After.Reverse().Select(e => e with { Adjacent = false })], ref actors))
            {
                // In the passive the object stands before the verb: "six agreements were signed" matches "* &TREATY".
                best = pattern;
                bestActors = default;
            }
        }

        return (best, bestActors);
    }

    private bool MatchSide(SentenceParse parse, List<int> members, int verbPos, int step, System.Collections.Immutable.ImmutableArray<PatternElement> elements, ref PatternActors actors)
    {
        var p = verbPos + step;
        foreach (var element in elements)
        {
            var found = -1;
            for (var q = p; q >= 0 && q < members.Count; q += step)
            {
                var width = MatchAt(parse, members, q, step, element, ref actors);
                if (width > 0)
                {
                    found = q + step * (width - 1);
                    break;
                }

                if (element.Adjacent)
                {
                    break;
                }
            }

            if (found < 0)
            {
                return false;
            }

            p = found + step;
        }

        return true;
    }

    /// <summary>How many clause tokens the element covers when it matches at <paramref name="q"/> (reading in direction <paramref name="step"/>), else 0.</summary>
    private int MatchAt(SentenceParse parse, List<int> members, int q, int step, PatternElement element, ref PatternActors actors)
    {
        var token = parse.Tokens[members[q]];
        switch (element.Kind)
        {
            case PatternElementKind.Word:
                return token.Key == element.Text ? 1 : 0;
            case PatternElementKind.Synset:
                foreach (var phrase in dictionaries.Verbs.Synsets.GetValueOrDefault(element.Text) ?? [])
                {
                    if (PhraseMatches(parse, members, q, step, phrase))
                    {
                        return phrase.Length;
                    }
                }

                return 0;
            default:
                var g = parse.GroupAt[members[q]];
                if (g < 0)
                {
                    return 0;
                }

                var group = parse.Groups[g];
                var edge = step > 0 ? group.Start : group.End - 1;
                if (members[q] != edge)
                {
                    return 0;
                }

                actors = element.Kind switch
                {
                    PatternElementKind.Source => actors with { Source = g },
                    PatternElementKind.Target => actors with { Target = g },
                    PatternElementKind.Compound => actors with { Compound = g, CompoundBeforeVerb = step < 0 },
                    _ => actors,
                };
                return Math.Max(1, Math.Abs(members.IndexOf(step > 0 ? group.End - 1 : group.Start) - q) + 1);
        }
    }

    private static bool PhraseMatches(SentenceParse parse, List<int> members, int q, int step, string[] phrase)
    {
        // Read forwards from the phrase's first token whichever way the pattern is being matched.
        var first = step > 0 ? q : q - phrase.Length + 1;
        if (first < 0 || first + phrase.Length > members.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!WordMatches(parse.Tokens[members[first + k]].Key, phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WordMatches(string key, string word) =>
        key == word || (key.Length > word.Length && key.StartsWith(word, StringComparison.Ordinal) && key == DictionaryLines.Plural(word));
}
