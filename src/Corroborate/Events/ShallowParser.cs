using Corroborate.Extraction;

namespace Corroborate.Events;

/// <summary>
/// Finds what the coder needs in a sentence without a parser: actor pieces (dictionary actors, agents, gazetteer
/// countries, caller-supplied entities), noun phrases that combine them (country + sector, "X's delegation",
/// "the president of X"), groups coordinated by "and", verbs from the verb dictionary, and clauses.
/// </summary>
internal sealed class ShallowParser(EventDictionaries dictionaries)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, GazetteerEntry?> _places = new(StringComparer.Ordinal);

    private readonly record struct Piece(int First, int End, string? Country, AgentCode? Agent, string? EntityId);

    public SentenceParse Parse(string text, List<EventToken> tokens, DateOnly? date, IReadOnlyList<KnownActorSpan>? known)
    {
        var n = tokens.Count;
        var pieces = FindPieces(text, tokens, date, known);
        var verbAt = new VerbEntry?[n];
        var inPiece = new bool[n];
        var capitalised = new bool[n];
        for (var i = 0; i < n; i++)
        {
            // Mixed case only: in an all-capitals or all-lower-case text capitals say nothing.
            capitalised[i] = tokens[i].End > tokens[i].Start && char.IsUpper(text[tokens[i].Start]) && HasLowerCase(text, tokens[i]);
        }

        foreach (var piece in pieces)
        {
            for (var k = piece.First; k < piece.End; k++)
            {
                inPiece[k] = true;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (!inPiece[i])
            {
                verbAt[i] = FindVerb(tokens, i, inPiece, verbAt, capitalised);
            }
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            words.Add(token.Key);
        }

        var parse = new SentenceParse { Tokens = tokens, Words = words, GroupAt = new int[n], VerbAt = verbAt, ClauseOf = new int[n] };
        Array.Fill(parse.GroupAt, -1);
        BuildGroups(parse, text, MergePhrases(tokens, pieces, verbAt));
        AssignClauses(parse);
        return parse;
    }

    private List<Piece> FindPieces(string text, List<EventToken> tokens, DateOnly? date, IReadOnlyList<KnownActorSpan>? known)
    {
        var pieces = new List<Piece>();
        var gazetteer = dictionaries.Gazetteer;
        for (var i = 0; i < tokens.Count;)
        {
            if (tokens[i].IsPunctuation)
            {
                i++;
                continue;
            }

            if (known is not null && KnownAt(known, tokens[i]) is { } entity)
            {
                var end = i + 1;
                while (end < tokens.Count && tokens[end].Start < entity.End)
                {
                    end++;
                }

                pieces.Add(new Piece(i, end, entity.Code, null, entity.EntityId));
                i = end;
                continue;
            }

            var best = 0;
            Piece? found = null;
            if (dictionaries.Actors.Actors.TryMatch(tokens, i, tokens.Count, out var codes, out var length))
            {
                var code = ActorDictionary.CodeOn(codes, date);
                best = length;
                found = code is null || code.All(c => c is '-' or '+' or '#') ? new Piece(i, i + length, null, null, null) : new Piece(i, i + length, code, null, null);
            }

            if (dictionaries.Actors.Agents.TryMatch(tokens, i, tokens.Count, out var agent, out length) && length > best)
            {
                best = length;
                found = new Piece(i, i + length, null, agent, null);
            }

            if (gazetteer is not null && char.IsUpper(text[tokens[i].Start]))
            {
                // Names run over capitalised words (with "of", "the", "and" inside): "Democratic Republic of the Congo".
                var reach = 1;
                while (reach < gazetteer.MaxTokens && i + reach < tokens.Count && !tokens[i + reach].IsPunctuation
                    && (char.IsUpper(text[tokens[i + reach].Start]) || tokens[i + reach].Key is "OF" or "THE" or "AND"))
                {
                    reach++;
                }

                for (var len = reach; len > best; len--)
                {
                    if (tokens[i + len - 1].Key == "'S" || !char.IsUpper(text[tokens[i + len - 1].Start]))
                    {
                        continue;
                    }

                    var surface = text.AsSpan(tokens[i].Start, tokens[i + len - 1].End - tokens[i].Start);
                    if (Place(gazetteer, surface.ToString()) is { Kind: PlaceKind.Country or PlaceKind.Demonym or PlaceKind.Capital, CameoCode: { } cameo })
                    {
                        best = len;
                        found = new Piece(i, i + len, cameo, null, null);
                        break;
                    }
                }
            }

            if (found is { } piece)
            {
                if (piece.Country is not null || piece.Agent is not null)
                {
                    pieces.Add(piece);
                }

                i = piece.End;
            }
            else
            {
                i++;
            }
        }

        return pieces;
    }

    /// <summary>Gazetteer lookups by surface, remembered: name keys are costly to build and names recur.</summary>
    private GazetteerEntry? Place(Gazetteer gazetteer, string surface)
    {
        if (_places.TryGetValue(surface, out var entry))
        {
            return entry;
        }

        entry = gazetteer.Find(surface);
        if (_places.Count < 100_000)
        {
            _places[surface] = entry;
        }

        return entry;
    }

    private static KnownActorSpan? KnownAt(IReadOnlyList<KnownActorSpan> known, EventToken token)
    {
        foreach (var span in known)
        {
            if (token.Start >= span.Start && token.Start < span.End)
            {
                return span;
            }
        }

        return null;
    }

    private VerbEntry? FindVerb(List<EventToken> tokens, int i, bool[] inPiece, VerbEntry?[] verbAt, bool[] capitalised)
    {
        var key = tokens[i].Key;
        if (!char.IsLetter(key[0]) || WordClasses.Auxiliaries.Contains(key) || dictionaries.Verbs.Find(key) is not { } entries)
        {
            return null;
        }

        // "The US State Department advised…": a capitalised word inside a sentence is part of a name, not a verb.
        if (i > 0 && capitalised[i] && !tokens[i - 1].IsPunctuation)
        {
            return null;
        }

        // A determiner before it, possibly over adjectives, makes it a noun: "a brief private visit", "Iran's visit".
        for (var k = i - 1; k >= 0 && k >= i - 3 && !inPiece[k]; k--)
        {
            var previous = tokens[k].Key;
            // After a possessive the word between may be the head noun itself ("Iran's delegation signed").
            if (WordClasses.Determiners.Contains(previous) && (previous != "'S" || k == i - 1 || (k == i - 2 && !LooksLikeNoun(tokens[i - 1].Key))))
            {
                return null;
            }

            if (WordClasses.Quantifiers.Contains(previous) || char.IsDigit(previous[0]))
            {
                return null;
            }

            if (tokens[k].IsPunctuation || WordClasses.Prepositions.Contains(previous) || WordClasses.Auxiliaries.Contains(previous) || WordClasses.Negations.Contains(previous)
                || WordClasses.Coordinators.Contains(previous) || WordClasses.Subordinators.Contains(previous) || WordClasses.ChainWords.Contains(previous)
                || previous.EndsWith("LY", StringComparison.Ordinal))
            {
                break;
            }
        }

        if (i > 0 && inPiece[i - 1] && tokens[i - 1].Key == "'S")
        {
            return null;
        }

        // "very close": a degree adverb goes with an adjective; "promised raids": a plural right after a verb is its object.
        if (i > 0 && (WordClasses.Degrees.Contains(tokens[i - 1].Key)
            || (verbAt[i - 1] is not null && key.EndsWith('S') && !key.EndsWith("SS", StringComparison.Ordinal))))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (Fits(tokens, i, entry))
            {
                return entry;
            }
        }

        return null;
    }

    private static bool HasLowerCase(string text, EventToken token)
    {
        for (var k = token.Start + 1; k < token.End; k++)
        {
            if (char.IsLower(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeNoun(string key) =>
        key.EndsWith("ION", StringComparison.Ordinal) || key.EndsWith("MENT", StringComparison.Ordinal) || key.EndsWith("ITY", StringComparison.Ordinal)
        || key.EndsWith("ER", StringComparison.Ordinal) || key.EndsWith("OR", StringComparison.Ordinal) || key.EndsWith("ERS", StringComparison.Ordinal)
        || key.EndsWith("ORS", StringComparison.Ordinal) || key.EndsWith("SHIP", StringComparison.Ordinal) || key.EndsWith("IST", StringComparison.Ordinal)
        || key.EndsWith("ISTS", StringComparison.Ordinal) || key.EndsWith("NT", StringComparison.Ordinal) || key.EndsWith("NTS", StringComparison.Ordinal);

    private static bool Fits(List<EventToken> tokens, int i, VerbEntry entry)
    {
        for (var k = 0; k < entry.Preceding.Length; k++)
        {
            var at = i - entry.Preceding.Length + k;
            if (at < 0 || tokens[at].Key != entry.Preceding[k])
            {
                return false;
            }
        }

        for (var k = 0; k < entry.Following.Length; k++)
        {
            var at = i + 1 + k;
            if (at >= tokens.Count || tokens[at].Key != entry.Following[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Pieces of one noun phrase merge: "Dagolath 's first Deputy Prime Minister Telemar", "president of Iran".</summary>
    private static List<(int First, int End, string[] Codes, string? EntityId)> MergePhrases(List<EventToken> tokens, List<Piece> pieces, VerbEntry?[] verbAt)
    {
        var phrases = new List<(int, int, string[], string?)>();
        for (var p = 0; p < pieces.Count;)
        {
            var first = pieces[p];
            var (country, agent, entity, end) = (first.Country, first.Agent, first.EntityId, first.End);
            var q = p + 1;
            while (q < pieces.Count && SamePhrase(tokens, end, pieces[q].First, verbAt, agent is not null && country is null, pieces[q].Country is not null))
            {
                country ??= pieces[q].Country;
                agent ??= pieces[q].Agent;
                entity ??= pieces[q].EntityId;
                end = pieces[q].End;
                q++;
            }

            // "FRO/BIL/SAM": an actor standing for several (the Shire's hobbits) codes each of them.
            var codes = country is null ? [agent!.Prefix ? agent.Code : "---" + agent.Code]
                : country.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(c => agent is null || (c.Length > 3 && !agent.Prefix) ? c : agent.Apply(c)).ToArray();
            phrases.Add((first.First, end, codes, entity));
            p = q;
        }

        return phrases;
    }

    private static bool SamePhrase(List<EventToken> tokens, int gapStart, int gapEnd, VerbEntry?[] verbAt, bool leftIsBareAgent, bool rightHasCountry)
    {
        var gap = gapEnd - gapStart;
        if (gap == 0)
        {
            return true;
        }

        if (gap > 5)
        {
            return false;
        }

        var possessive = false;
        if (gap > 3 && tokens[gapStart].Key != "'S")
        {
            return false;
        }

        for (var k = gapStart; k < gapEnd; k++)
        {
            var key = tokens[k].Key;
            if (key == "'S")
            {
                possessive = true;
                continue;
            }

            if (possessive && key == "AND" && k > gapStart + 1)
            {
                // "Ithilen's awful and evil minister": adjectives joined inside the possessive phrase.
                continue;
            }

            if (tokens[k].IsPunctuation || verbAt[k] is not null || WordClasses.Prepositions.Contains(key) || WordClasses.Coordinators.Contains(key)
                || WordClasses.Auxiliaries.Contains(key) || WordClasses.Subordinators.Contains(key))
            {
                return false;
            }

            if (!possessive && !WordClasses.Determiners.Contains(key))
            {
                // Outside a possessive only names (capitalised words) sit between pieces of one phrase.
                if (!char.IsUpper(tokens[k].Key[0]) || !IsCapitalised(tokens[k]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsCapitalised(EventToken token) => token.Key.Length > 0 && char.IsLetter(token.Key[0]) && token.Start >= 0;

    private static void BuildGroups(SentenceParse parse, string text, List<(int First, int End, string[] Codes, string? EntityId)> phrases)
    {
        var tokens = parse.Tokens;
        for (var p = 0; p < phrases.Count; p++)
        {
            var (first, end, codes, entity) = phrases[p];
            var actors = codes.Select(code => new EventActor(code, text[tokens[first].Start..tokens[end - 1].End], tokens[first].Start, tokens[end - 1].End, entity));
            var last = parse.Groups.Count > 0 ? parse.Groups[^1] : null;
            if (last is not null && p > 0 && Coordinated(parse, last.End, first, end, phrases, p))
            {
                last.Actors.AddRange(actors);
                last.End = end;
            }
            else
            {
                var group = new ActorGroup(first, end);
                group.Actors.AddRange(actors);
                parse.Groups.Add(group);
            }
        }

        AttachSectorsToPlaces(parse, text);

        for (var g = 0; g < parse.Groups.Count; g++)
        {
            for (var k = parse.Groups[g].Start; k < parse.Groups[g].End; k++)
            {
                parse.GroupAt[k] = g;
            }
        }
    }

    /// <summary>"X and Y", "X, Y and Z", "both X and Y": one group, unless what follows "and" starts a clause of its own.</summary>
    private static bool Coordinated(SentenceParse parse, int gapStart, int nextFirst, int nextEnd, List<(int First, int End, string[] Codes, string? EntityId)> phrases, int p)
    {
        var tokens = parse.Tokens;
        var keys = new List<string>();
        for (var k = gapStart; k < nextFirst; k++)
        {
            var key = tokens[k].Key;
            // Determiners and adjectives do not break a list: "Fornost and the evil awful Gondor".
            if ((WordClasses.Determiners.Contains(key) && key != "'S") || IsModifierWord(parse, k))
            {
                continue;
            }

            keys.Add(key);
        }

        var joined = string.Join(' ', keys);
        if (joined is "AND" or ", AND" or "OR")
        {
            // "X and Y met…" keeps both; "…X and Y attacked Z" where X was an object starts a new clause: the
            // caller cannot tell these apart here, so a following verb splits only when a verb also came before.
            return !(VerbFollows(parse, nextEnd) && VerbBefore(parse, gapStart));
        }

        if (joined == ",")
        {
            // A list: the comma joins only when the list ends with "and" before the next phrase.
            for (var q = p + 1; q < phrases.Count; q++)
            {
                var between = string.Join(' ', Enumerable.Range(phrases[q - 1].End, phrases[q].First - phrases[q - 1].End)
                    .Where(k => !WordClasses.Determiners.Contains(tokens[k].Key) && !IsModifierWord(parse, k)).Select(k => tokens[k].Key));
                if (between is "AND" or ", AND")
                {
                    return true;
                }

                if (between != ",")
                {
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>A word that can only modify a noun here: not punctuation, a verb, or a function word.</summary>
    private static bool IsModifierWord(SentenceParse parse, int k)
    {
        var key = parse.Tokens[k].Key;
        return !parse.Tokens[k].IsPunctuation && parse.VerbAt[k] is null && !WordClasses.Prepositions.Contains(key) && !WordClasses.Coordinators.Contains(key)
            && !WordClasses.Auxiliaries.Contains(key) && !WordClasses.Subordinators.Contains(key) && !WordClasses.Negations.Contains(key) && key is not ("OR" or "NOR" or "'S");
    }

    /// <summary>
    /// "Soldiers from Gondor", "lawmakers in Fornost and Gondor", "the ambassadors of Arnor": a group of sectors
    /// without a country takes the countries of the place group right after it (GONMIL, FORLEG…).
    /// </summary>
    private static void AttachSectorsToPlaces(SentenceParse parse, string text)
    {
        for (var g = 0; g + 1 < parse.Groups.Count; g++)
        {
            var (sectors, places) = (parse.Groups[g], parse.Groups[g + 1]);
            if (!IsSector(sectors.Actors[^1]) || places.Actors.Exists(IsSector))
            {
                continue;
            }

            var between = Enumerable.Range(sectors.End, places.Start - sectors.End).Select(k => parse.Tokens[k].Key).Where(k => !WordClasses.Determiners.Contains(k)).ToList();
            if (between is not ["OF" or "FROM" or "IN"])
            {
                continue;
            }

            // Only the bare sectors take the places: "Ithilen and the government of Gondor" is ITH and GONGOV.
            var kept = sectors.Actors.TakeWhile(a => !IsSector(a)).ToList();
            var attached = sectors.Actors.Skip(kept.Count).Where(IsSector).SelectMany(s => places.Actors.Select(p =>
                new EventActor(p.Code.Length == 3 ? p.Code + s.Code[3..] : p.Code, text[s.Start..p.End], s.Start, p.End, p.EntityId ?? s.EntityId))).ToList();
            if (kept.Count + attached.Count == 0 || sectors.Actors.Skip(kept.Count).Any(a => !IsSector(a)))
            {
                continue;
            }

            sectors.Actors.Clear();
            sectors.Actors.AddRange(kept);
            sectors.Actors.AddRange(attached);
            sectors.End = places.End;
            parse.Groups.RemoveAt(g + 1);
        }

        // "Danish media and government": a bare sector listed after a country's sector belongs to that country.
        foreach (var group in parse.Groups)
        {
            for (var k = 1; k < group.Actors.Count; k++)
            {
                var (previous, actor) = (group.Actors[k - 1], group.Actors[k]);
                if (IsSector(actor) && !IsSector(previous) && previous.Code.Length > 3 && char.IsLetter(previous.Code[0]))
                {
                    group.Actors[k] = actor with { Code = previous.Code[..3] + actor.Code[3..] };
                }
            }
        }
    }

    private static bool IsSector(EventActor actor) => actor.Code.StartsWith("---", StringComparison.Ordinal);

    private static bool VerbFollows(SentenceParse parse, int at)
    {
        for (var k = at; k < parse.Tokens.Count && k < at + 4; k++)
        {
            if (parse.VerbAt[k] is not null)
            {
                return true;
            }

            var key = parse.Tokens[k].Key;
            if (!WordClasses.Auxiliaries.Contains(key) && !WordClasses.Negations.Contains(key) && !WordClasses.ChainWords.Contains(key) && key != "'S")
            {
                return false;
            }
        }

        return false;
    }

    private static bool VerbBefore(SentenceParse parse, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            if (parse.VerbAt[k] is not null)
            {
                return true;
            }

            if (parse.Tokens[k].Key is ";" or "," && k < at - 1)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Gives each token a clause: subordinators and relatives open a clause that a comma closes; ";" starts afresh;
    /// "and"/"but" before a verb (or before a subject and its verb) start a clause beside the current one.
    /// </summary>
    private static void AssignClauses(SentenceParse parse)
    {
        var tokens = parse.Tokens;
        var stack = new List<int>();
        int Open(int inheritFrom, int anchor, bool hypothetical)
        {
            var info = new ClauseInfo(parse.Clauses.Count, inheritFrom, anchor, hypothetical);
            parse.Clauses.Add(info);
            return info.Id;
        }

        stack.Add(Open(-1, -1, false));
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            if (key == ";")
            {
                stack.Clear();
                stack.Add(Open(-1, -1, false));
            }
            else if (key == "," && stack.Count > 1)
            {
                stack.RemoveAt(stack.Count - 1);
            }
            else if (WordClasses.Subordinators.Contains(key) && parse.GroupAt[i] < 0)
            {
                var anchor = WordClasses.Relatives.Contains(key) ? LastGroupBefore(parse, i) : -1;
                var parent = stack[^1];
                stack.Add(Open(-1, anchor, WordClasses.Conditionals.Contains(key) || parse.Clauses[parent].Hypothetical));
            }
            else if (WordClasses.Coordinators.Contains(key) && parse.GroupAt[i] < 0 && StartsClause(parse, i + 1))
            {
                var previous = stack[^1];
                stack[^1] = Open(previous, -1, parse.Clauses[previous].Hypothetical);
            }

            parse.ClauseOf[i] = stack[^1];
        }
    }

    /// <summary>
    /// What a relative pronoun refers to: the actor group ending right before it (or before its comma); a noun that
    /// is no actor gives <see cref="ClauseInfo.NonActorAntecedent"/>; after a verb or at the start, "that" opens a
    /// complement clause (-1).
    /// </summary>
    private static int LastGroupBefore(SentenceParse parse, int at)
    {
        var k = at - 1;
        if (k >= 0 && parse.Tokens[k].Key == ",")
        {
            k--;
        }

        if (k < 0)
        {
            return -1;
        }

        if (parse.GroupAt[k] >= 0)
        {
            return parse.GroupAt[k];
        }

        var key = parse.Tokens[k].Key;
        return parse.Tokens[k].IsPunctuation || parse.VerbAt[k] is not null || WordClasses.Auxiliaries.Contains(key) || MoodWords.Reporting.Contains(key)
            || WordClasses.Prepositions.Contains(key) || WordClasses.Coordinators.Contains(key) || WordClasses.Subordinators.Contains(key)
            || IsTimeWord(key) ? -1 : ClauseInfo.NonActorAntecedent;
    }

    /// <summary>"…agreed on Wednesday that…": a day before "that" ends an adjunct, not a noun the clause is about.</summary>
    private static bool IsTimeWord(string key) =>
        key.EndsWith("DAY", StringComparison.Ordinal) || key is "YESTERDAY" or "TODAY" or "TONIGHT" or "WEEK" or "MONTH" or "YEAR" || char.IsDigit(key[0]);

    private static bool StartsClause(SentenceParse parse, int at)
    {
        var k = at;
        while (k < parse.Tokens.Count && (WordClasses.ChainWords.Contains(parse.Tokens[k].Key) || WordClasses.Auxiliaries.Contains(parse.Tokens[k].Key) || WordClasses.Negations.Contains(parse.Tokens[k].Key)))
        {
            k++;
        }

        if (k < parse.Tokens.Count && parse.VerbAt[k] is not null)
        {
            return true;
        }

        if (k < parse.Tokens.Count && parse.GroupAt[k] >= 0)
        {
            return VerbFollows(parse, parse.Groups[parse.GroupAt[k]].End);
        }

        return false;
    }
}
