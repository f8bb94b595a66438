using System.Collections.Frozen;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Where a name starts and ends when the words at its edges are foreign function words, holidays or possessives, and
/// the capitalised words that name a language or an award rather than a person, place or organisation (issue 18, ents9).
/// </summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>
    /// Articles of French, Spanish, Italian and German that open names written in those languages ("Le Monde", "El
    /// Universal", "La Stampa", "Der Spiegel"). "Die" is left out: it is an English word as often; "Les" too, an English
    /// given name ("Les Harwood") in English news more often than a French article.
    /// </summary>
    private static readonly FrozenSet<string> ForeignArticles = FrozenSet.ToFrozenSet(
        ["El", "La", "Los", "Las", "Le", "Il", "Lo", "Der", "Das"], StringComparer.Ordinal);

    /// <summary>Feasts written as modifiers after a name ("the Acme Christmas party").</summary>
    private static readonly FrozenSet<string> Holidays = FrozenSet.ToFrozenSet(
        ["Christmas", "Easter", "Thanksgiving", "Halloween", "Hanukkah", "Diwali", "Ramadan", "Passover"], StringComparer.Ordinal);

    /// <summary>Plurals without an s whose possessive is part of many names ("Men's Central Jail", "People's Republic").</summary>
    private static readonly FrozenSet<string> IrregularPluralPossessives = FrozenSet.ToFrozenSet(
        ["Men's", "Men’s", "Women's", "Women’s", "Children's", "Children’s", "People's", "People’s"], StringComparer.Ordinal);

    /// <summary>Award cues whose single word before them names the award alone elsewhere ("a Tony Award" → "the Tonys").</summary>
    private static readonly FrozenSet<string> AwardCues = FrozenSet.ToFrozenSet(["Award", "Awards", "Prize", "Prizes"], StringComparer.Ordinal);

    /// <summary>
    /// "Le Monde reported", "a columnist for El Universal": a foreign article before a capitalised word opens the name; it
    /// is not a capitalised stop word to strip.
    /// </summary>
    private static bool OpensForeignName(List<WordToken> tokens, int start, int end) =>
        ForeignArticles.Contains(tokens[start].Text) && start + 1 < end && tokens[start + 1].IsCapitalised;

    /// <summary>
    /// "the Acme Distribution Ltd Christmas party": a feast at the end of a name of two words or more, before a lower-case
    /// word, is what the name's party or sale is for, no part of the name. Returns the end without it.
    /// </summary>
    private static int WithoutTrailingHoliday(List<WordToken> tokens, int start, int end) =>
        end - start >= 2 && Holidays.Contains(tokens[end - 1].Text) && end < tokens.Count && char.IsLower(tokens[end].Text[0]) ? end - 1 : end;

    /// <summary>"the Men's Central Jail", "the Children's Hospital": an irregular plural's possessive before a capital continues the name.</summary>
    private static bool ContinuesAfterIrregularPossessive(string text, List<WordToken> tokens, int end) =>
        end < tokens.Count && IrregularPluralPossessives.Contains(tokens[end - 1].Text) && tokens[end].IsCapitalised
        && text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).IsWhiteSpace();

    /// <summary>
    /// "Saint - Jean - Cap - Ferrat": in a tokenised corpus, a capitalised word between two spaced hyphens is a part of
    /// one hyphenated name, whatever it is alone (a given name, a word written elsewhere); a dash has words on one side
    /// of it only once.
    /// </summary>
    private static bool IsInsideHyphenChain(string text, List<WordToken> tokens, int end)
    {
        static bool Hyphened(string text, WordToken left, WordToken right) =>
            left.IsCapitalised && right.IsCapitalised && text.AsSpan(left.Span.End, right.Span.Start - left.Span.End).SequenceEqual(" - ");

        if (!t_spacedHyphens || end < 1 || end >= tokens.Count || !Hyphened(text, tokens[end - 1], tokens[end]))
        {
            return false;
        }

        return (end >= 2 && Hyphened(text, tokens[end - 2], tokens[end - 1])) || (end + 1 < tokens.Count && Hyphened(text, tokens[end], tokens[end + 1]));
    }

    /// <summary>"studied Mandarin", "a Swahili translation": a language's name alone is no person, place or organisation.</summary>
    private bool IsLanguageName(List<WordToken> tokens, int start, int end) =>
        end - start == 1 && lexicon.Languages.Contains(Bare(tokens[start].Text));

    /// <summary>
    /// "wrote it in English", "speaks French": a demonym alone after "in" or a verb of speaking names the language, not
    /// the country. "in French Guiana" is a longer name and never gets here.
    /// </summary>
    private bool IsDemonymAsLanguage(List<WordToken> tokens, int start, int end) =>
        end - start == 1 && start > 0 && gazetteer.Find(tokens[start].Text) is { Kind: PlaceKind.Demonym }
        && tokens[start - 1].Text.ToLowerInvariant() is "in" or "into" or "speak" or "speaks" or "spoke" or "speaking" or "spoken" or "learn" or "learned" or "learning" or "studied" or "studying" or "teaches" or "taught"
        && (start + 1 >= tokens.Count || !tokens[start + 1].IsCapitalised);

    /// <summary>
    /// "won a Tony Award", "a Pulitzer Prize": the one word before an award cue is the award's short name; returns its end,
    /// or null. Kept as a thing so the story's "Tonys" and "the Pulitzer" name no entity.
    /// </summary>
    private static int? AwardShortNameEnd(List<WordToken> tokens, int start, int end) =>
        end - start == 2 && AwardCues.Contains(tokens[end - 1].Text) && tokens[start].IsCapitalised && !tokens[start].IsAcronym ? start + 1 : null;

    /// <summary>
    /// "the Commerce and Interior Department", "the Labor and Justice Departments": one word, "and", one word and an
    /// organisation or place word are two bodies sharing the head when the head is plural or the article also writes
    /// either with the head alone ("the Interior Department"). "Procter and Gamble Company" stays one name.
    /// </summary>
    private bool SharedHeadCoordination(string text, List<WordToken> tokens, int start, int end)
    {
        if (end - start != 4 || tokens[start + 1].Text != "and" || !tokens[start].IsCapitalised || !tokens[start + 2].IsCapitalised)
        {
            return false;
        }

        var head = tokens[end - 1].Text;
        var singular = head.EndsWith('s') ? head[..^1] : head;
        if (!lexicon.OrganisationCues.Contains(singular) && !lexicon.PlaceCues.Contains(singular))
        {
            return false;
        }

        var run = new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End);
        return singular != head || WritesWithHead(text, tokens[start].Text, head, run) || WritesWithHead(text, tokens[start + 2].Text, head, run);
    }

    /// <summary>Whether the text writes "word head" somewhere outside the run <paramref name="except"/>, not after "and".</summary>
    private static bool WritesWithHead(string text, string word, string head, TextSpan except)
    {
        var phrase = word + " " + head;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            // "the Fish and Wildlife Service" again elsewhere is the same coordinated name, no body written alone.
            if ((i < except.Start || i >= except.End) && (i == 0 || !char.IsLetter(text[i - 1]))
                && !text.AsSpan(0, i).TrimEnd().EndsWith(" and", StringComparison.Ordinal) && !text.AsSpan(0, i).TrimEnd().EndsWith('&'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Public School 298 in Brownsville", "Camp 4.": a plain number after a place or organisation word, before a full
    /// stop, a capital, a preposition or a function word, is part of the name; "the Department 10 days ago" is not, nor a
    /// score before a comma.
    /// </summary>
    private bool IsNumberAfterCue(string text, List<WordToken> tokens, int end)
    {
        // "Ohio State 24, Michigan 21": a score after a team is no part of its name.
        if (end < 1 || !tokens[end].Text.All(char.IsDigit) || IsBreak(text, tokens[end - 1], tokens[end]) || tokens[end - 1].Text == "State"
            || !(lexicon.OrganisationCues.Contains(tokens[end - 1].Text) || lexicon.PlaceCues.Contains(tokens[end - 1].Text)))
        {
            return false;
        }

        if (end + 1 >= tokens.Count || IsBreak(text, tokens[end], tokens[end + 1]))
        {
            var gap = end + 1 < tokens.Count ? text.AsSpan(tokens[end].Span.End, tokens[end + 1].Span.Start - tokens[end].Span.End).Trim() : [];
            return gap.IsEmpty || gap[0] is not (',' or '-' or '–');
        }

        var next = tokens[end + 1].Text;
        return tokens[end + 1].IsCapitalised || lexicon.Prepositions.Contains(next) || lexicon.FunctionWords.Contains(next);
    }

    /// <summary>
    /// "Chief of Detectives Charlie Beck", "Director of Operations Ana Ruiz": one capitalised plural between a role's "of"
    /// and its holder's name is the rest of the title, no body.
    /// </summary>
    private bool IsPluralTitleWord(List<WordToken> tokens, int portfolioStart, int holder, int end)
    {
        if (holder - portfolioStart != 1 || holder >= end)
        {
            return false;
        }

        var word = tokens[portfolioStart];
        return !word.IsAcronym && word.Text.Length > 3 && word.Text.EndsWith('s') && !word.Text.EndsWith("ss", StringComparison.Ordinal)
            && gazetteer.Find(word.Text) is null && !lexicon.OrganisationCues.Contains(word.Text);
    }

    /// <summary>
    /// "State Police Lt. Gregg Hastings": where two or more role qualifiers (`role-qualifiers.txt`) stand before a role
    /// that a name follows, the index of the role; null otherwise. One qualifier is read by the rule before this one.
    /// </summary>
    private int? QualifiedRoleStart(List<WordToken> tokens, int start, int end)
    {
        var k = start;
        while (k < end && lexicon.RoleQualifiers.Contains(tokens[k].Text))
        {
            k++;
        }

        return k - start >= 2 && MatchRole(tokens, k, end) is { } role && k + role.Length < end ? k : null;
    }
}
