using Corroborate.Extraction;

namespace Corroborate.Events;

/// <summary>Coordinated actor groups and sectors attached to places.</summary>
internal sealed partial class ShallowParser
{
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
            if (between is not ["OF" or "FROM" or "IN"] || AfterPossessivePronoun(parse, sectors.Start))
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

    /// <summary>"withdraw its troops from Lebanon": the possessor's sector, which the place after it does not claim.</summary>
    private static bool AfterPossessivePronoun(SentenceParse parse, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 2; k--)
        {
            var key = parse.Tokens[k].Key;
            if (key is "ITS" or "THEIR" or "HIS" or "HER" or "OUR")
            {
                return true;
            }

            if (!IsModifierWord(parse, k) || parse.GroupAt[k] >= 0)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsSector(EventActor actor) => actor.Code.StartsWith("---", StringComparison.Ordinal);
}
