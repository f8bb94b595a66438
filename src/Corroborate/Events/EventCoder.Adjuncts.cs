namespace Corroborate.Events;

/// <summary>Participle adjuncts (", killing…"): whose act they state.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// The comma that sets off a participle adjunct (", killing…", ", thereby ensuring…"), also for the second of two
    /// coordinated participles (", causing … and killing…"); -1 when the participle is no adjunct.
    /// </summary>
    private static int AdjunctComma(SentenceParse parse, int verbIndex)
    {
        var k = verbIndex - 1;
        while (k >= 0 && (IsAdverb(parse.Tokens[k].Key) || parse.Tokens[k].Key is "THEREBY" or "THUS" or "HENCE" or "ALSO"))
        {
            k--;
        }

        if (k < 0)
        {
            return -1;
        }

        if (parse.Tokens[k].Key == ",")
        {
            return k;
        }

        if (parse.Tokens[k].Key != "AND")
        {
            return -1;
        }

        // ", causing destruction in seven villages and killing…": the participle it is coordinated with is an adjunct.
        for (var j = k - 1; j > 0; j--)
        {
            var key = parse.Tokens[j].Key;
            if (key is ";" || parse.ClauseOf[j] != parse.ClauseOf[k - 1])
            {
                return -1;
            }

            if (parse.VerbAt[j] is not null || (key.EndsWith("ING", StringComparison.Ordinal) && parse.GroupAt[j] < 0 && parse.Tokens[j - 1].Key == ","))
            {
                return key.EndsWith("ING", StringComparison.Ordinal) ? AdjunctComma(parse, j) : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject of the clause before a participle adjunct's comma: the actor that opens the sentence (after
    /// determiners, time words or an introductory phrase), else the subject of the nearest dictionary verb, else null.
    /// </summary>
    private static int? AdjunctSubject(SentenceParse parse, int comma)
    {
        for (var k = 0; k < comma; k++)
        {
            if (parse.GroupAt[k] is >= 0 and var g)
            {
                if (!InPrepositionalPhrase(parse, parse.Groups[g].Start))
                {
                    return g;
                }

                k = parse.Groups[g].End - 1;
                continue;
            }

            var key = parse.Tokens[k].Key;
            if (!(parse.Tokens[k].IsPunctuation || WordClasses.Determiners.Contains(key) || WordClasses.Quantifiers.Contains(key) || WordClasses.IsTimeWord(key)
                || WordClasses.Prepositions.Contains(key) || IsAdverb(key)))
            {
                break;
            }
        }

        // The nearest finite verb: another participle (", killing…, injuring…") shares the same subject.
        for (var k = comma - 1; k >= 0; k--)
        {
            if (parse.VerbAt[k] is not null && !WordClasses.Auxiliaries.Contains(parse.Tokens[k].Key) && !parse.Tokens[k].Key.EndsWith("ING", StringComparison.Ordinal))
            {
                var verbMembers = Members(parse, parse.ClauseOf[k]);
                return Subject(parse, verbMembers, verbMembers.IndexOf(k));
            }
        }

        return null;
    }
}
