using System.Collections.Frozen;

namespace Corroborate.Extraction;

/// <summary>
/// Names of things and of roles, which are none of our three kinds (issue 18, part 2): products after a determiner
/// ("a gray 2013 Toyota Camry", "his Bentley"), makes of craft and vehicles ("a Chetak helicopter", "a vessel named
/// Salaluddin"), awards ("an Emmy nomination"), works in quotation marks before a work noun ("the “Quiet Rivers” star"),
/// runs that end with a role ("City Attorney", "U.S. Attorney", "Fire Officer"). A thing is kept as a mention marked
/// <see cref="EntityMention.IsThing"/>, so that the resolver can drop the same name elsewhere in the story.
/// </summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>Determiners before a product: the article alone says nothing ("the Oscars"), "a", "an" and possessives do.</summary>
    private static readonly FrozenSet<string> ProductDeterminers = FrozenSet.ToFrozenSet(
        ["a", "an", "his", "her", "their", "its", "my", "our", "your"], StringComparer.Ordinal);

    /// <summary>
    /// The end of the product name when the run is a product by the words before it, else null. Evidence: a colour or a
    /// model year between a determiner and the name ("a silver 2007 Ford Fusion", "the black Bentley"), or "a", "an" or a
    /// possessive straight before a name that ends its noun phrase ("his Bentley.", "in a Dumpster outside", "a Toyota
    /// Camry driven by"); a lower-case noun after the name makes it a modifier naming a maker or a firm ("a State Farm
    /// insurance office"), which stays. Known places, names with a place or organisation word, given names, roles and
    /// acronyms are never products. A person's name the article gives after the product ("the silver Ford Fusion
    /// Okafor was driving") is cut off and read on its own.
    /// </summary>
    private (int End, bool Colour)? ProductEnd(string text, List<WordToken> tokens, int start, int end)
    {
        if (start == 0)
        {
            return null;
        }

        var k = start - 1;
        var modifiers = 0;
        var colours = 0;
        while (k >= 0 && (lexicon.ProductModifiers.Contains(tokens[k].Text) || IsModelYear(tokens[k].Text)) && !IsBreak(text, tokens[k], tokens[k + 1]))
        {
            modifiers++;
            colours += IsModelYear(tokens[k].Text) ? 0 : 1;
            k--;
        }

        if (k < 0 || IsBreak(text, tokens[k], tokens[k + 1]))
        {
            return null;
        }

        // "The 2008 Chiefs ended", "the 1961 Dallas Texans": a year alone before a capitalised plural is a team's season.
        if (colours == 0 && IsTeamSeason(tokens, start, end))
        {
            return null;
        }

        var determiner = tokens[k].Text.ToLowerInvariant();
        if (!(modifiers > 0 ? determiner is "the" || ProductDeterminers.Contains(determiner) : ProductDeterminers.Contains(determiner)))
        {
            return null;
        }

        var productEnd = end;
        for (var j = start + 1; j < end; j++)
        {
            // "the silver Ford Fusion Okafor was driving": the reduced clause's subject, a surname the article gives after a given name.
            if (NameWords.Contains(Bare(tokens[j].Text)) && !NameWords.Contains(Bare(tokens[start].Text)))
            {
                productEnd = j;
                break;
            }
        }

        if (IsNeverAProduct(tokens, start, productEnd))
        {
            return null;
        }

        if (colours > 0)
        {
            return (productEnd, true);
        }

        // Without a colour the name must end its noun phrase: a lower-case noun after it makes it a modifier ("the 2005
        // Harbour Review article").
        if (productEnd < end || end >= tokens.Count || IsBreak(text, tokens[end - 1], tokens[end]))
        {
            return (productEnd, false);
        }

        var next = tokens[end].Text;
        return char.IsLower(next[0]) && (lexicon.FunctionWords.Contains(next) || lexicon.Prepositions.Contains(next) || IsParticiple(next))
            ? (productEnd, false)
            : null;
    }

    /// <summary>"driven", "parked", "found": a participle after the name opens a clause about the thing ("feed", "need" are no participles).</summary>
    private static bool IsParticiple(string word) =>
        (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)) || word is "driven" or "stolen" or "seen" or "found" or "left";

    private bool IsNeverAProduct(List<WordToken> tokens, int start, int end)
    {
        if (gazetteer.Find(Join(tokens, start, end)) is not null || gazetteer.Find(tokens[start].Text) is not null || lexicon.GivenNames.Contains(tokens[start].Text)
            || (end - start == 1 && tokens[start].IsAcronym))
        {
            return true;
        }

        for (var k = start; k < end; k++)
        {
            if (lexicon.OrganisationCues.Contains(tokens[k].Text) || lexicon.PlaceCues.Contains(tokens[k].Text) || IsRoleWord(tokens[k].Text) || !tokens[k].IsCapitalised)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"2013" before a name: a model year (1950–2039).</summary>
    private static bool IsModelYear(string word) =>
        word.Length == 4 && word.All(char.IsDigit) && word[0] is '1' or '2' && int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) is >= 1950 and < 2040;

    /// <summary>
    /// "An armed Chetak helicopter", "a vessel named Salaluddin", "the liner MS Columbus": a short name before a vehicle,
    /// craft or weapon noun, or after a craft noun and "named"/"called", is that craft's make or name. Names with a place
    /// or organisation word ("Navy helicopter") or known places keep their type.
    /// </summary>
    private bool IsCraftName(string text, List<WordToken> tokens, int start, int end)
    {
        if (end - start > 2 || IsNeverAProduct(tokens, start, end))
        {
            return false;
        }

        if (end < tokens.Count && !IsBreak(text, tokens[end - 1], tokens[end]) && lexicon.VehicleNounsAfter.Contains(tokens[end].Text))
        {
            return true;
        }

        return start >= 2 && tokens[start - 1].Text is "named" or "called" && !IsBreak(text, tokens[start - 1], tokens[start])
            && (lexicon.VehicleNounsAfter.Contains(tokens[start - 2].Text) || (lexicon.CueNouns.TryGetValue(tokens[start - 2].Text, out var cued) && cued == EntityType.Unknown));
    }

    /// <summary>
    /// "City Attorney", "U.S. Attorney", "Fire Officer", "Fulton County District Attorney": where the body before the role
    /// that ends the run starts and where the role starts (its qualifiers included), when what comes before the role is only
    /// role qualifiers, a known place, or a body with a place or organisation word; else null. A person's name before a
    /// role word ("Martin Luther King") is left alone.
    /// </summary>
    private (int BodyStart, int RoleStart, string Role)? RoleEndingRun(List<WordToken> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            // "Committee for the Re-election of the President": a role after a small word is part of the name.
            if (MatchRoleToEnd(tokens, k, end) is not { } role || lexicon.Roles[role.Role] == RoleKind.Honorific || !tokens[k - 1].IsCapitalised)
            {
                continue;
            }

            var roleStart = RoleStartWithQualifiers(tokens, start, k);
            var bodyStart = BodyStartAfterQualifiers(tokens, start, roleStart);
            return bodyStart == roleStart || IsBodyBeforeRole(tokens, bodyStart, roleStart) ? (bodyStart, roleStart, role.Role) : null;
        }

        return null;
    }

    /// <summary>The role that runs from <paramref name="k"/> to the run's end, its last word possessive or not ("the City Attorney's office").</summary>
    private (string Role, int Length)? MatchRoleToEnd(List<WordToken> tokens, int k, int end)
    {
        if (MatchRole(tokens, k, end) is { } role && role.Length == end - k)
        {
            return role;
        }

        if (!IsPossessive(tokens[end - 1].Text))
        {
            return null;
        }

        var phrase = string.Join(' ', tokens.GetRange(k, end - k).Select(t => t.Text))[..^2];
        return lexicon.Roles.ContainsKey(phrase) && char.IsUpper(phrase[0]) ? (phrase, end - k) : null;
    }

    /// <summary>
    /// "Fulton County District Attorney", "Fire Officer": qualifiers before a role belong to it; a qualifier that is also a
    /// place or organisation word stays with the body unless the body before it is complete ("Fulton County"), a state or
    /// a country ("Alaska State Fire Marshal") or empty ("County Sheriff"), so "Oakland County Prosecutor" keeps "Oakland County" and "Superior Court Judge" "Superior Court".
    /// </summary>
    private int RoleStartWithQualifiers(List<WordToken> tokens, int start, int role)
    {
        while (role > start && lexicon.RoleQualifiers.Contains(tokens[role - 1].Text))
        {
            var word = tokens[role - 1].Text;
            var isCue = lexicon.PlaceCues.Contains(word) || lexicon.OrganisationCues.Contains(word);
            // "Alaska State Fire Marshal": after a state or a country the cue word is the role's too.
            if (isCue && role - 1 > start && !IsCue(tokens[role - 2].Text)
                && gazetteer.Find(Join(tokens, start, role - 1)) is not { Kind: PlaceKind.Subdivision or PlaceKind.Country or PlaceKind.Region })
            {
                break;
            }

            role--;
        }

        return role;
    }

    /// <summary>
    /// "Assistant Oakland County Prosecutor": a qualifier opening the body belongs to the role after it, unless it or the
    /// word after it is a place or organisation word ("City Council", "Fire Department Chief").
    /// </summary>
    private int BodyStartAfterQualifiers(List<WordToken> tokens, int start, int roleStart)
    {
        while (start + 1 < roleStart && lexicon.RoleQualifiers.Contains(tokens[start].Text)
            && !IsCue(tokens[start].Text) && !IsCue(tokens[start + 1].Text))
        {
            start++;
        }

        return start;
    }

    private bool IsCue(string word) => lexicon.PlaceCues.Contains(word) || lexicon.OrganisationCues.Contains(word);

    /// <summary>The jurisdiction or body before a role: a known place ("U.S."), an acronym, or a name ending with a place or organisation word ("Oakland County").</summary>
    private bool IsBodyBeforeRole(List<WordToken> tokens, int start, int end)
    {
        if (gazetteer.Find(Join(tokens, start, end)) is not null || (end - start == 1 && tokens[start].IsAcronym))
        {
            return true;
        }

        // "Texas Department of Criminal Justice": a body must end as one, or the role word is the end of its name.
        return IsCue(Bare(tokens[end - 1].Text));
    }

    /// <summary>"Assistant chief fire officer Peter Guest": a role qualifier alone before a lower-case role word names nobody.</summary>
    private bool IsLoneRoleQualifier(List<WordToken> tokens, int start, int end) =>
        end - start == 1 && lexicon.RoleQualifiers.Contains(tokens[start].Text) && end < tokens.Count && char.IsLower(tokens[end].Text[0])
        && (lexicon.Roles.ContainsKey(tokens[end].Text) || lexicon.RoleQualifiers.Contains(TitleCased(tokens[end].Text)));

    /// <summary>"Officers were alerted": a role's plural opening a sentence names nobody.</summary>
    private bool IsOpeningRolePlural(List<WordToken> tokens, int start, int end, int openingIndex) =>
        end - start == 1 && (start == 0 || start == openingIndex) && tokens[start].Text.Length > 3 && tokens[start].Text[^1] == 's'
        && lexicon.Roles.TryGetValue(tokens[start].Text[..^1], out var kind) && kind != RoleKind.Honorific && !IsTeamNamedByRolePlural(tokens[start].Text);

    /// <summary>"Juror No. 12", "Exhibit No. 4": a word before a number sign is a numbered thing, no name.</summary>
    private static bool IsBeforeNumberSign(List<WordToken> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].Text is "No" or "No." or "Number" && char.IsDigit(tokens[end + 1].Text[0]);

    /// <summary>"the 102nd Precinct", "the 67th Police Precinct": an ordinal before a capitalised place or organisation word opens the name.</summary>
    private bool OrdinalOpensName(string text, List<WordToken> tokens, int i)
    {
        var word = tokens[i].Text;
        if (word.Length < 3 || !char.IsDigit(word[0]) || !(word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
            || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal)) || word.AsSpan(0, word.Length - 2).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        for (var k = i + 1; k < Math.Min(tokens.Count, i + 3) && tokens[k].IsCapitalised && !IsBreak(text, tokens[k - 1], tokens[k]); k++)
        {
            if (lexicon.OrganisationCues.Contains(tokens[k].Text) || lexicon.PlaceCues.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ITAR - TASS", "SEA - ME - WE": acronyms joined by a spaced hyphen are one name.</summary>
    private static bool JoinsAcronymsAcrossHyphen(string text, List<WordToken> tokens, int end) =>
        tokens[end - 1].IsAcronym && tokens[end].IsAcronym && tokens[end - 1].Text.Length >= 2 && tokens[end].Text.Length >= 2
        && text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).SequenceEqual(" - ");

    /// <summary>"licence plate BEY 0843", "the SEA - ME - WE 4 cable": capitals before a serial number (not a year) are a designation.</summary>
    private static bool IsBeforeSerialNumber(string text, List<WordToken> tokens, int start, int end) =>
        end < tokens.Count && tokens[end - 1].IsAcronym && tokens[end].Text.Length >= 3 && !tokens[end].Text.AsSpan().ContainsAnyExceptInRange('0', '9')
        && !IsModelYear(tokens[end].Text) && text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).IsWhiteSpace()
        && end - start <= 3;

    /// <summary>"Judge Ana M. Ruiz of Superior Court": a role and a person's name before "of" are no part of the body after it.</summary>
    private bool HoldsRoleBeforeOf(List<WordToken> tokens, int start, int of) =>
        (MatchRole(tokens, start, of) is { } role && start + role.Length + 1 < of && LooksLikePersonName(tokens, start + role.Length, of))
        // "Senior Trooper William Hakim of the State Police": one qualifier before the role.
        || (start + 1 < of && MatchRole(tokens, start + 1, of) is { } qualified && start + 1 + qualified.Length + 1 < of && LooksLikePersonName(tokens, start + 1 + qualified.Length, of));

    /// <summary>"76ers", "49ers": digits then a plural of three letters or more name a team ("1990s" is a decade).</summary>
    internal static bool IsNumberedTeamWord(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits > 0 && word.Length - digits >= 3 && word[^1] == 's' && !word.AsSpan(digits).ContainsAnyExceptInRange('a', 'z');
    }

    /// <summary>"Sundays", "Mondays": a weekday's plural is a time.</summary>
    private static bool IsWeekdayPlural(string word) => word.Length > 6 && word[^1] == 's' && Weekdays.Contains(word[..^1]);

    /// <summary>"I'm", "I’ve", "We'll": a pronoun's contraction is no word of a name ("Reggie I'm ...").</summary>
    private static bool IsPronounContraction(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && word[..apostrophe] is "I" or "We" or "You" or "They" or "He" or "She" or "It"
            && word[(apostrophe + 1)..] is "m" or "re" or "ve" or "ll" or "d" or "s";
    }
}
