using System.Collections.Frozen;

namespace Corroborate.Extraction;

/// <summary>Names that run on past where a run of capitals stops: "… in Europe" of a body's purpose, a quoted nickname, a site's address.</summary>
public sealed partial class EntityMentionExtractor
{
    private static readonly FrozenSet<string> SiteSuffixes = FrozenSet.ToFrozenSet(["com", "org", "net", "gov", "edu", "tv", "io", "co.uk", "com.au"], StringComparer.Ordinal);

    /// <summary>
    /// "the Organization for Security and Cooperation in Europe", "the Foundation for Human Rights in Iran": a body named
    /// by an organisation word and its purpose after "for" goes on over "in" and a country or continent that ends the run.
    /// Left alone: a city ("the Center for Policy Research in Boston" is where it sits), a run with no organisation word
    /// before "for", a place followed by more capitals.
    /// </summary>
    private int PurposeRegionEnd(string text, List<WordToken> tokens, int start, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != "in" || IsBreak(text, tokens[end - 1], tokens[end]) || IsBreak(text, tokens[end], tokens[end + 1])
            || !tokens[end + 1].IsCapitalised || IsPossessive(tokens[end - 1].Text))
        {
            return end;
        }

        var forAt = -1;
        for (var k = start + 1; k < end - 1; k++)
        {
            if (tokens[k].Text == "for")
            {
                forAt = k;
                break;
            }
        }

        if (forAt < 0 || !Enumerable.Range(start, forAt - start).Any(k => lexicon.OrganisationCues.Contains(tokens[k].Text)))
        {
            return end;
        }

        var placeEnd = end + 1 + GazetteerPrefix(tokens, end + 1, Math.Min(tokens.Count, end + 1 + gazetteer.MaxTokens));
        if (placeEnd == end + 1 || gazetteer.Find(Join(tokens, end + 1, placeEnd)) is not { Kind: PlaceKind.Country or PlaceKind.Region }
            || (placeEnd < tokens.Count && tokens[placeEnd].IsCapitalised && !IsBreak(text, tokens[placeEnd - 1], tokens[placeEnd])))
        {
            return end;
        }

        return placeEnd;
    }

    /// <summary>
    /// Deputy Luis Gerardo "Jerry" Ortiz: a one-word nickname in quotation marks between a given name and a surname stays
    /// inside the person's name. Left alone: quoted words in a name with no given name ("Marlow “Green” Park"), a quotation
    /// of several words, a nickname closing the run.
    /// </summary>
    private bool ContinuesAcrossQuotedNickname(string text, List<WordToken> tokens, int start, int end)
    {
        if (end + 1 >= tokens.Count || !tokens[end].IsCapitalised || !tokens[end + 1].IsCapitalised || !tokens[end - 1].IsCapitalised)
        {
            return false;
        }

        var before = text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).Trim(' ');
        var after = text.AsSpan(tokens[end].Span.End, tokens[end + 1].Span.Start - tokens[end].Span.End).Trim(' ');
        if (before is not ("\"" or "“" or "'" or "‘") || after is not ("\"" or "”" or "'" or "’"))
        {
            return false;
        }

        var hasGivenName = false;
        for (var k = start; k < end; k++)
        {
            if (lexicon.OrganisationCues.Contains(tokens[k].Text) || lexicon.PlaceCues.Contains(tokens[k].Text))
            {
                return false;
            }

            hasGivenName |= lexicon.GivenNames.Contains(tokens[k].Text);
        }

        return hasGivenName && gazetteer.Find(tokens[end + 1].Text) is null;
    }

    /// <summary>
    /// The key of a name with a quoted nickname: the nickname and what follows it ("Luis Gerardo \"Jerry\" Ortiz" → "jerry
    /// ortiz"), the form the story's other mentions use; null for a name without one. Keyed on the full name, the
    /// nickname would sit where a given name stands and the name would match another "Ortiz" by its surname alone.
    /// </summary>
    private static string? NicknameKey(string surface)
    {
        var open = surface.IndexOfAny(['"', '“']);
        if (open <= 0)
        {
            return null;
        }

        var close = surface.IndexOfAny(['"', '”'], open + 1);
        return close > open + 1 && close < surface.Length - 2 ? NameKey.Of(surface[(open + 1)..close] + " " + surface[(close + 1)..]) : null;
    }

    /// <summary>"told MLB.com", "according to Harwick.org": a capitalised site's address names the organisation behind it.</summary>
    private static bool IsSiteName(string word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        var dot = word.IndexOf('.', StringComparison.Ordinal);
        return dot > 1 && SiteSuffixes.Contains(word[(dot + 1)..]);
    }
}
