using Corroborate.Extraction;

namespace Corroborate.Events;

/// <summary>Clause membership of each token.</summary>
internal sealed partial class ShallowParser
{
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
        int Open(int inheritFrom, int anchor, bool hypothetical, string? opener = null)
        {
            var info = new ClauseInfo(parse.Clauses.Count, inheritFrom, anchor, hypothetical) { Opener = opener };
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
                stack.Add(Open(-1, anchor, WordClasses.Conditionals.Contains(key) || parse.Clauses[parent].Hypothetical, key));
            }
            else if (WordClasses.Coordinators.Contains(key) && parse.GroupAt[i] < 0 && StartsClause(parse, i + 1))
            {
                var previous = stack[^1];
                stack[^1] = Open(previous, -1, parse.Clauses[previous].Hypothetical, parse.Clauses[previous].Opener);
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
            || WordClasses.IsTimeWord(key) ? -1 : ClauseInfo.NonActorAntecedent;
    }

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
