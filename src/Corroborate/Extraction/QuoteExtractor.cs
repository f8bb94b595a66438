using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>
/// Finds direct quotations in any quote style (“…”, "…", «…», „…“, ‘…’), joins a quote continued in the
/// next paragraph, and names its speaker from the words around it: "X said", "said X", "X told …",
/// "according to X", "added the Iranian President" (a role, resolved later in the story), "he said"
/// (the last person named as a sentence's subject before it). Reads the article and its entity mentions.
/// </summary>
public sealed partial class QuoteExtractor(Gazetteer gazetteer)
{
    public QuoteExtractor() : this(Gazetteer.Default)
    {
    }

    /// <summary>A quote needs this many words: one- and two-word scare quotes ("meaningful") are not statements.</summary>
    private const int MinWords = 3;

    /// <summary>How far (characters) around a quote the attribution may stand.</summary>
    private const int AttributionWindow = 160;

    /// <summary>How far into its sentence a name may start and still be read as the sentence's subject.</summary>
    private const int MaxSubjectOffset = 40;

    private static readonly FrozenSet<string> SpeechVerbs = ResourceText.Set("Entities/speech-verbs.txt", StringComparer.OrdinalIgnoreCase);

    public ImmutableArray<QuoteMention> Extract(Article article, ImmutableArray<EntityMention> mentions)
    {
        var text = article.CleanText;
        var people = mentions.Where(m => m.Type == EntityType.Person).OrderBy(m => m.Span.Start).ToList();
        var found = new List<(int Open, int Close, TextSpan Span, TextSpan Sentence, bool Partial, Speaker? Speaker)>();
        foreach (var (open, close) in FindQuotedSpans(text, article.BodyLength))
        {
            var span = new TextSpan(open + 1, close);
            var inner = span.Of(text).Trim();
            if (inner.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < MinWords)
            {
                continue;
            }

            var sentence = article.Sentences.FirstOrDefault(s => s.Contains(open) || s.Contains(close)) is { Length: > 0 } within ? within : span;
            found.Add((open, close, span, sentence, !IsWholeClause(text, sentence, open, close), FindSpeaker(text, open, close, people, article.Sentences)));
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Speaker is null && SpeakerFromNeighbours(text, found, i) is { } shared)
            {
                found[i] = found[i] with { Speaker = shared };
            }
        }

        var quotes = ImmutableArray.CreateBuilder<QuoteMention>(found.Count);
        foreach (var (_, _, span, _, partial, speaker) in found)
        {
            quotes.Add(new QuoteMention(Trimmed(text, span), Trimmed(text, span).Of(text), speaker?.Cue, speaker?.CueText, speaker?.Mention?.Span,
                speaker?.Role ?? speaker?.Mention?.Role, speaker?.Country ?? speaker?.Mention?.CountryCode, partial));
        }

        return quotes.ToImmutable();
    }

    /// <summary>
    /// A quotation its own words do not attribute takes the speaker of an attributed one beside it, as a reader does:
    /// another quotation of the same sentence ("X said the “…” had ended and that the country would embrace “…”"),
    /// or the quotation just before it in the same paragraph when this one stands as a whole sentence of its own
    /// (“…,” X told supporters. “…”), the journalist's way of going on with one speaker. Each speaker found this way
    /// keeps the cue that named it, so the output stays traceable.
    /// </summary>
    private static Speaker? SpeakerFromNeighbours(string text, List<(int Open, int Close, TextSpan Span, TextSpan Sentence, bool Partial, Speaker? Speaker)> found, int i)
    {
        var quote = found[i];
        var sameSentence = found.Where(q => q.Speaker is not null && q.Sentence == quote.Sentence).Select(q => q.Speaker!).Distinct().ToList();
        if (sameSentence.Count == 1)
        {
            return sameSentence[0];
        }

        if (i == 0 || found[i - 1].Speaker is not { } previous || quote.Partial || sameSentence.Count > 1)
        {
            return null;
        }

        // Only the quotation itself stands in its sentence, and nothing but the previous quotation's sentence (no new
        // paragraph) lies between them.
        var outside = text[quote.Sentence.Start..quote.Open].Trim().Length + text[(quote.Close + 1)..Math.Max(quote.Close + 1, quote.Sentence.End)].Trim(' ', '.', ',', '!', '?').Length;
        var gap = text.AsSpan(found[i - 1].Close + 1, Math.Max(0, quote.Open - found[i - 1].Close - 1));
        return outside == 0 && !gap.Contains('\n') && found[i - 1].Sentence.End <= quote.Sentence.Start + 1 && gap.Length < 200 ? previous : null;
    }

    private sealed record Speaker(TextSpan Cue, string CueText, EntityMention? Mention, string? Role, string? Country);

    private Speaker? FindSpeaker(string text, int open, int close, List<EntityMention> people, ImmutableArray<TextSpan> sentences)
    {
        // After the quote: “…,” he said / “…,” said X / “…,” X added / “…,” added the Iranian President.
        var afterEnd = Math.Min(text.Length, close + 1 + AttributionWindow);
        var after = text[(close + 1)..afterEnd];
        var stop = after.IndexOfAny(['“', '"', '«', '\n']);
        if (stop >= 0)
        {
            after = after[..stop];
        }

        if (AfterPronoun().Match(after) is { Success: true } pronoun && SpeechVerbs.Contains(pronoun.Groups["verb"].Value))
        {
            var cue = new TextSpan(close + 1 + pronoun.Groups["who"].Index, close + 1 + pronoun.Groups["who"].Index + pronoun.Groups["who"].Length);
            return new Speaker(cue, cue.Of(text), LastSubject(text, people, sentences, open), null, null);
        }

        if (AfterVerbThenWho().Match(after) is { Success: true } verbFirst && SpeechVerbs.Contains(verbFirst.Groups["verb"].Value))
        {
            var whoStart = close + 1 + verbFirst.Groups["who"].Index;
            var named = people.FirstOrDefault(p => p.Span.Start >= whoStart && p.Span.Start < whoStart + verbFirst.Groups["who"].Length + 1);
            var cue = new TextSpan(whoStart, whoStart + verbFirst.Groups["who"].Length);
            return named is not null
                ? new Speaker(cue, cue.Of(text), named, null, null)
                : RoleSpeaker(text, cue, people, open);
        }

        var firstAfter = people.FirstOrDefault(p => p.Span.Start > close && p.Span.Start < afterEnd);
        if (firstAfter is not null && FollowedBySpeechVerb(text, firstAfter.Span.End) && OnlyConnectingWords(text, close + 1, firstAfter.RoleSpan?.Start ?? firstAfter.Span.Start))
        {
            return new Speaker(firstAfter.Span, firstAfter.Text, firstAfter, null, null);
        }

        // Before the quote, in its sentence: X said(,| that) “…” / X told reporters: “…” / According to X, “…”.
        var sentence = sentences.FirstOrDefault(s => s.Contains(open));
        var from = sentence.Length > 0 ? sentence.Start : Math.Max(0, open - AttributionWindow);
        var before = people.Where(p => p.Span.Start >= from && p.Span.End <= open).ToList();
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var between = text[before[i].Span.End..open];
            if (SpeechBetween().Match(between) is { Success: true } verb && SpeechVerbs.Contains(verb.Groups["verb"].Value))
            {
                return new Speaker(before[i].Span, before[i].Text, before[i], null, null);
            }
        }

        // "Raisi praised the talks, saying, “…”" and "X welcomed the deal, adding that “…”": the participle's
        // subject is the sentence's, the first person it names near its start.
        if (ParticipleBefore().IsMatch(text.AsSpan(from, open - from)) && before.FirstOrDefault() is { } subject
            && (subject.RoleSpan?.Start ?? subject.Span.Start) - from <= MaxSubjectOffset && !IsPossessor(text, subject.Span))
        {
            return new Speaker(subject.Span, subject.Text, subject, null, null);
        }

        // "He accepted the result, saying that “…”": the pronoun subject of the sentence is the last person it can be.
        if (ParticipleBefore().IsMatch(text.AsSpan(from, open - from)) && SentencePronoun().Match(text, from, Math.Min(open - from, 12)) is { Success: true } pronounSubject)
        {
            var cue = new TextSpan(pronounSubject.Groups["who"].Index, pronounSubject.Groups["who"].Index + pronounSubject.Groups["who"].Length);
            return new Speaker(cue, cue.Of(text), LastSubject(text, people, sentences, open), null, null);
        }

        // "Massa, who had been minister for a year, said he would stay … but not return to politics “in the short term”":
        // the sentence's subject said it, when its first speech verb follows the subject and no other person stands between.
        if (before.Count > 0 && (before[0].RoleSpan?.Start ?? before[0].Span.Start) - from <= MaxSubjectOffset && !IsPossessor(text, before[0].Span)
            && before.Skip(1).All(p => p.Text == before[0].Text) && FirstSpeechVerb(text, before[0].Span.End, open))
        {
            return new Speaker(before[0].Span, before[0].Text, before[0], null, null);
        }

        if (AccordingTo().Match(text[from..open]) is { Success: true } according)
        {
            var named = before.LastOrDefault();
            if (named is not null)
            {
                return new Speaker(named.Span, named.Text, named, null, null);
            }
        }

        var pronounBefore = PronounBefore().Match(text[from..open]);
        if (pronounBefore.Success && SpeechVerbs.Contains(pronounBefore.Groups["verb"].Value))
        {
            var cue = new TextSpan(from + pronounBefore.Groups["who"].Index, from + pronounBefore.Groups["who"].Index + pronounBefore.Groups["who"].Length);
            return new Speaker(cue, cue.Of(text), LastSubject(text, people, sentences, open), null, null);
        }

        return null;
    }

    /// <summary>"Fan's partner said …": a name in the possessive names whose the subject is, not the subject.</summary>
    private static bool IsPossessor(string text, TextSpan name) =>
        text.AsSpan(name.End).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(name.End).StartsWith("\u2019s", StringComparison.Ordinal)
        || text.AsSpan(name.End).StartsWith(" 's", StringComparison.Ordinal) || text.AsSpan(name.End).StartsWith(" \u2019s", StringComparison.Ordinal);

    /// <summary>"added the Iranian President": the role is kept so the story can name who holds it.</summary>
    private Speaker? RoleSpeaker(string text, TextSpan cue, List<EntityMention> people, int open)
    {
        var words = cue.Of(text);
        var role = RolePhrase().Match(words);
        if (!role.Success)
        {
            return null;
        }

        var roleName = role.Groups["role"].Value;
        var demonym = role.Groups["demonym"].Success ? role.Groups["demonym"].Value : null;
        var country = demonym is null ? null : gazetteer.Find(demonym)?.CountryCode;
        var holder = people.LastOrDefault(p => p.Span.Start < open && string.Equals(p.Role, roleName, StringComparison.OrdinalIgnoreCase) && (country is null || p.CountryCode == country));
        return new Speaker(cue, words, holder, roleName, country);
    }

    /// <summary>The last person named before <paramref name="position"/> as the first name of a sentence (its likely subject).</summary>
    private static EntityMention? LastSubject(string text, List<EntityMention> people, ImmutableArray<TextSpan> sentences, int position)
    {
        EntityMention? fallback = null;
        for (var i = people.Count - 1; i >= 0; i--)
        {
            var person = people[i];
            if (person.Span.Start >= position)
            {
                continue;
            }

            fallback ??= person;
            var sentence = sentences.FirstOrDefault(s => s.Contains(person.Span.Start));
            var firstInSentence = people.FirstOrDefault(p => sentence.Contains(p.Span.Start));
            // The subject stands near the start: "Raisi said…", "On his part, Cuban President X…"; a name
            // late in the sentence ("…met his counterpart X") is an object.
            if (ReferenceEquals(firstInSentence, person) && (person.RoleSpan?.Start ?? person.Span.Start) - sentence.Start <= MaxSubjectOffset)
            {
                return person;
            }
        }

        return fallback;
    }

    /// <summary>A speech verb among the words from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool FirstSpeechVerb(string text, int from, int to)
    {
        foreach (Match word in Word().Matches(text[from..to]))
        {
            if (SpeechVerbs.Contains(word.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedBySpeechVerb(string text, int position)
    {
        var match = LeadingVerb().Match(text, position, Math.Min(40, text.Length - position));
        return match.Success && SpeechVerbs.Contains(match.Groups["verb"].Value);
    }

    private static bool OnlyConnectingWords(string text, int from, int to) =>
        from <= to && ConnectingGap().IsMatch(text[from..to]);

    private static bool IsWholeClause(string text, TextSpan sentence, int open, int close)
    {
        var before = text[sentence.Start..open].Trim();
        var after = text[(close + 1)..Math.Max(close + 1, sentence.End)].Trim();
        return before.Length == 0 || before.EndsWith(':') || before.EndsWith(',') || after.Length == 0 || after.StartsWith(',') || text[close - 1] is '.' or ',' or '!' or '?';
    }

    private static TextSpan Trimmed(string text, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '…'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ','))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>
    /// Pairs of opening and closing marks. Straight double quotes alternate; curly ones pair by shape; a
    /// paragraph ending inside a quote that the next paragraph reopens continues the same quote.
    /// </summary>
    internal static List<(int Open, int Close)> FindQuotedSpans(string text, int limit)
    {
        var spans = new List<(int, int)>();
        // A search that found no closer stopped at a paragraph end; a later opener of the same kind before that
        // point would scan the same characters to the same failure. Remembering the failure keeps a run of
        // unclosed openers ("1‘a1‘a…", a 30 KB token) linear instead of quadratic.
        Span<(char Closer, int From, int Until)> failed = stackalloc (char, int, int)[5];
        var i = 0;
        while (i < limit)
        {
            var c = text[i];
            var closer = c switch
            {
                '“' => '”',
                '"' => '"',
                '«' => '»',
                '„' => '“',
                '‘' when i + 1 < limit && char.IsLetter(text[i + 1]) && (i == 0 || !char.IsLetter(text[i - 1])) => '’',
                _ => '\0',
            };
            if (closer == '\0')
            {
                i++;
                continue;
            }

            ref var memo = ref failed[Slot(closer)];
            if (memo.Closer == closer && i + 1 >= memo.From && i + 1 < memo.Until)
            {
                i++;
                continue;
            }

            var end = FindCloser(text, i + 1, limit, closer, out var stoppedAt);
            if (end < 0)
            {
                memo = (closer, i + 1, stoppedAt);
                i++;
                continue;
            }

            spans.Add((i, end));
            i = end + 1;
        }

        return spans;
    }

    private static int Slot(char closer) => closer switch { '”' => 0, '"' => 1, '»' => 2, '’' => 3, _ => 4 };

    /// <summary>The closer's index, or -1 with <paramref name="stoppedAt"/> where the search gave up.</summary>
    private static int FindCloser(string text, int from, int limit, char closer, out int stoppedAt)
    {
        stoppedAt = limit;
        for (var j = from; j < limit; j++)
        {
            var c = text[j];
            if (c == closer && (closer != '’' || j + 1 >= limit || !char.IsLetter(text[j + 1])))
            {
                return j;
            }

            if (c == '\n' && j + 1 < limit && text[j + 1] == '\n')
            {
                // A new paragraph that reopens the quote continues it; any other paragraph ends the search.
                var next = j + 2;
                if (next < limit && text[next] is '“' or '"' or '«' && closer is '”' or '"' or '»')
                {
                    j = next;
                    continue;
                }

                stoppedAt = j;
                return -1;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^\s*[,.]?\s*(?<who>he|she|they|He|She|They)\s+(?<verb>\w+)")]
    private static partial Regex AfterPronoun();

    [GeneratedRegex(@"^\s*[,.]?\s*(?<verb>\w+)\s+(?<who>(?:the\s+|Cuba's\s+|\p{Lu}[\p{L}’'-]*\s+)?[\p{L}’'. -]{2,80}?)(?=[,.;:]|\s+(?:in|on|at|during|while|after|before|to)\s|$)")]
    private static partial Regex AfterVerbThenWho();

    [GeneratedRegex(@"^(?:the\s+)?(?:former\s+)?(?<demonym>\p{Lu}\p{L}+\s+)?(?<role>President|Prime Minister|Foreign Minister|Minister|Leader|Chancellor|King|Queen|Secretary|Spokesman|Spokeswoman|Ambassador|Governor|Mayor|General|Leader)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RolePhrase();

    [GeneratedRegex(@"^\s*(?<verb>\w+)")]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"^[\s,]*$")]
    private static partial Regex ConnectingGap();

    [GeneratedRegex(@"^[^.!?]{0,80}?\b(?<verb>\w+)\b(?:\s+\w+){0,4}?\s*(?:,|:|\bthat\b)?\s*$")]
    private static partial Regex SpeechBetween();

    [GeneratedRegex(@",\s*(?:saying|adding|telling\s+\w+|stating|noting|warning|insisting|declaring|explaining|stressing|arguing|writing)(?:\s+that)?\s*[,:]?\s*$")]
    private static partial Regex ParticipleBefore();

    [GeneratedRegex(@"\G\s*(?<who>He|She|They)\b")]
    private static partial Regex SentencePronoun();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b[Aa]ccording to\b")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?<who>he|she|they|He|She|They)\s+(?<verb>\w+)(?:\s+\w+){0,3}?\s*[,:]?\s*$")]
    private static partial Regex PronounBefore();
}
