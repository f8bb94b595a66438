using System.Collections.Frozen;

namespace Corroborate.Extraction;

/// <summary>
/// The evidence rules of <see cref="EntityMentionExtractor"/>: what the words around a capitalised run say about
/// whether it is a name at all (an opening word, a designation, a time, a common abbreviation) and of what kind
/// (someone speaking, an adjective before a noun).
/// </summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>Whether token <paramref name="index"/> opens a quotation ("… said, "Whatever the motives…"): its capital says nothing.</summary>
    private static bool OpensQuotation(string text, List<WordToken> tokens, int index)
    {
        var start = tokens[index].Span.Start;
        return index > 0 && start > 0 && text[start - 1] is '"' or '“' or '‘' or '«' or '\''
            && (start - 1 == tokens[index - 1].Span.End || char.IsWhiteSpace(text[start - 2]) || text[start - 2] is '(' or '[' or '—' or '-' or ':');
    }

    /// <summary>
    /// A word that is capitalised only because it opens a sentence: the article writes it in lower case
    /// elsewhere, or it is an adverb or a participle ("Naturally", "Entering"), or a number word.
    /// </summary>
    private bool IsCommonWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return LowerCaseWords.Contains(lower) || lexicon.Stopwords.Contains(word) || lexicon.FunctionWords.Contains(lower)
            || (word.Length >= 6 && (lower.EndsWith("ly", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)))
            || NumberWords.Contains(lower);
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
            && !AuxiliaryVerbs.Contains(next) && !next.EndsWith("ed", StringComparison.Ordinal);
    }

    private static readonly FrozenSet<string> AuxiliaryVerbs = FrozenSet.ToFrozenSet(
        ["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did", "do",
            "says", "said", "gets", "got", "wants", "plans", "faces", "remains", "became", "becomes", "won", "wins", "lost", "beat", "beats", "leads", "led",
            "took", "takes", "made", "makes", "gave", "gives", "went", "goes", "came", "comes", "told", "also", "then", "now", "still", "later", "again", "alone", "himself", "herself", "itself", "themselves"],
        StringComparer.Ordinal);
}
