using System.Collections.Frozen;
using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Text;

/// <summary>
/// Splits text into sentences as half-open spans, trimmed of surrounding white space. A full stop ends a
/// sentence unless it closes an abbreviation ("Mr.", "Gen."), an initial ("J. R."), a number ("3.5") or
/// a dotted acronym ("U.S.") followed by a word that does not start sentences. Closing quotes and
/// brackets stay with the sentence they close. Line breaks inside a span end a sentence only when the
/// caller asks (embedded posts and headings are written line by line).
/// </summary>
public sealed class SentenceSplitter
{
    private readonly FrozenSet<string> _abbreviations = ResourceText.Set("Sentences/abbreviations.txt", StringComparer.Ordinal);
    private readonly FrozenSet<string> _starters = ResourceText.Set("Sentences/sentence-starters.txt", StringComparer.Ordinal);

    public static SentenceSplitter Default { get; } = new();

    /// <summary>Sentences of <paramref name="text"/> within <paramref name="range"/>, as spans into <paramref name="text"/>.</summary>
    public ImmutableArray<TextSpan> Split(string text, TextSpan range, bool lineBreaksEndSentences = false)
    {
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        Split(text, range, lineBreaksEndSentences, sentences);
        return sentences.ToImmutable();
    }

    public void Split(string text, TextSpan range, bool lineBreaksEndSentences, ImmutableArray<TextSpan>.Builder sentences)
    {
        var span = text.AsSpan();
        var start = range.Start;
        var i = range.Start;
        while (i < range.End)
        {
            var c = span[i];
            if (lineBreaksEndSentences && c == '\n')
            {
                AddTrimmed(span, start, i, sentences);
                start = i + 1;
                i++;
                continue;
            }

            if (IsTerminal(c))
            {
                var end = i + 1;
                while (end < range.End && (IsTerminal(span[end]) || IsCloser(span[end])))
                {
                    end++;
                }

                if (IsBoundary(span, range, i, end))
                {
                    AddTrimmed(span, start, end, sentences);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        AddTrimmed(span, start, range.End, sentences);
    }

    private bool IsBoundary(ReadOnlySpan<char> text, TextSpan range, int mark, int afterClosers)
    {
        var c = text[mark];
        if (c is '。' or '！' or '？')
        {
            return true;
        }

        if (afterClosers >= range.End)
        {
            return true;
        }

        // Latin and Arabic-script sentences are followed by white space; "3.5" and "example.com" are not.
        if (!char.IsWhiteSpace(text[afterClosers]))
        {
            return false;
        }

        var next = afterClosers;
        while (next < range.End && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= range.End)
        {
            return true;
        }

        var first = text[next];
        if (char.IsLower(first))
        {
            return false;
        }

        if (c != '.' || afterClosers != mark + 1)
        {
            return true;
        }

        var word = WordBefore(text, range.Start, mark);
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial ("J. Smith"), unless a run of them ends the sentence: rare enough to accept.
            return false;
        }

        if (word.Contains('.'))
        {
            // "U.S." and "p.m." end a sentence only when a typical sentence opener follows them.
            var nextWord = WordAfter(text, next, range.End);
            return _starters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord);
        }

        return !_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int floor, int mark)
    {
        var start = mark;
        while (start > floor && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return text[start..mark];
    }

    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> text, int start, int end)
    {
        var stop = start;
        while (stop < end && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text[start..stop];
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '›';

    private static void AddTrimmed(ReadOnlySpan<char> text, int start, int end, ImmutableArray<TextSpan>.Builder sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
