using System.Collections.Frozen;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Corroboration;

/// <summary>
/// Reads what a value is said of from the words around it: the predicate (the verb or noun before it,
/// "captured 23 pirates", "a toll of 48"; else the verb after its noun phrase, "23 people were killed"),
/// and whether it sits in a conditional clause. Only the value's own clause is read: the scan stops at
/// punctuation and skips hedges, articles, other numbers and coordination ("20 points and eight rebounds").
/// </summary>
internal static partial class ValueSlots
{
    private const int MaxWordsLeft = 4;
    private const int MaxWordsRight = 3;

    private static readonly FrozenSet<string> SkipLeft = ResourceText.Set("Amounts/predicate-skip-left.txt", StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> SkipRight = ResourceText.Set("Amounts/predicate-skip-right.txt", StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> SkipLeftOfDay = ResourceText.Set("Amounts/day-skip-left.txt", StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> IncrementWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "additional", "further", "extra");
    private static readonly FrozenSet<string> Conditionals = ResourceText.Set("Amounts/conditionals.txt", StringComparer.OrdinalIgnoreCase);

    /// <param name="from">Where the value's words start (its hedge included).</param>
    /// <param name="others">Other values of the sentence, skipped over when looking for the predicate.</param>
    public static ValueSlot Read(string text, TextSpan sentence, int from, int to, string? counted, string? unit, IReadOnlyList<TextSpan> others, bool day = false)
    {
        var left = Left(text, sentence, from, others, day);
        var (right, rightEnd) = ((string?)null, to);
        if (!day)
        {
            right = Right(text, sentence, to, out rightEnd);
        }

        var predicate = left ?? right;
        predicate = day ? predicate : Result(predicate, text, sentence, to) ?? predicate;
        var (eventVerb, eventSubject, simultaneous) = day ? ClauseAct(text, sentence, from, to) : (null, null, null);
        return new ValueSlot(counted, unit, predicate is null ? null : SlotClasses.OfPredicate(Stem(predicate)), Supposed(text, sentence, from))
        {
            FollowingVerb = left is not null && right is not null && IsParticiple(right) ? SlotClasses.OfPredicate(Stem(right)) : null,
            Object = left is null && right is not null ? ObjectOf(text, sentence, rightEnd) : null,
            EventVerb = eventVerb,
            EventSubject = eventSubject,
            SimultaneousEventVerb = simultaneous,
            Increment = !day && Increment(text, sentence, from, to),
            Opening = !day && WordBefore(text, sentence, from).Equals("first", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static ReadOnlySpan<char> WordBefore(string text, TextSpan sentence, int from)
    {
        var end = from;
        while (end > sentence.Start && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > sentence.Start && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>"an additional 14", "a further 3" before the figure, or "14 more", "20 additional" right after its number.</summary>
    private static bool Increment(string text, TextSpan sentence, int from, int to)
    {
        if (IncrementWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordBefore(text, sentence, from)))
        {
            return true;
        }

        var numberSeen = false;
        foreach (var range in text.AsSpan(from, to - from).Split(' '))
        {
            var word = text.AsSpan(from, to - from)[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (numberSeen)
            {
                return word.Equals("more", StringComparison.OrdinalIgnoreCase) || IncrementWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            }

            numberSeen = char.IsAsciiDigit(word[0]) || TimeWords.NumberLookup.ContainsKey(word);
        }

        return false;
    }

    private static string? Left(string text, TextSpan sentence, int from, IReadOnlyList<TextSpan> others, bool day)
    {
        var position = from;
        var seen = 0;
        while (seen < MaxWordsLeft)
        {
            var end = position;
            while (end > sentence.Start && text[end - 1] == ' ')
            {
                end--;
            }

            if (others.FirstOrDefault(o => o.End == end && o.Start < end) is { Length: > 0 } other)
            {
                position = other.Start;
                continue;
            }

            var start = end;
            while (start > sentence.Start && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '’'))
            {
                start--;
            }

            if (start == end)
            {
                return null;
            }

            var word = text[start..end];
            position = start;
            if (SkipLeft.Contains(word) || (day && SkipLeftOfDay.Contains(word)))
            {
                continue;
            }

            seen++;
            // "said" is a function word when sentences are compared, but before a day it says the day is when something
            // was said, which outlets writing on different days tell differently.
            return char.IsLower(word[0]) && (!TimeWords.StopWords.Contains(word) || (day && ConflictDetector.ReportingVerbs.Contains(Stem(word)))) ? word : null;
        }

        return null;
    }

    private static string? Right(string text, TextSpan sentence, int to, out int end)
    {
        end = to;
        var position = AfterAppositive(text, sentence, to);
        for (var seen = 0; seen < MaxWordsRight + 2; seen++)
        {
            var start = position;
            while (start < sentence.End && text[start] == ' ')
            {
                start++;
            }

            var stop = start;
            while (stop < sentence.End && (char.IsLetter(text[stop]) || text[stop] is '-' or '\'' or '’'))
            {
                stop++;
            }

            if (stop == start)
            {
                return null;
            }

            var word = text[start..stop];
            position = stop;
            end = stop;
            if (SkipRight.Contains(word) || IsAdverb(word))
            {
                continue;
            }

            return char.IsLower(word[0]) && !TimeWords.StopWords.Contains(word) ? word : null;
        }

        return null;
    }

    /// <summary>
    /// "three customers actually contacting", "five people reportedly hurt": a lower-case -ly word between a figure's noun and
    /// its verb is an adverb, passed over like the listed ones — not the -ly verbs ("supply", "reply", "rally", "tally").
    /// </summary>
    private static bool IsAdverb(string word) => word.Length >= 5 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal)
        && !word.EndsWith("ply", StringComparison.Ordinal) && word is not ("rally" or "tally" or "sally" or "bully" or "family" or "assembly");

    /// <summary>A verb form that can follow a noun phrase ("men accused of", "websites that were infected"), not "south" or "old".</summary>
    private static bool IsParticiple(string word) => word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>
    /// The noun a verb acts on: the first word after it, past articles, possessives and numbers, when it is a lower-case
    /// content word in the same clause ("rammed their car into …" → car); null when a preposition or punctuation comes first
    /// ("killed in the blast" has no object).
    /// </summary>
    private static string? ObjectOf(string text, TextSpan sentence, int from)
    {
        var position = from;
        for (var seen = 0; seen < 3; seen++)
        {
            var start = position;
            while (start < sentence.End && text[start] == ' ')
            {
                start++;
            }

            var stop = start;
            while (stop < sentence.End && (char.IsLetterOrDigit(text[stop]) || text[stop] is '-'))
            {
                stop++;
            }

            if (stop == start)
            {
                return null;
            }

            var word = text.AsSpan(start, stop - start);
            position = stop;
            if (ObjectDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || char.IsAsciiDigit(word[0]))
            {
                continue;
            }

            return char.IsLower(word[0]) && !TimeWords.StopWords.Contains(word.ToString()) ? Stem(word.ToString()) : null;
        }

        return null;
    }

    private static readonly FrozenSet<string> ObjectDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "that", "these", "those");

    /// <summary>
    /// "at least 66 reporters, nearly all of them local, have been killed": an aside between commas (at most eight words,
    /// no clause punctuation) that a verb follows is stepped over, so the figure's verb is read past it; elsewhere <paramref name="to"/>.
    /// </summary>
    private static int AfterAppositive(string text, TextSpan sentence, int to)
    {
        var rest = text.AsSpan(to, sentence.End - to);
        var open = rest.TrimStart(' ');
        if (open is not [',', ..])
        {
            return to;
        }

        var aside = open[1..];
        var close = aside.IndexOf(',');
        if (close <= 0 || aside[..close].IndexOfAny(";:()\"“”") >= 0 || aside[..close].Trim().Count(' ') > 7)
        {
            return to;
        }

        var after = aside[(close + 1)..].TrimStart(' ');
        var word = after[..(after.IndexOfAny(" ,.;:") is var stop and >= 0 ? stop : after.Length)];
        var isVerb = Auxiliaries.Contains(word.ToString()) || word is "have" or "has" or "had" || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
        return isVerb ? sentence.End - after.Length : to;
    }

    /// <summary>
    /// "left 12 people dead", "leaving 40 injured": the state after the figure is its act (the toll of the killed, of the
    /// injured), not "leave".
    /// </summary>
    private static string? Result(string? predicate, string text, TextSpan sentence, int to)
    {
        if (predicate is null || Stem(predicate) is not ("left" or "leav"))
        {
            return null;
        }

        var rest = text.AsSpan(to, sentence.End - to).TrimStart(' ');
        var word = rest[..(rest.IndexOfAny(" ,.;:") is var stop and >= 0 ? stop : rest.Length)];
        return word switch
        {
            "dead" => "killed",
            "injured" or "wounded" or "hurt" => "injured",
            _ => null,
        };
    }

    /// <summary>"if", "unless", "whether" earlier in the sentence: the value is supposed, not stated.</summary>
    private static bool Supposed(string text, TextSpan sentence, int from)
    {
        var words = text.AsSpan(sentence.Start, from - sentence.Start);
        foreach (var range in words.SplitAny(' ', ','))
        {
            if (Conditionals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verb endings off, so "killed", "kills" and "killing" meet; "died" and "dies" meet on "di".</summary>
    internal static string Stem(string word)
    {
        var lower = word.ToLowerInvariant();
        lower = lower switch
        {
            { Length: > 4 } when lower.EndsWith("ied", StringComparison.Ordinal) => lower[..^3] + "y",
            { Length: > 4 } when lower.EndsWith("ies", StringComparison.Ordinal) => lower[..^3] + "y",
            { Length: > 5 } when lower.EndsWith("ing", StringComparison.Ordinal) => lower[..^3],
            { Length: > 3 } when lower.EndsWith("ed", StringComparison.Ordinal) => lower[..^2],
            { Length: > 3 } when lower.EndsWith("es", StringComparison.Ordinal) && !lower.EndsWith("ses", StringComparison.Ordinal) => lower[..^1],
            { Length: > 3 } when lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) => lower[..^1],
            _ => lower,
        };
        // "stopped" → "stopp" → "stop"; "captured" → "captur" and "capture" → "captur".
        if (lower.Length > 3 && lower[^1] == lower[^2] && !"aeiouls".Contains(lower[^1], StringComparison.Ordinal))
        {
            lower = lower[..^1];
        }

        return lower.Length > 3 && lower[^1] == 'e' ? lower[..^1] : lower;
    }
}
