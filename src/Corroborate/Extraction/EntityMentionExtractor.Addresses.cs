using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>Places written as addresses ("Key Biscayne, Fla."), abbreviations with their stop, counts in quotation marks.</summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>
    /// "2,290": digits with a thousands separator are a count. Signs and chants in quotation marks ("Phil Ford 2,290")
    /// are no titles of works, whose numbers are short ("Apollo 13", "Ocean's 11").
    /// </summary>
    private static bool IsCount(string text, WordToken token)
    {
        var end = token.Span.End;
        return token.Text.All(char.IsAsciiDigit) && token.Text.Length <= 3 && end + 3 < text.Length && text[end] == ','
            && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2]) && char.IsAsciiDigit(text[end + 3])
            && (end + 4 == text.Length || !char.IsAsciiDigit(text[end + 4]));
    }

    /// <summary>
    /// "Key Biscayne, Fla.", "Santa Rosa, California", "Poplar Bluff, Mo.": a name written before a comma and a state or
    /// province that closes the phrase is a town there. Left alone: a name opening with a given name ("Ty Lawson,
    /// North Carolina, scored": a player and his school), a state followed by more words ("Palin, Alaska's governor";
    /// "Marlow, Texas and Ohio"), and names typed by stronger evidence before this is asked.
    /// </summary>
    private bool IsTownBeforeState(string text, List<WordToken> tokens, int start, int end)
    {
        if (end >= tokens.Count || lexicon.GivenNames.Contains(tokens[start].Text) || lexicon.MoreGivenNames.Contains(tokens[start].Text)
            || gazetteer.Find(Join(tokens, start, end)) is not null)
        {
            return false;
        }

        var gap = text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End);
        if (gap.Trim().ToString() != "," || gap.Contains('\n'))
        {
            return false;
        }

        for (var length = 1; length <= 2 && end + length <= tokens.Count; length++)
        {
            var last = tokens[end + length - 1];
            var stop = last.Span.End;
            var state = gazetteer.Find(Join(tokens, end, end + length));
            if (state is null && length == 1 && stop < text.Length && (last.Text.Contains('.') || text[stop] == '.'))
            {
                state = gazetteer.FindAbbreviation(last.Text);
                stop += text[stop] == '.' ? 1 : 0;
            }

            if (state is not { Kind: PlaceKind.Subdivision } || (length == 2 && IsBreak(text, tokens[end], last)))
            {
                continue;
            }

            // The state closes the phrase: punctuation, a line's end or the text's end, not more words ("Alaska's" is one
            // token and no state).
            var after = text.AsSpan(stop).TrimStart(' ');
            return after.IsEmpty || after[0] is ',' or '.' or ';' or ':' or ')' or '\n' or '"' or '”';
        }

        return false;
    }

    /// <summary>"Newport Beach, Calif., a facility": a state's abbreviation keeps its full stop, as "U.S." keeps its stops.</summary>
    private static EntityMention WithAbbreviationStop(string text, EntityMention name) =>
        name.Span.End < text.Length && text[name.Span.End] == '.' && !name.Text.EndsWith('.')
            ? name with { Span = new TextSpan(name.Span.Start, name.Span.End + 1), Text = name.Text + "." }
            : name;

    /// <summary>
    /// "the villages Kavouhi and Zinabieh", "the towns Wajima and Suzu": a place noun's plural straight before names types
    /// them places, as its singular does ("village"); "villages were Tonban…" (a verb between) is not asked, nor are
    /// plurals of other cue nouns ("told reporters Vexora would ship": a new clause's subject, not reporters' names).
    /// </summary>
    private EntityType? PluralCueNoun(string word)
    {
        if (word.Length < 4 || !char.IsLower(word[0]) || word[^1] != 's')
        {
            return null;
        }

        foreach (var singular in (string[])[word[..^1], word.EndsWith("es", StringComparison.Ordinal) ? word[..^2] : "", word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : ""])
        {
            if (singular.Length > 0 && lexicon.CueNouns.TryGetValue(singular, out var type) && type == EntityType.Place)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>
    /// "St. Louis", "Mt. Cook", "Ft. Worth": the abbreviation opens the name and its stop does not end it — for "St." only
    /// when the gazetteer knows the place so named, since saints name people and hospitals too ("St. Katharine Drexel",
    /// "St. Vincent's hospital"). Left alone: a possessive after the stop, and "Main St. Police said", where the
    /// abbreviation ends a street's name rather than opening one.
    /// </summary>
    private bool IsOpeningSaintAbbreviation(string text, List<WordToken> tokens, int start, int end) =>
        end == start + 1 && tokens[start].Text is "St" or "Mt" or "Ft" && tokens[end].IsCapitalised && !IsPossessive(tokens[end].Text)
        && text.AsSpan(tokens[start].Span.End, tokens[end].Span.Start - tokens[start].Span.End).Trim().SequenceEqual(".")
        && (tokens[start].Text != "St" || gazetteer.Find("St. " + tokens[end].Text) is { Kind: PlaceKind.City or PlaceKind.Capital or PlaceKind.Subdivision });
}
