namespace Corroborate.Events;

/// <summary>Matching a verb's dictionary patterns against its clause.</summary>
public sealed partial class EventCoder
{
    private readonly record struct PatternActors(int? Source, int? Target, int? Compound, bool? CompoundBeforeVerb = null, int Reach = 0);

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

            if (!Array.TrueForAll(pattern.RequiredWords, parse.Words.Contains) || !verb.Block.IsFor(pattern, verb.Lemma))
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
                bestActors = default(PatternActors) with { Reach = actors.Reach };
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

            actors = actors with { Reach = Math.Max(actors.Reach, Math.Abs(found - verbPos)) };
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
                // "called the president on Monday": a preposition that opens a time phrase dates the act; it is not the
                // particle of a phrasal verb ("called on X to…", the appeal "- * (ON)" is written for).
                return token.Key == element.Text && !OpensTimePhrase(parse, members[q]) ? 1 : 0;
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

    /// <summary>Whether the token is a preposition followed, over "the", "this", "early" or "late", by a day, a month, a date or "last week".</summary>
    private static bool OpensTimePhrase(SentenceParse parse, int index)
    {
        if (!WordClasses.Prepositions.Contains(parse.Tokens[index].Key))
        {
            return false;
        }

        var k = index + 1;
        while (k < parse.Tokens.Count && parse.Tokens[k].Key is "THE" or "THIS" or "EARLY" or "LATE")
        {
            k++;
        }

        return k < parse.Tokens.Count && parse.GroupAt[k] < 0 && !parse.Tokens[k].IsPunctuation && WordClasses.IsTimeWord(parse.Tokens[k].Key);
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
