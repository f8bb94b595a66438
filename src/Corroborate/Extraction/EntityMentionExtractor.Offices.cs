using System.Collections.Frozen;

namespace Corroborate.Extraction;

/// <summary>Offices named after their holder ("the Sheriff's Department", "the Coroner's Office").</summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>The capitalised nouns that make a holder's possessive the name of an office.</summary>
    private static readonly FrozenSet<string> OfficeNouns = FrozenSet.ToFrozenSet(["Department", "Office", "Bureau", "Division", "Unit"], StringComparer.Ordinal);

    /// <summary>
    /// "the Sheriff's Department", "the Los Angeles County Sheriff's Department", "the District Attorney's Office": a
    /// role's possessive before a capitalised Department, Office or Bureau continues the name, an organisation. Left alone:
    /// "Sheriff's deputies" (no office noun), "the Sheriff's Homicide detectives" (a branch but no office noun), "the sheriff's Office" (the role written in lower case is no name), a
    /// person's possessive ("Smith's Office").
    /// </summary>
    private bool ContinuesAfterOfficeHolder(string text, List<WordToken> tokens, int end)
    {
        // "the County Sheriff's Homicide Bureau", "the District Attorney's Major Crimes Division": one or two capitalised words
        // may name the office's branch before its noun.
        var noun = end;
        while (noun < tokens.Count && noun < end + 2 && tokens[noun].IsCapitalised && !OfficeNouns.Contains(tokens[noun].Text) && !IsPossessive(tokens[noun].Text)
            && noun + 1 < tokens.Count && text.AsSpan(tokens[noun].Span.End, tokens[noun + 1].Span.Start - tokens[noun].Span.End).IsWhiteSpace())
        {
            noun++;
        }

        if (noun >= tokens.Count || !OfficeNouns.Contains(tokens[noun].Text))
        {
            return false;
        }

        if (end >= tokens.Count || !tokens[end - 1].IsCapitalised
            || !text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).IsWhiteSpace())
        {
            return false;
        }

        var holder = tokens[end - 1].Text;
        return IsPossessive(holder) && lexicon.Roles.ContainsKey(holder[..^2]);
    }
}
