namespace Corroborate.Extraction;

/// <summary>
/// Runs that glue words which are no part of the name to it (issue 18, part 2, sixth pass): an acronym that describes the
/// person after it ("Saints RB Pierre Thomas", "Super Bowl MVP Drew Brees") or names the body before a name ("NBA
/// Charlotte Bobcats"); shouted headline prose ("LIKELY FOE", "THREE MORE JETS OUT New York fell..."); a name that is only a
/// role after a role ("Chief Public Relations Officer").
/// </summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>
    /// The index of an acronym inside the run that stands straight before a person's name (a given name opening two to four
    /// capitalised words, or any two to four capitalised words after the abbreviation of a common noun such as a playing
    /// position): a position, an award or a league glued to the name ("Saints RB Pierre Thomas", "CB Vontae Davis", "NBA
    /// Charlotte Bobcats"), else null. Acronyms with full stops ("U.S.") and known places stay part of what they open.
    /// </summary>
    private int? GluedAcronymBeforeName(List<WordToken> tokens, int start, int end)
    {
        for (var k = start; k + 2 < end; k++)
        {
            var word = tokens[k].Text;
            // "SAN Diego Chargers": a shouted word that opens a known place with the next one is that place's.
            if (tokens[k].IsAcronym && word.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0 && gazetteer.Find(word) is null && !lexicon.Roles.ContainsKey(word)
                && gazetteer.Find(TitleCased(word) + " " + tokens[k + 1].Text) is null
                && (lexicon.GivenNames.Contains(tokens[k + 1].Text) || lexicon.CommonAcronyms.Contains(word)) && LooksLikePersonName(tokens, k + 1, end))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// "Saints Pierre Thomas", "Bobcats Gerald Wallace": a capitalised plural (a team or a group, no given name nor known
    /// place) glued before a person's name opening with a given name is the team, not part of the name.
    /// </summary>
    private bool GluedPluralBeforeName(List<WordToken> tokens, int start, int end)
    {
        var first = tokens[start].Text;
        return end - start >= 3 && first.Length >= 4 && first[^1] == 's' && char.IsLower(first[^2]) && !first.EndsWith("ss", StringComparison.Ordinal)
            && !first.EndsWith("us", StringComparison.Ordinal) && !first.EndsWith("is", StringComparison.Ordinal) && !IsPossessive(first)
            && !lexicon.GivenNames.Contains(first) && gazetteer.Find(first) is null && !NameWords.Contains(first)
            && lexicon.GivenNames.Contains(tokens[start + 1].Text)
            && (LooksLikePersonName(tokens, start + 1, end) || PlaceWordsAllowPerson(tokens.GetRange(start + 1, end - start - 1)));
    }

    /// <summary>
    /// The end of shouted headline prose opening a run, else null: two or more words in capitals, at least one of them a
    /// common word of three letters or more ("LIKELY FOE", "TWO MORE RAMS OUT" before "St. Louis lost..."). A run of
    /// acronyms ("NBA", "FBI CIA") has no common word and stays.
    /// </summary>
    private int? ShoutedProseEnd(List<WordToken> tokens, int start, int end)
    {
        var k = start;
        var common = false;
        // One-letter words ("A", "I") go on shouted prose but do not open it.
        while (k < end && (tokens[k].Text.Length >= 2 || k > start) && tokens[k].Text.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0)
        {
            common |= tokens[k].Text.Length >= 3 && gazetteer.Find(tokens[k].Text) is null && IsCommonWord(tokens[k].Text);
            k++;
        }

        return k - start >= 2 && common ? k : null;
    }

    /// <summary>
    /// The words of shouted prose that the article writes as names inside its sentences ("RAMS" beside "the Rams"), run by run.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ConfirmedShoutedParts(List<WordToken> tokens, int start, int end, HashSet<string> confirmed)
    {
        var k = start;
        while (k < end)
        {
            if (!confirmed.Contains(TitleCased(tokens[k].Text)))
            {
                k++;
                continue;
            }

            var partStart = k;
            while (k < end && confirmed.Contains(TitleCased(tokens[k].Text)))
            {
                k++;
            }

            yield return (partStart, k);
        }
    }

    /// <summary>
    /// After a role, a "name" that ends with a role word is the rest of the title ("Chief Public Relations Officer", "Deputy
    /// Chief Information Officer"): nobody's name ends with a role.
    /// </summary>
    private bool EndsWithRole(List<WordToken> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (MatchRoleToEnd(tokens, k, end) is { } role && lexicon.Roles[role.Role] != RoleKind.Honorific)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Tar Heels", "the Purple Aces": two or more capitalised words after "the" that end with a plural, no given name
    /// opening them, name a team or a group, not a person (people are not named with an article and a plural).
    /// </summary>
    private bool IsPluralGroupAfterThe(List<WordToken> tokens, int start, int end)
    {
        if (end - start < 2 || start == 0 || tokens[start - 1].Text is not ("the" or "The") || lexicon.GivenNames.Contains(tokens[start].Text))
        {
            return false;
        }

        // "the Winter Meetings": words the article also writes in lower case are a common phrase, capitalised by custom.
        var common = true;
        for (var k = start; k < end; k++)
        {
            common &= LowerCaseWords.Contains(tokens[k].Text.ToLowerInvariant());
            if (!tokens[k].IsCapitalised || tokens[k].Text.Contains('-'))
            {
                return false;
            }
        }

        // "the Civil Rights pioneer Martin Luther King": a name before a lower-case noun and another name modifies that noun.
        if (end + 1 < tokens.Count && (lexicon.CueNouns.ContainsKey(tokens[end].Text) || (char.IsLower(tokens[end].Text[0]) && tokens[end + 1].IsCapitalised)))
        {
            return false;
        }

        var last = tokens[end - 1].Text;
        // "the Civil Rights leader": a plural the article writes as a common word is that word ("rights"), not a team's.
        return !common && !LowerCaseWords.Contains(last.ToLowerInvariant()) && last.Length >= 4 && last[^1] == 's' && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("us", StringComparison.Ordinal)
            && !last.EndsWith("is", StringComparison.Ordinal) && char.IsLower(last[^2]) && !IsPossessive(last);
    }
}
