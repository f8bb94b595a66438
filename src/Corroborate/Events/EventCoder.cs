namespace Corroborate.Events;

/// <summary>
/// Codes sentences into CAMEO events as PETRARCH does, over our shallow syntax: for each dictionary verb, the
/// subject (or, in the passive, the "by" phrase) is the source, the first actor after the verb the target, and the
/// longest matching verb pattern gives the code. Negated ("did not meet"), modal ("may sign"), intended ("plans to
/// visit") and conditional actions are not coded, unless a pattern spells the negation or modal out. Both actors
/// are required; coordinated actors ("X and Y") each get a coding.
/// </summary>
public sealed partial class EventCoder(EventDictionaries dictionaries, EventCoderOptions? options = null)
{
    private readonly ShallowParser _parser = new(dictionaries);

    private readonly double _minConfidence = options?.MinConfidence ?? (dictionaries.IsBuiltIn ? CodingConfidence.Minimum : 0);

    private readonly bool _gate = options?.Gate ?? dictionaries.IsBuiltIn;

    public EventDictionaries Dictionaries => dictionaries;

    public IReadOnlyList<EventCoding> Code(string sentence, DateOnly? date = null) => Code(sentence, 0, sentence.Length, date, null);

    /// <summary>Codes <c>text[start..end)</c>; spans in the result index <paramref name="text"/>.</summary>
    public IReadOnlyList<EventCoding> Code(string text, int start, int end, DateOnly? date, IReadOnlyList<KnownActorSpan>? known)
    {
        // A blank line ends a paragraph (a headline, a dateline): nothing links the words on either side of it.
        var paragraph = text.IndexOf("\n\n", start, end - start, StringComparison.Ordinal);
        if (paragraph >= 0)
        {
            var codings = new List<EventCoding>(Code(text, start, paragraph, date, known));
            var next = paragraph;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            codings.AddRange(Code(text, next, end, date, known));
            return codings;
        }

        return CodeSpan(text, start, end, date, known);
    }

    private List<EventCoding> CodeSpan(string text, int start, int end, DateOnly? date, IReadOnlyList<KnownActorSpan>? known)
    {
        var tokens = EventTokenizer.Tokenize(text.AsSpan(start, end - start), start);
        if (tokens.Count == 0 || IsDiscarded(tokens) || tokens.Exists(t => t.Key == "?"))
        {
            // A question asks whether something happened; it states no act.
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

        return Gated(parse, codings);
    }

    /// <summary>
    /// Scores every coding by its evidence (<see cref="CodingGate"/>) and, with the gate on, leaves out the events
    /// scored below its threshold: precision by abstention, where the evidence is weak.
    /// </summary>
    private List<EventCoding> Gated(SentenceParse parse, List<EventCoding> codings)
    {
        if (codings.Count == 0)
        {
            return codings;
        }

        var verbs = 0;
        foreach (var verb in parse.VerbAt)
        {
            verbs += verb is null ? 0 : 1;
        }

        var kept = new List<EventCoding>(codings.Count);
        foreach (var coding in codings)
        {
            var features = CodingFeatures.Of(coding, parse.Tokens, verbs);
            var score = CodingGate.Applies(coding.Code) ? CodingGate.Score(features) : 1;
            if (!_gate || score >= CodingGate.Threshold)
            {
                kept.Add(coding with { Features = features, GateScore = score });
            }
        }

        return kept;
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
        var members = Members(parse, clause);
        var verbPos = members.IndexOf(verbIndex);
        var chain = AuxiliaryChain(parse, verbIndex);
        var participle = IsParticiple(tokens[verbIndex].Key, verb) || IsParticipleBeforeBy(tokens, verbIndex, verb);
        var passive = participle && chain.Exists(k => WordClasses.BeForms.Contains(tokens[k].Key));

        // "the curfew imposed in Sudan": a participle after a noun, in a clause whose verb came earlier, is a passive
        // that modifies the noun; its subject is that noun, never an actor further back.
        var reduced = !passive && participle && chain.Count == 0 && IsReducedRelative(parse, members, verbPos);

        // "an aid worker, held captive by pirates, appealed…": a participle set off by a comma after an actor, with its
        // agent's "by" after it, is a passive about that actor, as without the comma.
        var appositive = !passive && !reduced && participle && chain.Count == 0 && IsAppositiveBeforeBy(parse, verbIndex);
        reduced |= appositive;
        var subjectRoute = ArgumentRoute.PassiveSubject;
        var subject = reduced ? GroupEndingAt(parse, verbIndex - (appositive ? 2 : 1)) : Subject(parse, members, verbPos, out subjectRoute);
        if (reduced && subject is { } modified && IsPlaceInLocativePhrase(parse, parse.Groups[modified]))
        {
            // "a conference in Bahrain attended by…": the participle modifies the noun the place phrase belongs to.
            subject = null;
        }

        if (!reduced && chain.Count == 0 && tokens[verbIndex].Key.EndsWith("ING", StringComparison.Ordinal)
            && AdjunctComma(parse, verbIndex) is >= 0 and var comma)
        {
            // "X shelled Y, killing Z": a participle set off by a comma shares the subject of the clause before it,
            // never the object that happens to stand nearest ("The tremor shook Oman, forcing…" has no actor subject).
            subject = AdjunctSubject(parse, comma);
            subjectRoute = ArgumentRoute.Inherited;
        }

        passive |= reduced;

        // Patterns read on into the clauses the verb governs ("allowed that Mordor isn't a really pleasant place").
        // Not into a clause coordinated with it ("praised X … and said it was a partner"): that has its own verb; nor
        // into a relative or adverbial clause set off by a comma ("backed the government, which pushed the militants
        // out", "seized territory, although details…"): an aside about something else, whose words are not this verb's.
        var reach = new List<int>(members.Count);
        reach.AddRange(members.Take(verbPos + 1));
        var aside = -1;
        for (var k = verbIndex + 1; k < tokens.Count; k++)
        {
            var later = parse.ClauseOf[k];
            if (later > clause && later != aside && tokens[k - 1].Key == "," && parse.Clauses[later].Opener is { } opener && opener != "THAT"
                && (k == 0 || parse.ClauseOf[k - 1] != later))
            {
                aside = later;
            }

            if (later == clause || (later > clause && later != aside && parse.Clauses[later].InheritFrom < 0))
            {
                reach.Add(k);
            }
        }

        // A reporting verb codes the statement; what it reports is read by the reported verbs' own mood (a pattern
        // of "say" that reads "withdraw" in the clause would code the reported act as if the speaker did it).
        var (pattern, matched) = MoodWords.Reporting.Contains(tokens[verbIndex].Key)
            ? (null, default) : BestPattern(parse, reach, verbPos, verb, passive);
        var code = pattern?.Code ?? verb.Code;
        if (code.Primary is null || !char.IsDigit(code.Primary[0]))
        {
            return;
        }

        // A pattern that spells out its auxiliary ("will not wire tap") already says what the sentence means.
        var mood = chain.Exists(k => Spells(pattern, tokens[k].Key)) ? new Mood(MoodKind.Act) : MoodOf(parse, verbIndex, chain, subject);
        if (mood.Kind == MoodKind.None || !Happened(parse, verbIndex, chain, pattern, mood.Kind))
        {
            return;
        }

        // "should war break out", "should Iran attack": "should" before the subject opens a condition; nothing happened.
        if (IsInvertedCondition(parse, verbIndex))
        {
            return;
        }

        // "decided not to hold out": a commitment not to act is no act, and no intention to act either.
        if (MoodWords.Commitment.Contains(tokens[verbIndex].Key) && verbIndex + 2 < tokens.Count
            && WordClasses.Negations.Contains(tokens[verbIndex + 1].Key) && tokens[verbIndex + 2].Key == "TO")
        {
            return;
        }

        // "agreed to withdraw": the commitment is coded through the act it commits to; only when that act is no
        // dictionary verb does the commitment itself stand, as an intention.
        if (pattern is null && MoodWords.Commitment.Contains(tokens[verbIndex].Key) && InfinitiveAfter(parse, verbIndex) is { } infinitive)
        {
            if (parse.VerbAt[infinitive] is not null)
            {
                return;
            }

            mood = mood with { Kind = MoodKind.Intent };
        }

        // "are seeking to deepen a partnership", "wants to join": a hope, aim or attempt governing an infinitive is
        // neither the act (the infinitive codes nothing) nor a stated intention; the verb's own code does not stand.
        if (pattern is null && WordClasses.Intentions.Contains(tokens[verbIndex].Key) && !MoodWords.Commitment.Contains(tokens[verbIndex].Key)
            && InfinitiveAfter(parse, verbIndex) is not null)
        {
            return;
        }

        var prepositions = ArgumentPrepositions(pattern, verb, code.Primary);
        var objectRoute = ArgumentRoute.Object;
        string? via = null;
        int? sourceGroup = passive ? ByPhrase(parse, members, verbPos) : subject;
        int? targetGroup = passive ? subject : Object(parse, members, verbPos, passive, subject, prepositions, out objectRoute, out via);
        var (sourceRoute, targetRoute) = passive ? (ArgumentRoute.ByPhrase, ArgumentRoute.PassiveSubject) : (subjectRoute, objectRoute);
        if (!passive && pattern is null && targetGroup is { } inverted && SpeakerAfterReportingVerb(parse, verbIndex, parse.Groups[inverted]))
        {
            // "The woman is of Chechen origin, said a Lebanese military official": after the words it reports, the
            // reporting verb comes before its speaker; what stands before is what the statement is about.
            (sourceGroup, targetGroup, sourceRoute, targetRoute) = (targetGroup, sourceGroup, ArgumentRoute.Speaker, subjectRoute);
        }

        if (passive && sourceGroup is null && Between(parse, members, verbPos) is { } between)
        {
            // "Agreements were signed between Iran and Cuba": the two parties acted with each other.
            (sourceGroup, targetGroup, sourceRoute) = (between, null, ArgumentRoute.Joint);
        }

        // "criticized the closure of guest houses in Bree": with no actor as its object, an act that bears on a place
        // targets the country or city an "in" phrase after the object names (as PETRARCH and the PLOVER coders read it).
        if (!passive && targetGroup is null && matched.Target is null && matched.Compound is null && PlaceBites(code.Primary)
            && PlaceAfterObject(parse, members, verbPos) is { } place)
        {
            (targetGroup, targetRoute, via) = (place, ArgumentRoute.Preposition, "IN");
        }

        // "called the Australian actor 'a consummate entertainer'": a naming verb whose object is followed by a second
        // noun phrase describes the object; the verb's own code (a phone call, an appointment) is not the act.
        if (pattern is null && !passive && targetGroup is { } named && targetRoute == ArgumentRoute.Object
            && MoodWords.Naming.Contains(tokens[verbIndex].Key) && DescribesObject(parse, parse.Groups[named].End))
        {
            return;
        }

        // "which calls itself the Islamic State", "a blog called North Korea Watch": a naming verb with a reflexive object,
        // or its participle right after a noun it names, says what something is called, not that anyone called anyone.
        // "what it calls the US 'maximum pressure' campaign": after "what" and its subject, the thing named follows.
        if (pattern is null && MoodWords.Naming.Contains(tokens[verbIndex].Key)
            && ((verbIndex + 1 < tokens.Count && tokens[verbIndex + 1].Key is "ITSELF" or "THEMSELVES" or "HIMSELF" or "HERSELF")
                || (participle && chain.Count == 0 && NamesNounBefore(parse, verbIndex))
                || WhatBefore(tokens, verbIndex)))
        {
            return;
        }

        if (matched.Source is { } s)
        {
            (sourceGroup, sourceRoute) = (s, ArgumentRoute.Pattern);
        }

        if (matched.Target is { } t)
        {
            (targetGroup, targetRoute, via) = (t, ArgumentRoute.Pattern, null);
        }

        var compound = matched.Compound;
        if (compound is { } cg && matched.CompoundBeforeVerb is false)
        {
            // A compound after the verb is simply the target ("agrees with the Philippines and France").
            (targetGroup, targetRoute, via) = (cg, ArgumentRoute.Pattern, null);
            compound = null;
        }
        else if (compound is { } sgc && targetGroup is not null && targetGroup != sgc)
        {
            (sourceGroup, sourceRoute) = (sgc, ArgumentRoute.Pattern);
            compound = null;
        }

        var (primary, reverse) = (code.Primary, code.Reverse);
        switch (mood.Kind)
        {
            case MoodKind.Act when primary == "036" && pattern is not null && verb.Code.Primary is { } own && own.StartsWith("04", StringComparison.Ordinal):
                // "met the First Lady of Iran at the palace", "met for talks": the meeting verbs' patterns code the intention
                // to meet (036), which is what "will meet at…" or "agreed to meet for talks" say (the intention is read from
                // the mood, below); asserted, the meeting happened: consultation, the verb's own root.
                primary = "040";
                reverse = reverse == "036" ? "040" : reverse;
                break;
            case MoodKind.Intent:
                // One side's commitment: the other's part ("host" to a "visit") is not stated, unless the act is mutual.
                reverse = reverse == primary ? CommitmentOf(primary) : null;
                primary = CommitmentOf(primary);
                if (mood.Speaker is { } speaker && speaker != sourceGroup)
                {
                    (sourceGroup, sourceRoute) = (speaker, ArgumentRoute.Speaker);
                }

                break;
            case MoodKind.Demand:
                primary = DemandOf(primary);
                reverse = null;
                (sourceGroup, targetGroup, compound) = (mood.Speaker, subject, null);
                (sourceRoute, targetRoute, via) = (ArgumentRoute.Speaker, subjectRoute, null);
                break;
        }

        if (primary is null)
        {
            return;
        }

        var verbToken = tokens[verbIndex];
        var clauseInfo = parse.Clauses[clause];
        var evidence = new CodingEvidence(pattern?.Weight ?? 0, pattern is null ? 0 : matched.Reach, verb.ParticleCount, sourceRoute, targetRoute, via,
            Distance(parse, sourceGroup, verbIndex), Distance(parse, targetGroup, verbIndex),
            clauseInfo.Opener is null ? clauseInfo.InheritFrom >= 0 ? "coordinated" : "main" : clauseInfo.AnchorGroup != -1 ? "relative" : clauseInfo.Opener,
            passive, mood.Kind.ToString().ToLowerInvariant()) { Pattern = pattern, Verb = verb };
        if (compound is { } c && parse.Groups[c].Actors.Count > 1)
        {
            AddJoint(codings, parse.Groups[c].Actors, primary, verbToken, evidence with { SourceRoute = ArgumentRoute.Joint, TargetRoute = ArgumentRoute.Joint });
            return;
        }

        // "Iran and Cuba signed six agreements": a coordinated subject of a cooperative act with no object acted
        // with each other (CAMEO roots 03–06: intent, consultation, diplomatic and material cooperation) — but a visit
        // is made by one side to the other ("the Emirates and Qatar host air bases" is no visit between them).
        // Nor does going somewhere together ("Parliament police and Ottawa officers arrived") make the travellers meet.
        if (targetGroup is null && sourceGroup is { } reciprocal && parse.Groups[reciprocal].Actors.Select(a => a.Code).Distinct().Count() > 1
            && primary.Length >= 2 && primary[..2] is "03" or "04" or "05" or "06" && primary is not ("042" or "043"))
        {
            if (MoodWords.Journey.Contains(verb.Lemma) && JourneyOnly(pattern))
            {
                return;
            }

            AddJoint(codings, parse.Groups[reciprocal].Actors, primary, verbToken, evidence with { TargetRoute = ArgumentRoute.Joint });
            return;
        }

        if (sourceGroup is not { } sg || targetGroup is not { } tg || sg == tg)
        {
            return;
        }

        // "The rebels attacked the police": two sectors placed nowhere are actors nobody can name; such a coding says
        // too little to be worth the risk of being wrong.
        if (!HasCountry(parse.Groups[sg]) && !HasCountry(parse.Groups[tg]))
        {
            return;
        }

        if (!SenseHolds(parse, verbIndex, pattern, sourceRoute, targetRoute, via, parse.Groups[sg], parse.Groups[tg], ref primary, ref reverse))
        {
            return;
        }

        foreach (var source in parse.Groups[sg].Actors)
        {
            foreach (var target in parse.Groups[tg].Actors)
            {
                var mutual = reverse == primary;
                Add(codings, source, target, primary, verbToken, evidence, mutual);
                if (reverse is not null)
                {
                    Add(codings, target, source, reverse, verbToken, evidence, mutual);
                }
            }
        }
    }

    private static int Distance(SentenceParse parse, int? group, int verbIndex) => group is not { } g ? -1
        : parse.Groups[g].End <= verbIndex ? verbIndex - parse.Groups[g].End : Math.Max(0, parse.Groups[g].Start - verbIndex - 1);

    /// <summary>
    /// Whether a reporting verb after a comma or a closing quotation mark has its speaker right after it ("…, said a
    /// Lebanese official", "…,” said Iran's foreign minister on Tuesday): the phrase follows the verb over determiners only
    /// and ends the clause (a punctuation mark, a preposition, a time or an adverb, or the sentence's end), so it is no subject of a reported
    /// clause ("…, said Iran had attacked").
    /// </summary>
    private static bool SpeakerAfterReportingVerb(SentenceParse parse, int verbIndex, ActorGroup group)
    {
        var tokens = parse.Tokens;
        // "Tell" names its hearer after it ("…, told the newspaper:"), and a participle ("…, telling ministers") opens an
        // adjunct: neither comes before its speaker.
        var key = tokens[verbIndex].Key;
        if (verbIndex == 0 || !MoodWords.Reporting.Contains(key) || key.EndsWith("ING", StringComparison.Ordinal) || key is "TELL" or "TELLS" or "TOLD"
            || tokens[verbIndex - 1].Key is not ("," or "\"") || group.Start <= verbIndex)
        {
            return false;
        }

        for (var k = verbIndex + 1; k < group.Start; k++)
        {
            if (!WordClasses.Determiners.Contains(tokens[k].Key))
            {
                return false;
            }
        }

        return group.End >= tokens.Count || tokens[group.End].IsPunctuation || WordClasses.Prepositions.Contains(tokens[group.End].Key)
            || WordClasses.IsTimeWord(tokens[group.End].Key) || tokens[group.End].Key.EndsWith("LY", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the word before a naming participle is a noun it names: a common noun that is no actor ("a blog called…"),
    /// or an actor phrase opened by "a", "an" or "another" ("another group called…").
    /// </summary>
    private static bool NamesNounBefore(SentenceParse parse, int verbIndex)
    {
        var k = verbIndex - 1;
        if (k < 0 || !char.IsLetter(parse.Tokens[k].Key[0]))
        {
            return false;
        }

        var key = parse.Tokens[k].Key;
        if (parse.GroupAt[k] is >= 0 and var g)
        {
            var start = parse.Groups[g].Start;
            return parse.Tokens[start].Key is "A" or "AN" or "ANOTHER" || (start > 0 && parse.Tokens[start - 1].Key is "A" or "AN" or "ANOTHER");
        }

        return parse.VerbAt[k] is null && !WordClasses.Auxiliaries.Contains(key) && !WordClasses.Relatives.Contains(key)
            && !WordClasses.Prepositions.Contains(key) && !WordClasses.Determiners.Contains(key) && !MoodWords.SpeakerPronouns.Contains(key)
            && !WordClasses.Negations.Contains(key) && !WordClasses.ChainWords.Contains(key) && !key.EndsWith("LY", StringComparison.Ordinal);
    }

    /// <summary>Whether a second noun phrase opens right after the object: "a"/"an" or a quotation ("called X a liar", "dubbed X 'the…'").</summary>
    private static bool DescribesObject(SentenceParse parse, int objectEnd) =>
        objectEnd < parse.Tokens.Count && parse.Tokens[objectEnd].Key is "A" or "AN" or "\"";

    private void AddJoint(List<EventCoding> codings, List<EventActor> actors, string code, EventToken verb, CodingEvidence evidence)
    {
        foreach (var a in actors)
        {
            foreach (var b in actors)
            {
                // "Environmentalists and scientists welcomed…": as for any pair, two actors placed nowhere say too little.
                if (a.Code.StartsWith("---", StringComparison.Ordinal) && b.Code.StartsWith("---", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!ReferenceEquals(a, b))
                {
                    Add(codings, a, b, code, verb, evidence, mutual: true);
                }
            }
        }
    }

    private void Add(List<EventCoding> codings, EventActor source, EventActor target, string code, EventToken verb, CodingEvidence evidence, bool mutual = false)
    {
        // A coding whose kind of evidence has proved unreliable is left out: a wrong event is worse than a missing one.
        // "Robbers rammed a car into the shop", "rioters torched a bank": root 19 is conventional military force; by
        // criminals, protesters or civilians the verb names a crime or a riot, not an act of war (CAMEO's definition).
        if (code.StartsWith("19", StringComparison.Ordinal) && !ForceSectors.CanFight(source.Code))
        {
            return;
        }

        // "militants beheaded an American journalist", "troops beat protesters": the generic force code a verb carries
        // (190, no weapon named, no pattern) against people who do not fight is CAMEO's unconventional violence (18),
        // not combat; shelling, air strikes and gunfire keep their own codes (193-196), and so does what they did ("shelled
        // the town, killing twelve people": a verb that shares its subject with the act before it tells that act's toll).
        if (code == "190" && evidence.Pattern is null && evidence.SourceRoute != ArgumentRoute.Inherited && ForceSectors.IsNoncombatant(target.Code))
        {
            code = "180";
        }

        // "girls visiting Sarajevo", "workers who had returned from Somalia": a visit (042, 043) is made and hosted by
        // states and their officials; a private person travelling is no visit between parties.
        if (code is "042" or "043" && (ForceSectors.IsPrivate(source.Code) || ForceSectors.IsPrivate(target.Code)))
        {
            return;
        }

        var confidence = CodingConfidence.Of(evidence);
        if (confidence < _minConfidence || source.Code == target.Code || codings.Exists(c => c.Source.Code == source.Code && c.Target.Code == target.Code && c.Code == code))
        {
            return;
        }

        codings.Add(new EventCoding(source, target, code, verb.Start, verb.End, mutual) { Evidence = evidence, Confidence = confidence });
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

    /// <summary>
    /// False for negated, modal and conditional actions, unless the pattern itself names the word. "Would" and
    /// "must" stand only where the mood made them an intention or a demand; an intention word ("plans to") only in an
    /// intention.
    /// </summary>
    private bool Happened(SentenceParse parse, int verbIndex, List<int> chain, VerbPattern? pattern, MoodKind mood)
    {
        if (parse.Clauses[parse.ClauseOf[verbIndex]].Hypothetical)
        {
            return false;
        }

        foreach (var k in chain)
        {
            var key = parse.Tokens[k].Key;
            var allowed = (mood == MoodKind.Intent && (key == "WOULD" || WordClasses.Intentions.Contains(key)))
                || (mood == MoodKind.Demand && MoodWords.Obligation.Contains(key));
            if (!allowed && (WordClasses.Negations.Contains(key) || WordClasses.Modals.Contains(key) || WordClasses.Intentions.Contains(key)) && !Spells(pattern, key))
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

    /// <summary>
    /// "the photographer held hostage by militants", "the coalition led by Riyadh": a past form that does not end in
    /// -ed is a participle too when the agent's "by" follows it (over a captive's complement). Without "by" such a form
    /// is read as the past tense: "the minister held talks", "the general said" (reading every -d form as a possible
    /// participle made reduced relatives of statements). Reporting verbs ("said by phone") and verbs whose own particle
    /// is "by" ("stood by") are left as they are.
    /// </summary>
    private static bool IsParticipleBeforeBy(List<EventToken> tokens, int verbIndex, VerbEntry verb)
    {
        var key = tokens[verbIndex].Key;
        if (key == verb.Lemma || key.EndsWith("ING", StringComparison.Ordinal) || key.EndsWith('S') || verb.ParticleCount > 0 || MoodWords.Reporting.Contains(key))
        {
            return false;
        }

        var next = verbIndex + 1;
        if (next < tokens.Count && MoodWords.Captivity.Contains(tokens[next].Key))
        {
            next++;
        }

        return next < tokens.Count && tokens[next].Key == "BY";
    }

    /// <summary>"what" opening the clause of the verb within four words before it ("what it calls", "what Moscow has called").</summary>
    private static bool WhatBefore(List<EventToken> tokens, int verbIndex)
    {
        for (var k = verbIndex - 1; k >= 0 && k >= verbIndex - 4; k--)
        {
            if (tokens[k].Key == "WHAT")
            {
                return true;
            }

            if (tokens[k].IsPunctuation && tokens[k].Key != "'S")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A participle right after "actor ," whose agent's "by" follows it (over a captive's complement).</summary>
    private static bool IsAppositiveBeforeBy(SentenceParse parse, int verbIndex)
    {
        var tokens = parse.Tokens;
        if (verbIndex < 2 || tokens[verbIndex - 1].Key != "," || parse.GroupAt[verbIndex - 2] < 0)
        {
            return false;
        }

        var next = verbIndex + 1;
        if (next < tokens.Count && MoodWords.Captivity.Contains(tokens[next].Key))
        {
            next++;
        }

        return next < tokens.Count && tokens[next].Key == "BY";
    }

    /// <summary>
    /// "bombers would be used should war break out with the south": "should" followed by a noun phrase and then the
    /// verb is a condition with the subject inverted (as "if war breaks out"). "X said Y should withdraw" (the demand)
    /// has "should" right before its verb, over adverbs at most, and is read by the mood rules.
    /// </summary>
    private static bool IsInvertedCondition(SentenceParse parse, int verbIndex)
    {
        var tokens = parse.Tokens;
        var words = 0;
        for (var k = verbIndex - 1; k >= 0 && k >= verbIndex - 6; k--)
        {
            var key = tokens[k].Key;
            if (key == "SHOULD")
            {
                return words > 0;
            }

            if (tokens[k].IsPunctuation || parse.VerbAt[k] is not null || WordClasses.Auxiliaries.Contains(key) || WordClasses.Subordinators.Contains(key))
            {
                return false;
            }

            if (!IsAdverb(key) && !WordClasses.ChainWords.Contains(key) && !WordClasses.Negations.Contains(key))
            {
                words++;
            }
        }

        return false;
    }

    private static bool IsParticiple(string key, VerbEntry verb) =>
        key != verb.Lemma && !key.EndsWith("ING", StringComparison.Ordinal) && key != DictionaryLines.Plural(verb.Lemma)
        && (key.EndsWith("ED", StringComparison.Ordinal) || key.EndsWith("EN", StringComparison.Ordinal) || key.EndsWith('T') || key.EndsWith('N'));
}
