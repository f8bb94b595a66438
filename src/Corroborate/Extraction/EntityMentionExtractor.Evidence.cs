using System.Collections.Frozen;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// The evidence rules of <see cref="EntityMentionExtractor"/>: what the words around a capitalised run say about
/// whether it is a name at all (an opening word, a designation, a time, a common abbreviation) and of what kind
/// (someone speaking, an adjective before a noun).
/// </summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>
    /// Whether token <paramref name="index"/> opens a quotation ("… said, "Whatever the motives…", also with a space
    /// inside the mark: "‘ Please"): its capital says nothing.
    /// </summary>
    private static bool OpensQuotation(string text, List<WordToken> tokens, int index)
    {
        var start = tokens[index].Span.Start;
        if (index > 0 && start > 2 && text[start - 1] == ' ' && text[start - 2] is '“' or '‘' or '«' && char.IsWhiteSpace(text[start - 3]))
        {
            return true;
        }

        return index > 0 && start > 0 && text[start - 1] is '"' or '“' or '‘' or '«' or '\'' && !AfterPluralPossessive(text, tokens[index - 1], tokens[index])
            && (start - 1 == tokens[index - 1].Span.End || char.IsWhiteSpace(text[start - 2]) || text[start - 2] is '(' or '[' or '—' or '-' or ':');
    }

    /// <summary>"Wellington fire: Man denies arson", "11: 41am | Updated on": a word after a colon or a bar opens a clause, its capital says nothing.</summary>
    private static bool AfterSeparator(string text, List<WordToken> tokens, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var gap = text.AsSpan(tokens[index - 1].Span.End, tokens[index].Span.Start - tokens[index - 1].Span.End).Trim();
        return gap is ":" or "|";
    }

    /// <summary>"MON 22 JUL 2013", "Sun Sep 15": a weekday's abbreviation before a number or a month.</summary>
    private static bool IsWeekdayAbbreviationBeforeDate(List<WordToken> tokens, int index)
    {
        if (index + 1 >= tokens.Count || !WeekdayAbbreviations.Contains(TitleCased(tokens[index].Text.TrimEnd('.'))))
        {
            return false;
        }

        var next = tokens[index + 1].Text;
        return char.IsDigit(next[0]) || Months.Contains(TitleCased(next.TrimEnd('.')));
    }

    private static readonly FrozenSet<string> WeekdayAbbreviations = FrozenSet.ToFrozenSet(
        ["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"], StringComparer.Ordinal);

    /// <summary>
    /// A word that is capitalised only because it opens a sentence: the article writes it in lower case
    /// elsewhere, or it is an adverb or a participle ("Naturally", "Entering"), or a number word.
    /// </summary>
    private bool IsCommonWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return LowerCaseWords.Contains(lower) || lexicon.Stopwords.Contains(word) || lexicon.FunctionWords.Contains(lower) || lexicon.Prepositions.Contains(lower)
            || (word.Length >= 6 && (lower.EndsWith("ly", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)))
            || NumberWords.Contains(lower);
    }

    /// <summary>
    /// A lone word opening a sentence that is only that common word: the article writes it in lower case and never
    /// capitalised inside a sentence, and it is no given name nor an acronym ("Man held after..." beside "a local man").
    /// </summary>
    private bool IsOpeningCommonWord(WordToken token, HashSet<string> confirmed) =>
        !token.IsAcronym && !confirmed.Contains(token.Text) && !lexicon.GivenNames.Contains(token.Text)
        && LowerCaseWords.Contains(token.Text.ToLowerInvariant());

    /// <summary>
    /// A word of a Title Case line that stands for a name: the article writes it capitalised inside a sentence, or it
    /// is a known place the article does not also write as a common word ("Man", "Reading").
    /// </summary>
    private bool Vouched(string word, HashSet<string> confirmed) =>
        confirmed.Contains(word) || (gazetteer.Find(word) is not null && !LowerCaseWords.Contains(word.ToLowerInvariant()));

    /// <summary>
    /// The lines of the text that are web addresses ("http: / / www. example. com / news / ..."), however the sentence
    /// splitter cuts them: a line starting with a scheme or "www.", or a path of three or more " / " separators.
    /// One pass over the text; usually none.
    /// </summary>
    private static List<TextSpan>? AddressLines(string text)
    {
        List<TextSpan>? lines = null;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (IsAddress(text.AsSpan(start, end - start).TrimStart()))
            {
                (lines ??= []).Add(new TextSpan(start, end));
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>A line that is a web address ("http: / / www. example. com / ..."): its words are no prose.</summary>
    internal static bool IsAddress(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("http", StringComparison.OrdinalIgnoreCase) && line.Length > 5 && line[4..].TrimStart('s').TrimStart().StartsWith(":", StringComparison.Ordinal))
        {
            return true;
        }

        if (line.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var slashes = 0;
        var rest = line;
        while (slashes < 3 && rest.IndexOf(" / ", StringComparison.Ordinal) is var at and >= 0)
        {
            slashes++;
            rest = rest[(at + 3)..];
        }

        return slashes >= 3;
    }

    private static bool IsInside(List<TextSpan>? spans, int position)
    {
        if (spans is null)
        {
            return false;
        }

        foreach (var span in spans)
        {
            if (position >= span.Start && position < span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records the words after a given name in a capitalised run ("Thaddeus Young", "Willie Green"), outside Title Case lines.</summary>
    private void CollectNameWords(string text, List<WordToken> tokens)
    {
        if (IsTitleCase(text, tokens))
        {
            return;
        }

        for (var j = 0; j + 1 < tokens.Count; j++)
        {
            if (!lexicon.GivenNames.Contains(tokens[j].Text))
            {
                continue;
            }

            for (var k = j + 1; k < tokens.Count && tokens[k].IsCapitalised && !IsBreak(text, tokens[k - 1], tokens[k]); k++)
            {
                NameWords.Add(Bare(tokens[k].Text));
            }
        }
    }

    /// <summary>"el-Fna", "al-Assad", "bin-Laden": a lower-case particle joined by a hyphen to a capitalised word is part of a name.</summary>
    private bool IsJoinedParticle(string word) =>
        word.IndexOf('-') is > 0 and var hyphen && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && char.IsLower(word[0])
        && lexicon.Connectors.Contains(word[..hyphen]);

    /// <summary>A minister's or secretary's role, whose "of" names a portfolio ("Minister of Foreign Affairs").</summary>
    private static bool IsPortfolioRole(string? role, RoleKind? roleKind) =>
        roleKind == RoleKind.Minister || (role is not null && (role.Contains("Minister", StringComparison.OrdinalIgnoreCase) || role.Contains("Secretary", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether an organisation word opens or ends the words, or heads them before "of".</summary>
    private bool HasOrganisationWord(List<WordToken> tokens, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        var of = tokens.FindIndex(start, end - start, t => t.Text == "of");
        return lexicon.OrganisationCues.Contains(tokens[start].Text) || lexicon.OrganisationCues.Contains(tokens[end - 1].Text)
            || (of > start && lexicon.OrganisationCues.Contains(tokens[of - 1].Text));
    }

    /// <summary>
    /// The tokens inside double quotation marks that hold a title: three words or more, every one capitalised but
    /// function words ("Larry King Live", "Most Likely to Succeed"), or fewer before a work noun ("the “Quiet Rivers”
    /// star"); null when the sentence has none. Other two-word quoted names ("Islamic State") stay names.
    /// </summary>
    private bool[]? QuotedTitles(string text, List<WordToken> tokens)
    {
        if (tokens.Count < 3)
        {
            return null;
        }

        bool[]? titles = null;
        var from = tokens[0].Span.Start;
        var to = tokens[^1].Span.End;
        var open = -1;
        // Up to two characters past the last word: "voted her “Most Likely to Succeed.”" closes after its full stop.
        for (var c = Math.Max(0, from - 1); c < Math.Min(text.Length, to + 2); c++)
        {
            if (text[c] is not ('"' or '“' or '”'))
            {
                continue;
            }

            // A straight mark opens when a word follows it and none precedes it; else it closes.
            var opens = text[c] == '“' || (text[c] == '"' && (c == 0 || char.IsWhiteSpace(text[c - 1]) || text[c - 1] == '(') && c + 1 < text.Length && char.IsLetterOrDigit(text[c + 1]));
            if (opens)
            {
                open = c;
                continue;
            }

            if (open < 0)
            {
                continue;
            }

            var first = tokens.FindIndex(t => t.Span.Start > open);
            var last = tokens.FindLastIndex(t => t.Span.End <= c);
            open = -1;
            // "the “ Quiet Rivers ” star": a shorter title is a work's when a work noun follows the closing mark.
            // "films like “The Prestige”": a quoted "The" and one capitalised word is a title too.
            if (first < 0 || last < first || (last - first < 2 && !(last + 1 < tokens.Count && tokens[last + 1].Span.Start > c && lexicon.WorkNounsAfter.Contains(tokens[last + 1].Text))
                && !(last - first == 1 && tokens[first].Text == "The")))
            {
                continue;
            }

            var isTitle = true;
            for (var k = first; k <= last && isTitle; k++)
            {
                isTitle = tokens[k].IsCapitalised || (char.IsDigit(tokens[k].Text[0]) && !IsCount(text, tokens[k])) || lexicon.FunctionWords.Contains(tokens[k].Text);
            }

            if (isTitle && tokens[first].IsCapitalised)
            {
                titles ??= new bool[tokens.Count];
                for (var k = first; k <= last; k++)
                {
                    titles[k] = true;
                }
            }
        }

        return titles;
    }

    /// <summary>"W.", "LuAnn", "McNeil": an initial or a word with a capital inside (not all capitals) is shaped like a name.</summary>
    private static bool LooksLikeNamePart(WordToken token)
    {
        var word = token.Text.TrimEnd('.');
        return word.Length == 1 || (!token.IsAcronym && word.AsSpan(1).IndexOfAnyInRange('A', 'Z') >= 0);
    }

    /// <summary>A word without its possessive ("Young's" → "Young").</summary>
    private static string Bare(string word) => IsPossessive(word) ? word[..^2] : word;

    /// <summary>
    /// A lone capitalised word that is the common word the article also writes in lower case ("the Assistant", "Men"),
    /// and nothing says it is a name: no known place, given name, surname given after a given name, acronym or speech verb.
    /// </summary>
    private bool IsLoneCommonWord(string text, List<WordToken> tokens, int index)
    {
        var word = Bare(tokens[index].Text);
        return !tokens[index].IsAcronym && LowerCaseWords.Contains(word.ToLowerInvariant()) && !NameWords.Contains(word)
            && !lexicon.GivenNames.Contains(word) && gazetteer.Find(word) is null && !SpeaksOrWho(text, tokens, index, index + 1);
    }

    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "dozens", "hundreds", "thousands"],
        StringComparer.Ordinal);

    /// <summary>A clock or calendar word: "PM", "ET", "EDT", "November", "Friday".</summary>
    private static bool IsTimeWord(string word)
    {
        var bare = word.TrimEnd('.');
        return TimeAcronyms.Contains(bare) || Months.Contains(word) || Weekdays.Contains(word) || Weekdays.Contains(TitleCased(word)) || Months.Contains(TitleCased(word));
    }

    /// <summary>"IE6", "G4S", "AK-47": a word with a digit in it, or a word glued to a number by a hyphen.</summary>
    private static bool IsDesignation(string text, WordToken token)
    {
        // "76ers": a team's name, not a model.
        if (IsNumberedTeamWord(token.Text))
        {
            return false;
        }

        foreach (var c in token.Text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        var end = token.Span.End;
        return end + 1 < text.Length && text[end] == '-' && char.IsDigit(text[end + 1]);
    }

    /// <summary>"TOKYO, Jan 2 (MC) -": a wire's credit in brackets before the dash of a dateline names the outlet, not the story.</summary>
    private static bool IsDatelineCredit(string text, WordToken token)
    {
        var (start, end) = (token.Span.Start, token.Span.End);
        if (start == 0 || text[start - 1] != '(' || end >= text.Length || text[end] != ')')
        {
            return false;
        }

        var after = text.AsSpan(end + 1).TrimStart(' ');
        return after.Length > 0 && after[0] is '-' or '–' or '—';
    }

    /// <summary>"RBIs", "CEOs": capitals then a plural s.</summary>
    private static bool IsPluralAcronym(string word) =>
        word.Length >= 3 && word[^1] == 's' && word.AsSpan(0, word.Length - 1).IndexOfAnyExceptInRange('A', 'Z') < 0;

    /// <summary>
    /// Someone speaking: a speech verb right after the name ("Gray said", "Gray told") or right before it ("said
    /// Gray"), "according to" before it, or a relative "who" after it ("Gray, who").
    /// </summary>
    private bool SpeaksOrWho(string text, List<WordToken> tokens, int start, int end)
    {
        if (end < tokens.Count && !IsBreak(text, tokens[end - 1], tokens[end]) && lexicon.SpeechVerbs.Contains(tokens[end].Text))
        {
            return true;
        }

        if (end < tokens.Count && tokens[end].Text == "who" && text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).Trim().SequenceEqual(","))
        {
            return true;
        }

        return start > 0 && !IsBreak(text, tokens[start - 1], tokens[start])
            && (lexicon.SpeechVerbs.Contains(tokens[start - 1].Text) || (start > 1 && tokens[start - 1].Text == "to" && tokens[start - 2].Text is "according" or "According"));
    }

    /// <summary>
    /// "Republican candidate", "Catholic hospital", "Peronist coalition": the word stands before a lower-case word
    /// that is no verb or function word (a kind noun counts: "Ishikawa prefecture" types a name, "Peronist coalition"
    /// describes a coalition; the resolver tells them apart by the word's ending).
    /// </summary>
    private bool IsAttributive(string text, List<WordToken> tokens, int end)
    {
        if (end >= tokens.Count || IsBreak(text, tokens[end - 1], tokens[end]))
        {
            return false;
        }

        var next = tokens[end].Text;
        return char.IsLower(next[0]) && !lexicon.FunctionWords.Contains(next) && !lexicon.SpeechVerbs.Contains(next) && !lexicon.Connectors.Contains(next)
            && !AuxiliaryVerbs.Contains(next) && !next.EndsWith("ed", StringComparison.Ordinal) && !IsDivisionWord(next);
    }

    private static readonly FrozenSet<string> AuxiliaryVerbs = FrozenSet.ToFrozenSet(
        ["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did", "do",
            "says", "said", "gets", "got", "wants", "plans", "faces", "remains", "became", "becomes", "won", "wins", "lost", "beat", "beats", "leads", "led",
            "took", "takes", "made", "makes", "gave", "gives", "went", "goes", "came", "comes", "told", "also", "then", "now", "still", "later", "again", "alone", "himself", "herself", "itself", "themselves"],
        StringComparer.Ordinal);
}
