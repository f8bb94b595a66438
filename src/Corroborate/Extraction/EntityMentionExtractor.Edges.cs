using System.Collections.Frozen;

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
}
