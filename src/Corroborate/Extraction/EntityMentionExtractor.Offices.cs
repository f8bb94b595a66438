using System.Collections.Frozen;

namespace Corroborate.Extraction;

/// <summary>Offices named after their holder ("the Sheriff's Department", "the Coroner's Office").</summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>The capitalised nouns that make a holder's possessive the name of an office.</summary>
    private static readonly FrozenSet<string> OfficeNouns = FrozenSet.ToFrozenSet(["Department", "Office", "Bureau"], StringComparer.Ordinal);

    /// <summary>
    /// "the Sheriff's Department", "the Los Angeles County Sheriff's Department", "the District Attorney's Office": a
    /// role's possessive before a capitalised Department, Office or Bureau continues the name, an organisation. Left alone:
    /// "Sheriff's deputies" (no office noun), "the sheriff's Office" (the role written in lower case is no name), a
    /// person's possessive ("Smith's Office").
    /// </summary>
    private bool ContinuesAfterOfficeHolder(string text, List<WordToken> tokens, int end)
    {
        if (end >= tokens.Count || !OfficeNouns.Contains(tokens[end].Text) || !tokens[end - 1].IsCapitalised
            || !text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).IsWhiteSpace())
        {
            return false;
        }

        var holder = tokens[end - 1].Text;
        return IsPossessive(holder) && lexicon.Roles.ContainsKey(holder[..^2]);
    }
}
