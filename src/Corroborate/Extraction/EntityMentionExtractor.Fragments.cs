namespace Corroborate.Extraction;

/// <summary>
/// Rules that keep a name whole or drop a description written with capitals: a capitalised stop word inside a
/// sentence ("the New Democracy party"), adjectives cut before their own lower-case head ("International Monetary
/// fund"), generic words with capitals ("County Headquarters", "Greek Media"), hyphens and apostrophes written
/// with spaces around them ("Mat - Su Regional Hospital", "Internet Service Providers ' Association").
/// </summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>Whether the article being read writes hyphens inside words with spaces around them ("neo - natal").</summary>
    [ThreadStatic]
    private static bool t_spacedHyphens;

    /// <summary>
    /// "the New Democracy party", "led by New Democracy": a stop word written capitalised inside a sentence (not at
    /// its opening) before another capitalised word, a common word ("new", or one the article writes in lower case), is
    /// capitalised because it opens a name. Articles and clock or calendar words are not ("The Associated Press", "Monday").
    /// </summary>
    private bool IsCapitalisedInsideName(string text, List<WordToken> tokens, int start, int end, int openingIndex)
    {
        var word = tokens[start].Text;
        // "...USB Type C\nIf Marsh's tip holds": a word that opens a line opens a sentence, punctuation or not.
        return start > 0 && (start != openingIndex || AfterPluralPossessive(text, tokens[start - 1], tokens[start])) && start + 1 < end && tokens[start + 1].IsCapitalised && word.Length > 1 && char.IsLower(word[1])
            && text.AsSpan(tokens[start - 1].Span.End, tokens[start].Span.Start - tokens[start - 1].Span.End).IndexOf('\n') < 0
            && word is not ("The" or "A" or "An") && !IsTimeWord(word) && !lexicon.Connectors.Contains(word.ToLowerInvariant())
            && (LowerCaseWords.Contains(word.ToLowerInvariant()) || lexicon.FunctionWords.Contains(word.ToLowerInvariant()));
    }

    /// <summary>
    /// "the International Monetary fund": two or more adjectives (by their endings, or demonyms, not all demonyms)
    /// right before a lower-case organisation or place noun are that noun's name, written with its head in lower case;
    /// returns the noun's type, or null. "Greek government" (one demonym) and "Ishikawa prefecture" stay as they are.
    /// </summary>
    private EntityType? AdjectivalNameHead(string text, List<WordToken> tokens, int start, int end)
    {
        if (end - start < 2 || end >= tokens.Count || !char.IsLower(tokens[end].Text[0])
            || !text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).IsWhiteSpace())
        {
            return null;
        }

        var demonyms = 0;
        for (var k = start; k < end; k++)
        {
            var word = tokens[k].Text;
            if (gazetteer.Find(word) is { Kind: PlaceKind.Demonym })
            {
                demonyms++;
            }
            else if (!tokens[k].IsCapitalised || !HasAdjectiveEnding(word))
            {
                return null;
            }
        }

        return demonyms < end - start && KindNoun(tokens[end].Text) is { } kind && kind != EntityType.Person ? kind : null;
    }

    private static bool HasAdjectiveEnding(string word) =>
        word.Length > 4 && (word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ary", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
            || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ern", StringComparison.Ordinal));

    /// <summary>
    /// Two capitalised words that describe rather than name: a demonym before an organisation or place word the article
    /// also writes in lower case, without a determiner ("since Greek Media are"), or a kind of place or body before a
    /// common noun that names nothing alone ("County Headquarters"). A known place ("United States") is never a description.
    /// </summary>
    private bool IsGenericDescription(List<WordToken> tokens, int start, int end)
    {
        if (end - start != 2 || gazetteer.Find(Join(tokens, start, end)) is not null)
        {
            return false;
        }

        string first = tokens[start].Text, last = tokens[start + 1].Text;
        var cue = lexicon.OrganisationCues.Contains(last) || lexicon.PlaceCues.Contains(last);
        if (gazetteer.Find(first) is { Kind: PlaceKind.Demonym })
        {
            // A body is named with a determiner ("the Greek Parliament"); without one, inside a sentence, the words
            // describe many ("since Greek Media are", "Greek police said").
            return cue && LowerCaseWords.Contains(last.ToLowerInvariant()) && start > 0 && char.IsLower(tokens[start - 1].Text[0]) && !Determiners.Contains(tokens[start - 1].Text);
        }

        // "the County Headquarters", "Party Headquarters": a kind of place or body, then a common noun that names nothing alone.
        return (lexicon.PlaceCues.Contains(first) || lexicon.OrganisationCues.Contains(first)) && lexicon.CommonNouns.Contains(last);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Determiners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "whose"], StringComparer.Ordinal);

    /// <summary>
    /// "Mat - Su Regional Hospital" in an article that writes "neo - natal": where hyphens inside words are written with
    /// spaces, two capitalised words joined so, neither a name of its own (no known place, given name, acronym, nor
    /// written elsewhere without the hyphen), are one name. Elsewhere a spaced hyphen is a dash and ends the name.
    /// </summary>
    private bool ContinuesAcrossSpacedHyphen(string text, List<WordToken> tokens, int end)
    {
        if (!t_spacedHyphens || !tokens[end].IsCapitalised || !text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).SequenceEqual(" - "))
        {
            return false;
        }

        // "Aoraki - Mt. Cook": an abbreviation cut off by its stop ends the name before the hyphen.
        var right = tokens[end];
        var abbreviation = right.Text.Length <= 3 && right.Span.End < text.Length && text[right.Span.End] == '.';
        return !abbreviation && IsCompoundPart(text, tokens[end - 1]) && IsCompoundPart(text, right);
    }

    /// <summary>A word of a hyphenated name: no acronym, known place, given name or role, and not written elsewhere without the hyphen beside it.</summary>
    private bool IsCompoundPart(string text, WordToken token) =>
        token.IsCapitalised && !token.IsAcronym && gazetteer.Find(token.Text) is null && !lexicon.GivenNames.Contains(token.Text) && !lexicon.Roles.ContainsKey(token.Text)
        && !StandsAloneElsewhere(text, token.Text);

    /// <summary>
    /// "Evansville - Indiana State" (a fixture) against "Mat - Su": a word the article also writes with no spaced hyphen
    /// beside it is a name of its own, so the hyphen between it and the next name is a dash.
    /// </summary>
    private static bool StandsAloneElsewhere(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            if (!text.AsSpan(end).StartsWith(" - ", StringComparison.Ordinal) && !text.AsSpan(0, i).EndsWith(" - ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Internet Service Providers' Association", "Teachers ' Union": after a plural possessive, an organisation word
    /// continues the name (the body belongs to the group before the apostrophe).
    /// </summary>
    private bool ContinuesAcrossPluralPossessive(string text, WordToken left, WordToken right)
    {
        if (!left.IsCapitalised || left.Text.Length < 4 || left.IsAcronym || !lexicon.OrganisationCues.Contains(right.Text))
        {
            return false;
        }

        return AfterPluralPossessive(text, left, right);
    }

    /// <summary>
    /// "the Providers' Association", "Karamanlis ' New Democracy": an apostrophe straight after a word ending in s, or
    /// one with a space either side after a capitalised one (a tokenised corpus), is its possessive, no quotation mark
    /// ("says 'New ..." opens a quotation).
    /// </summary>
    private static bool AfterPluralPossessive(string text, WordToken left, WordToken right)
    {
        var raw = text.AsSpan(left.Span.End, right.Span.Start - left.Span.End);
        var gap = raw.Trim();
        if (left.Text.Length < 3 || left.Text[^1] != 's' || gap is not ("'" or "’"))
        {
            return false;
        }

        return !char.IsWhiteSpace(raw[0]) || (raw is " ' " or " ’ " && left.IsCapitalised);
    }

    /// <summary>
    /// Whether the article writes hyphens inside words with spaces around them ("neo - natal", "anti - war"), as a
    /// tokenised corpus does: it puts spaces around a hyphen between two letters and never writes a hyphen inside a word.
    /// Prose that uses " - " as a dash still writes "well-known" or "re-elected" somewhere.
    /// </summary>
    private static bool WritesSpacedHyphens(string text)
    {
        var spaced = false;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] != '-')
            {
                continue;
            }

            if (char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                return false;
            }

            spaced |= i >= 2 && i + 2 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ' && char.IsLower(text[i - 2]) && char.IsLower(text[i + 2]);
        }

        return spaced;
    }

    /// <summary>
    /// "the House of Representatives and Senate", "the Parliament of Ghana and Senate": one organisation word alone after
    /// the run's last "and", behind a name of three words or more, is a second body, not the end of the first's name
    /// ("Center for Genetic Engineering and Biotechnology" ends in no organisation word); so is a name after "and the".
    /// </summary>
    private bool IsLoneBodyAfterAnd(List<WordToken> tokens, int partStart, int and, int end) =>
        (and + 2 == end && and - partStart >= 3 && tokens[and + 1].IsCapitalised && lexicon.OrganisationCues.Contains(tokens[and + 1].Text))
        // "crews from Palmer Fire and the Lakeside Central Fire Department": "and the" before a capital opens a second name.
        || (and > partStart && and + 2 < end && tokens[and + 1].Text == "the" && tokens[and + 2].IsCapitalised);

    /// <summary>
    /// A lower-case word inside a person's name: a particle ("van der Sar", "bin Salman", "de Vries") or one joined to the
    /// name by a hyphen ("al-Assad", "el-Sisi"). Not the Romance "del", "la", "dos", which name places as often
    /// ("Santiago del Estero", "Mar del Plata").
    /// </summary>
    private bool IsNameParticle(string word) =>
        word is "bin" or "ibn" or "bint" or "al" or "el" or "de" or "van" or "von" or "der" or "den" or "da" || IsJoinedParticle(word);
}
