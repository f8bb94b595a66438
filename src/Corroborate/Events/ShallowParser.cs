using Corroborate.Extraction;

namespace Corroborate.Events;

/// <summary>
/// Finds what the coder needs in a sentence without a parser: actor pieces (dictionary actors, agents, gazetteer
/// countries, caller-supplied entities), noun phrases that combine them (country + sector, "X's delegation",
/// "the president of X"), groups coordinated by "and", verbs from the verb dictionary, and clauses.
/// </summary>
internal sealed partial class ShallowParser(EventDictionaries dictionaries)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, GazetteerEntry?> _places = new(StringComparer.Ordinal);

    /// <summary>
    /// How many surfaces <see cref="_places"/> holds, counted here: the dictionary's own Count takes every one of its
    /// locks (up to 1,024 once it has grown), which made each miss cost more than the look-up it saved (≈ 3 % of analyze).
    /// </summary>
    private int _placeCount;

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

        // "attacked Iraqi positions": a verb's -s form right after the actor word that is a verb's object is a noun.
        for (var i = 1; i < n; i++)
        {
            if (verbAt[i] is not null && inPiece[i - 1] && tokens[i].Key.EndsWith('S') && tokens[i].Key != verbAt[i]!.Lemma)
            {
                var start = i - 1;
                while (start > 0 && inPiece[start - 1])
                {
                    start--;
                }

                if (start > 0 && verbAt[start - 1] is not null)
                {
                    verbAt[i] = null;
                }
            }
        }

        // "Iranian rescue workers", "a U.S. phone company": a verb's bare form between a country word and the agent noun
        // it qualifies is part of that noun phrase (a verb after a singular country would take -s; "Iranians" or
        // "Iraqis" may be its plural subject).
        foreach (var piece in pieces)
        {
            var i = piece.End;
            var plural = tokens[i - 1].Key is var last && (last.EndsWith("ANS", StringComparison.Ordinal) || last.EndsWith("IS", StringComparison.Ordinal));
            if (piece.Country is not null && piece.Agent is null && i + 1 < n && verbAt[i] is { } bare && tokens[i].Key == bare.Lemma
                && !plural && pieces.Exists(p => p.First == i + 1 && p.Agent is not null && p.Country is null))
            {
                verbAt[i] = null;
            }
        }

        // "the Iraqi forces fighting back", "Egyptian strikes": a verb's -s form right after a nationality adjective is the
        // noun it qualifies; a singular adjective is never the subject of a verb ("Iraqis" or "Iran" may be).
        if (dictionaries.Gazetteer is { } nations)
        {
            foreach (var piece in pieces)
            {
                var i = piece.End;
                if (piece.Country is not null && piece.Agent is null && piece.End - piece.First == 1 && i < n && verbAt[i] is { } form
                    && tokens[i].Key != form.Lemma && tokens[i].Key.EndsWith('S') && !tokens[i].Key.EndsWith("SS", StringComparison.Ordinal)
                    && Place(nations, text[tokens[piece.First].Start..tokens[piece.First].End]) is { Kind: PlaceKind.Demonym })
                {
                    verbAt[i] = null;
                }
            }
        }

        // "a fixed-line phone company", "anti-piracy patrols": a word after a hyphenated modifier is the noun it
        // qualifies (English joins a modifier with hyphens only before a noun), unless it is a participle of its own.
        for (var i = 1; i < n; i++)
        {
            if (verbAt[i] is { } form && !inPiece[i - 1] && verbAt[i - 1] is null && IsHyphenatedModifier(tokens[i - 1].Key)
                && !tokens[i].Key.EndsWith("ED", StringComparison.Ordinal) && !tokens[i].Key.EndsWith("ING", StringComparison.Ordinal)
                && (tokens[i].Key == form.Lemma || tokens[i].Key.EndsWith('S')))
            {
                verbAt[i] = null;
            }
        }

        // "U.S.-backed rebels", "a Saudi-led coalition": a verb form joined by a hyphen to the word before it is the
        // second half of a compound adjective, not a verb ("the U.S. backed the rebels", spaced, still is one).
        for (var i = 1; i < n; i++)
        {
            var start = tokens[i].Start;
            if (verbAt[i] is not null && start >= 2 && text[start - 1] is '-' or '\u2010' or '\u2011' && !char.IsWhiteSpace(text[start - 2])
                && tokens[i - 1].End == start - 1)
            {
                verbAt[i] = null;
            }
        }

        // "Iranian forces attacked": a verb's -s form right before a past-tense verb is the plural noun that is its subject.
        for (var i = 0; i + 1 < n; i++)
        {
            if (verbAt[i] is not null && verbAt[i + 1] is not null && tokens[i].Key.EndsWith('S') && tokens[i].Key != verbAt[i]!.Lemma
                && tokens[i + 1].Key.EndsWith("ED", StringComparison.Ordinal))
            {
                verbAt[i] = null;
            }
        }

        // "bring our troops back home", "fight back": "back" is an adverb as often as a verb; it is the verb ("back the
        // government") only with an object of its own — never right after another verb, before a direction, or at a clause's end.
        for (var i = 0; i < n; i++)
        {
            if (tokens[i].Key == "BACK" && verbAt[i] is not null
                && ((i > 0 && verbAt[i - 1] is not null) || i + 1 == n || tokens[i + 1].IsPunctuation || MoodWords.Directions.Contains(tokens[i + 1].Key)))
            {
                verbAt[i] = null;
            }
        }

        // "a town close to the border", "open to talks", "free to leave": before "to", these forms are adjectives; the
        // verb ("will close the border", "to free the hostages") comes after an auxiliary, a subject or "to".
        for (var i = 0; i + 1 < n; i++)
        {
            if (verbAt[i] is not null && MoodWords.AdjectivesBeforeTo.Contains(tokens[i].Key) && tokens[i + 1].Key == "TO"
                && (i == 0 || !(WordClasses.Auxiliaries.Contains(tokens[i - 1].Key) || tokens[i - 1].Key == "TO" || WordClasses.Negations.Contains(tokens[i - 1].Key)
                    || MoodWords.SpeakerPronouns.Contains(tokens[i - 1].Key))))
            {
                verbAt[i] = null;
            }
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            words.Add(token.Key);
        }

        var parse = new SentenceParse { Text = text, Tokens = tokens, Words = words, GroupAt = new int[n], VerbAt = verbAt, ClauseOf = new int[n] };
        Array.Fill(parse.GroupAt, -1);
        BuildGroups(parse, text, MergePhrases(tokens, pieces, verbAt));
        AssignClauses(parse);
        return parse;
    }

    /// <summary>"fixed-line", "anti-piracy": letters on both sides of an inner hyphen (not a dash, not a number range).</summary>
    private static bool IsHyphenatedModifier(string key)
    {
        var hyphen = key.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen < key.Length - 1 && char.IsLetter(key[hyphen - 1]) && char.IsLetter(key[hyphen + 1]);
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
            if (dictionaries.Actors.Actors.TryMatch(tokens, i, tokens.Count, out var codes, out var length)
                && (!dictionaries.NamesNeedCapital || char.IsUpper(text[tokens[i].Start])))
            {
                var code = ActorDictionary.CodeOn(codes, date, dictionaries.Actors.OpenEndedUntil);
                best = length;
                found = code is null || code.All(c => c is '-' or '+' or '#') ? new Piece(i, i + length, null, null, null) : new Piece(i, i + length, code, null, null);

                // "Latin American states": a name that stands for a whole country, right after a capitalised word, belongs
                // to a longer name, as for the gazetteer's countries (the Phoenix list has AMERICA and AMERICAN as USA).
                if (dictionaries.NamesNeedCapital && code is { Length: 3 } && PartOfLongerName(text, tokens, i, pieces))
                {
                    found = new Piece(i, i + length, null, null, null);
                }
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
                    if (Place(gazetteer, surface.ToString()) is { Kind: PlaceKind.Country or PlaceKind.Demonym or PlaceKind.Capital, CameoCode: { } cameo } place
                        && !(place.Kind is PlaceKind.Demonym or PlaceKind.Country && PartOfLongerName(text, tokens, i, pieces)))
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

    /// <summary>
    /// "Latin America", "Latin American", "Afro American": a country or demonym right after a capitalised word that is
    /// no actor belongs to a longer name, not to the country (whole names such as "South Africa" match first).
    /// </summary>
    private static bool PartOfLongerName(string text, List<EventToken> tokens, int i, List<Piece> pieces)
    {
        // The sentence's first word is capitalised anyway ("The British government", "Two Palestinian bombers").
        if (i < 2 || tokens[i - 1].IsPunctuation || (pieces.Count > 0 && pieces[^1].End == i)
            || WordClasses.Determiners.Contains(tokens[i - 1].Key) || WordClasses.Quantifiers.Contains(tokens[i - 1].Key))
        {
            return false;
        }

        var previous = tokens[i - 1];
        return char.IsUpper(text[previous.Start]) && previous.End - previous.Start > 1 && char.IsLower(text[previous.End - 1]);
    }

    /// <summary>Gazetteer lookups by surface, remembered: name keys are costly to build and names recur.</summary>
    private GazetteerEntry? Place(Gazetteer gazetteer, string surface)
    {
        if (_places.TryGetValue(surface, out var entry))
        {
            return entry;
        }

        entry = gazetteer.Find(surface);
        if (Volatile.Read(ref _placeCount) < 100_000 && _places.TryAdd(surface, entry))
        {
            Interlocked.Increment(ref _placeCount);
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
}
