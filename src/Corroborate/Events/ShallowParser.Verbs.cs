namespace Corroborate.Events;

/// <summary>Which words are verbs: dictionary forms that stand where a verb can, not nouns or names.</summary>
internal sealed partial class ShallowParser
{
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

        // "MOSCOW, March 30": a month before a number is a date, even after a comma (where a capital proves nothing).
        if (i + 1 < tokens.Count && char.IsDigit(tokens[i + 1].Key[0]) && WordClasses.IsMonth(key) && capitalised[i])
        {
            return null;
        }

        // A determiner before it, possibly over adjectives, makes it a noun: "a brief private visit", "Iran's visit".
        // Not a reporting verb past a word: "the said agreement" is no report, but "the nation alleged that…", "the
        // report said…" are reports whose subject is that word (an adjective never stands between "the" and "said").
        var reporting = MoodWords.Reporting.Contains(key) && entries.All(e => e.Lemma != key) && !key.EndsWith("ING", StringComparison.Ordinal)
            && !key.EndsWith('S') && !(i > 0 && tokens[i - 1].Key is "FIRST" or "LAST" or "ONLY" or "ABOVE" or "AFOREMENTIONED");
        for (var k = i - 1; k >= 0 && k >= i - 3 && !inPiece[k] && !(reporting && k < i - 1); k--)
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

        // "defied the government ban on…", "a UN embargo": a verb's bare form (one that is no other verb's past: "a gunman
        // shot") right after a singular actor noun that a determiner opens is the head of that noun phrase; a singular subject would take the -s form ("the government
        // bans"), a plural one ("the rebels attack") is left alone.
        if (i > 1 && inPiece[i - 1] && entries.All(e => e.Lemma == key) && !key.EndsWith('S') && IsDeterminedSingularPiece(tokens, inPiece, i - 1))
        {
            return null;
        }

        if (i > 0 && tokens[i - 1].Key != "TO" && WordClasses.Prepositions.Contains(tokens[i - 1].Key) && !key.EndsWith("ING", StringComparison.Ordinal))
        {
            // "a series of bombs", "with arms": a preposition takes a noun phrase (or a gerund), never a finite verb.
            return null;
        }

        if (key == "ACCORDING" && i + 1 < tokens.Count && tokens[i + 1].Key == "TO")
        {
            // "according to X" attributes a report; it is no act of according.
            return null;
        }

        if (i > 0 && tokens[i - 1].Key is "AS" or "NO")
        {
            // "as well as arms", "no match for": after "as" or "no" a verb form is a noun (or a clause without a subject).
            return null;
        }

        if (i > 0 && tokens[i - 1].Key is "HAS" or "HAVE" or "HAD" or "HAVING" && !LooksLikeParticiple(key)
            && ((key.EndsWith('S') && !key.EndsWith("SS", StringComparison.Ordinal) && entries.All(e => e.Lemma != key)) || entries.Any(e => e.Lemma == key)))
        {
            // "had talks", "were having phone difficulties": after "have" comes a participle; a verb's -s or bare form
            // there is a noun.
            return null;
        }

        if (i + 1 < tokens.Count && key.EndsWith('S') && !key.EndsWith("SS", StringComparison.Ordinal) && entries.All(e => e.Lemma != key)
            && WordClasses.Auxiliaries.Contains(tokens[i + 1].Key) && tokens[i + 1].Key is not ("DO" or "DOES" or "DID"))
        {
            // "Serb forces were engaged", "attacks have increased": a verb's -s form right before an auxiliary is the
            // plural noun that is its subject; a verb in the present is not followed by one.
            return null;
        }

        // "very close": a degree adverb goes with an adjective; "promised raids", "provide aid": a plural or bare form
        // right after a verb is its object.
        if (i > 0 && (WordClasses.Degrees.Contains(tokens[i - 1].Key)
            || (verbAt[i - 1] is not null && !key.EndsWith("SS", StringComparison.Ordinal) && !key.EndsWith("ED", StringComparison.Ordinal)
                && !key.EndsWith("ING", StringComparison.Ordinal) && (key.EndsWith('S') || entries.Any(e => e.Lemma == key)))))
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

    /// <summary>
    /// Whether the actor piece ending at <paramref name="last"/> is one singular noun phrase that a determiner opens ("the
    /// government", "a UN"): its last word does not end in -s, the word before the piece is "the", "a" or "an", and no
    /// "and" or comma before that joins it to another subject.
    /// </summary>
    private static bool IsDeterminedSingularPiece(List<EventToken> tokens, bool[] inPiece, int last)
    {
        var head = tokens[last].Key;
        if (head.EndsWith('S') || head is "POLICE" or "PEOPLE" or "MILITARY" or "MEDIA" or "CLERGY" or "PUBLIC")
        {
            return false;
        }

        var first = last;
        while (first > 0 && inPiece[first - 1])
        {
            first--;
        }

        // "Chad and the Central African Republic agree": the last member of a coordination has a plural verb.
        return first > 0 && tokens[first - 1].Key is "THE" or "A" or "AN" && !(first > 1 && tokens[first - 2].Key is "AND" or "OR" or "," or "NOR");
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

    /// <summary>Endings a participle may have ("met", "given", "held", "come"): after "have" such a form is still a verb.</summary>
    private static bool LooksLikeParticiple(string key) =>
        key.EndsWith("ED", StringComparison.Ordinal) || key.EndsWith('N') || key.EndsWith('T') || key.EndsWith('D') || key.EndsWith("OME", StringComparison.Ordinal)
        || key.EndsWith("UNG", StringComparison.Ordinal) || key.EndsWith("UCK", StringComparison.Ordinal) || key.EndsWith("UNK", StringComparison.Ordinal);

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
}
