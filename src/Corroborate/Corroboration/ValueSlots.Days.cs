using System.Collections.Frozen;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Corroboration;

/// <summary>
/// The act a day dates: the verb of the day's own clause, read without a parser. A story dates many happenings
/// (the attack, the arrest, the verdict, the sentence), and two days in sentences alike in every other word still date
/// two acts when their clauses' verbs differ ("a jury on Tuesday ordered execution", "a judge on Thursday upheld").
/// </summary>
internal static partial class ValueSlots
{
    /// <summary>Words scanned on each side of a day for its clause's verb.</summary>
    private const int MaxClauseWords = 20;

    /// <summary>Irregular past and participle forms, each to its base ("struck" → strike); a base that is its own past ("hit") too.</summary>
    private static readonly FrozenDictionary<string, string> IrregularForms = LoadIrregular(bases: false);

    /// <summary>The bases of the irregular verbs: verbs after "to", never on their own ("a home run", "the cost").</summary>
    private static readonly FrozenSet<string> IrregularBases = LoadIrregular(bases: true).Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open another clause: a verb beyond them is another clause's.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "but", "when", "while", "after", "before", "as", "because", "which", "who", "whom", "whose", "that", "where", "until",
        "though", "although", "if", "unless", "whether", "since");

    /// <summary>A form after these is an adjective or a noun ("on injured reserve", "a suspended employee"), not the clause's verb.</summary>
    private static readonly FrozenSet<string> NounMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "some", "many", "several",
        "on", "in", "at", "of", "for", "with", "by", "from", "into", "onto", "over", "under", "about", "than", "most", "more", "very");

    /// <summary>A verb's -ing form after these is the clause's verb ("was escorting the convoy on Friday").</summary>
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "are", "was", "were", "be", "been", "am", "'s");

    /// <summary>A bare form after these is the clause's verb ("the trial will start on Monday", "asked to review on Monday").</summary>
    private static readonly FrozenSet<string> Modals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "does", "do");

    /// <summary>Forms of "be", "have" and "do" that only carry another verb.</summary>
    private static readonly FrozenSet<string> LightVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "being", "has", "have", "had", "having", "do", "does", "did", "done");

    /// <summary>Words ending in -ed that are no verb form.</summary>
    private static readonly FrozenSet<string> NotPastForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "hundred", "indeed", "need", "speed", "bed", "red", "seed", "weed", "shed", "greed", "creed", "breed", "aged", "feed", "deed", "sled", "fled");

    /// <summary>
    /// The class of the verb of the clause around [<paramref name="from"/>, <paramref name="to"/>): the nearest verb form
    /// to the left inside the clause, else to the right ("Yesterday, on Friday, she felt…"). Null when the clause shows
    /// no verb form. With it, the common noun right before that verb, its subject.
    /// </summary>
    internal static (string? Verb, string? Subject, string? Simultaneous) ClauseAct(string text, TextSpan sentence, int from, int to)
    {
        var tokens = Tokens(text, sentence);
        var first = tokens.FindIndex(t => t.End > from);
        if (first < 0)
        {
            return (null, null, null);
        }

        var last = tokens.FindLastIndex(t => t.Start < to);
        if (EventNoun(text, tokens, first, last) is { } noun)
        {
            return (noun, null, null);
        }

        var (verb, at) = Scan(text, tokens, first - 1, -1);
        if (verb is null)
        {
            (verb, at) = Scan(text, tokens, last + 1, +1);
        }

        return (verb, verb is null ? null : SubjectBefore(text, tokens, at), verb is null ? null : SimultaneousAct(text, tokens, last + 1));
    }

    /// <summary>Words an "as" clause may run before its verb ("as the two leaders signed").</summary>
    private const int MaxWordsBeforeSimultaneousVerb = 5;

    /// <summary>
    /// "gave the visitor a welcome on Thursday, with bands and salutes, as the two leaders signed a raft of deals": a clause
    /// opened by "as" after the day's tells what happened at the same time, so the day dates its act too. Null when the
    /// sentence has no such clause ("such as", "as well as", "as part of" open none: no verb follows them).
    /// </summary>
    private static string? SimultaneousAct(string text, List<(int Start, int End, bool Word)> tokens, int start)
    {
        for (var i = start; i < tokens.Count; i++)
        {
            var (s, e, isWord) = tokens[i];
            if (!isWord)
            {
                if (text[s] is ';' or '(' or '—' or '–')
                {
                    return null;
                }

                continue;
            }

            if (!text.AsSpan(s, e - s).Equals("as", StringComparison.Ordinal)
                || PreviousWord(text, tokens, i, skipAdverbs: false) is "such" or "well" or "as" or "so" or "just")
            {
                continue;
            }

            for (var k = i + 1; k < tokens.Count && k <= i + MaxWordsBeforeSimultaneousVerb && tokens[k].Word; k++)
            {
                var word = text[tokens[k].Start..tokens[k].End];
                if (ClauseOpeners.Contains(word))
                {
                    break;
                }

                if (VerbForm(text, tokens, k, word) is { } verb)
                {
                    return SlotClasses.OfPredicate(Stem(verb));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "The magnitude 6.8 quake struck", "the earthquake that struck": the lower-case word right before the verb (past
    /// "that" or "which"), when it can be a noun — not a function word, a verb form or an adverb.
    /// </summary>
    private static string? SubjectBefore(string text, List<(int Start, int End, bool Word)> tokens, int verbAt)
    {
        var k = verbAt - 1;
        if (k >= 0 && tokens[k].Word && text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start) is var relative
            && (relative.Equals("that", StringComparison.OrdinalIgnoreCase) || relative.Equals("which", StringComparison.OrdinalIgnoreCase)))
        {
            k--;
        }

        if (k < 0 || !tokens[k].Word)
        {
            return null;
        }

        var word = text[tokens[k].Start..tokens[k].End];
        return word.Length >= 4 && char.IsLower(word[0]) && !NounMarkers.Contains(word) && !ClauseOpeners.Contains(word) && !Auxiliaries.Contains(word)
            && !Modals.Contains(word) && !LightVerbs.Contains(word) && !TimeWords.StopWords.Contains(word) && !IrregularForms.ContainsKey(word)
            && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal)
            ? word.ToLowerInvariant() : null;
    }

    /// <summary>
    /// "Friday night's earthquake", "the Saturday afternoon slaying": a day said of a noun dates what the noun names, not
    /// the clause's verb. The noun is the last lower-case word of the run after the day (no verb form, at most three).
    /// </summary>
    private static string? EventNoun(string text, List<(int Start, int End, bool Word)> tokens, int first, int last)
    {
        var next = last + 1;
        // "Friday's", "Friday ’ s" (a tokeniser's spacing) or "Friday night's": the day is said of the noun after it.
        var glued = tokens[last].Word && text.AsSpan(tokens[last].Start, tokens[last].End - tokens[last].Start) is var w
            && (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase));
        var spaced = next + 1 < tokens.Count && !tokens[next].Word && text[tokens[next].Start] is '\'' or '’' && tokens[next + 1].Word
            && text.AsSpan(tokens[next + 1].Start, tokens[next + 1].End - tokens[next + 1].Start).Equals("s", StringComparison.OrdinalIgnoreCase);
        var attributive = first > 0 && tokens[first - 1].Word
            && text.AsSpan(tokens[first - 1].Start, tokens[first - 1].End - tokens[first - 1].Start) is var before
            && (before.Equals("the", StringComparison.OrdinalIgnoreCase) || before.Equals("a", StringComparison.OrdinalIgnoreCase));
        if (!glued && !spaced && !attributive)
        {
            return null;
        }

        next += spaced ? 2 : 0;
        string? noun = null;
        for (var i = next; i < tokens.Count && i < next + 3; i++)
        {
            var (s, e, isWord) = tokens[i];
            var word = text[s..e];
            if (!isWord || !char.IsLower(word[0]) || NounMarkers.Contains(word) || ClauseOpeners.Contains(word) || Auxiliaries.Contains(word)
                || IrregularForms.ContainsKey(word) || word.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            noun = word;
        }

        return noun is null ? null : SlotClasses.OfPredicate(Stem(noun));
    }

    private static (string? Verb, int At) Scan(string text, List<(int Start, int End, bool Word)> tokens, int start, int step)
    {
        for (int i = start, seen = 0; i >= 0 && i < tokens.Count && seen < MaxClauseWords; i += step)
        {
            var (s, e, isWord) = tokens[i];
            seen += isWord ? 1 : 0;
            if (!isWord)
            {
                // A short quoted phrase inside the clause ("signing a statement on a \"shared future\" on Wednesday") is passed
                // over whole, never read for the verb; any other quote mark, like clause punctuation, ends the scan.
                if (text[s] is '"' or '“' or '”' && QuotedPhraseEnd(text, tokens, i, step) is { } beyond)
                {
                    // The phrase counts as one word of the clause: it names one thing.
                    seen++;
                    i = beyond;
                    continue;
                }

                // Clause punctuation ends the scan; commas do not (lists of names, "in Rancho Mirage, Calif., on Friday"), nor a
                // full stop inside an abbreviation ("a. m.", "Calif."), nor the colon of a clock time ("at 11:11 pm").
                if (text[s] is ';' or '(' or ')' or '[' or ']' or '—' or '–' or '"' or '“' or '”'
                    || (text[s] == ':' && !(s > 0 && char.IsDigit(text[s - 1]))))
                {
                    return (null, -1);
                }

                continue;
            }

            var word = text[s..e];
            if (ClauseOpeners.Contains(word))
            {
                // "slipped 300 metres while descending from the ridge on Sunday": a participle clause of the same time has no
                // act of its own to date; the day dates the clause it hangs from.
                if (step < 0 && IsParticipleClauseOpener(text, tokens, i, word))
                {
                    continue;
                }

                return (null, -1);
            }

            if (VerbForm(text, tokens, i, word) is { } verb)
            {
                // "took the rare step of issuing the patch": the act is the one the step is of, not the taking.
                var act = verb is "take" or "make" && ActOfStep(text, tokens, i) is { } named ? named : verb;
                return (SlotClasses.OfPredicate(Stem(act)), i);
            }
        }

        return (null, -1);
    }

    /// <summary>"while" or "when" followed by a bare -ing form ("while climbing", "when leaving"): a clause of the same time without a subject.</summary>
    private static bool IsParticipleClauseOpener(string text, List<(int Start, int End, bool Word)> tokens, int at, string word) =>
        (word.Equals("while", StringComparison.OrdinalIgnoreCase) || word.Equals("when", StringComparison.OrdinalIgnoreCase))
        && at + 1 < tokens.Count && tokens[at + 1].Word && text.AsSpan(tokens[at + 1].Start, tokens[at + 1].End - tokens[at + 1].Start) is var next
        && next.Length >= 5 && char.IsLower(next[0]) && next.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Most words a quoted phrase passed over inside a clause may hold: a longer quote is speech, not a name for something.</summary>
    private const int MaxQuotedPhraseWords = 12;

    /// <summary>
    /// When the quote mark at <paramref name="at"/> closes (scanning left) or opens (scanning right) a short quoted phrase,
    /// the index of the mark at its other end; null for any other quote mark. Which marks pair is read from their count
    /// from the sentence start, so straight quotes pair as curly ones do.
    /// </summary>
    private static int? QuotedPhraseEnd(string text, List<(int Start, int End, bool Word)> tokens, int at, int step)
    {
        var before = 0;
        for (var k = 0; k < at; k++)
        {
            before += !tokens[k].Word && text[tokens[k].Start] is '"' or '“' or '”' ? 1 : 0;
        }

        // Scanning left the mark must close a phrase (an odd number of marks before it); scanning right it must open one.
        if ((step < 0) != (before % 2 == 1))
        {
            return null;
        }

        for (int k = at + step, words = 0; k >= 0 && k < tokens.Count; k += step)
        {
            if (tokens[k].Word)
            {
                if (++words > MaxQuotedPhraseWords)
                {
                    return null;
                }

                continue;
            }

            var c = text[tokens[k].Start];
            if (c is '"' or '“' or '”')
            {
                return k;
            }

            if (c is '.' or '!' or '?' or ';')
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"took the (unusual) step of issuing", "made the decision of closing": the -ing word after "of" a few words on.</summary>
    private static string? ActOfStep(string text, List<(int Start, int End, bool Word)> tokens, int verbAt)
    {
        for (var k = verbAt + 1; k + 1 < tokens.Count && k <= verbAt + 5 && tokens[k].Word && tokens[k + 1].Word; k++)
        {
            if (text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                var next = text[tokens[k + 1].Start..tokens[k + 1].End];
                return next.Length >= 6 && next.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(next[0]) ? next : null;
            }
        }

        return null;
    }

    /// <summary>The base (or stemmable) form when the word at <paramref name="i"/> is a finite verb or a verb after an auxiliary or modal.</summary>
    private static string? VerbForm(string text, List<(int Start, int End, bool Word)> tokens, int i, string word)
    {
        if (!char.IsLower(word[0]))
        {
            return null;
        }

        var bare = word.StartsWith("re-", StringComparison.OrdinalIgnoreCase) ? word[3..] : word;
        var previous = PreviousWord(text, tokens, i, skipAdverbs: true);
        if (previous is not null && NounMarkers.Contains(previous))
        {
            return null;
        }

        if (Auxiliaries.Contains(bare) || LightVerbs.Contains(bare))
        {
            return null;
        }

        if (IrregularForms.TryGetValue(bare, out var irregular))
        {
            return irregular is "have" or "do" ? null : irregular;
        }

        if (bare.Length >= 4 && bare.EndsWith("ed", StringComparison.Ordinal) && !NotPastForms.Contains(bare))
        {
            return bare;
        }

        var before = PreviousWord(text, tokens, i, skipAdverbs: false);
        // An -ing form after an auxiliary ("was escorting"), or after a name in a clause of its own ("with Xi and Vucic signing a
        // statement"): a name does not take an -ing noun as lower-case words do ("the bombing", "a building").
        if (bare.Length >= 6 && bare.EndsWith("ing", StringComparison.Ordinal) && before is not null
            && (Auxiliaries.Contains(before) || (char.IsUpper(before[0]) && before.Length > 1 && char.IsLower(before[^1]))))
        {
            return bare;
        }

        // After a modal any word is the verb; after "to" a verb we know, or a word with its object's determiner after it
        // ("to retain his titles"; "was taken to hospital" is no verb "hospital").
        return before is not null && ((Modals.Contains(before) && !TimeWords.StopWords.Contains(bare))
            || (string.Equals(before, "to", StringComparison.OrdinalIgnoreCase) && (IrregularBases.Contains(bare) || DeterminerAfter(text, tokens, i)))) ? bare : null;
    }

    private static bool DeterminerAfter(string text, List<(int Start, int End, bool Word)> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !tokens[i + 1].Word)
        {
            return false;
        }

        var next = text[tokens[i + 1].Start..tokens[i + 1].End];
        return next is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "our";
    }

    /// <summary>The word before token <paramref name="i"/> within its clause, -ly adverbs passed over when asked.</summary>
    private static string? PreviousWord(string text, List<(int Start, int End, bool Word)> tokens, int i, bool skipAdverbs)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            var (s, e, isWord) = tokens[k];
            if (!isWord)
            {
                return null;
            }

            var word = text[s..e];
            if (!(skipAdverbs && word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The sentence's words (letters, hyphens, apostrophes) and its other characters but spaces, in order.</summary>
    private static List<(int Start, int End, bool Word)> Tokens(string text, TextSpan sentence)
    {
        var tokens = new List<(int, int, bool)>();
        var end = Math.Min(sentence.End, text.Length);
        var i = sentence.Start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(text[i]))
            {
                while (i < end && (char.IsLetter(text[i]) || ((text[i] is '-' or '\'' or '’') && i + 1 < end && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add((start, i, true));
            }
            else
            {
                // A run of digits is one token; any other character is its own.
                i++;
                while (char.IsDigit(text[start]) && i < end && char.IsDigit(text[i]))
                {
                    i++;
                }

                tokens.Add((start, i, false));
            }
        }

        return tokens;
    }

    private static FrozenDictionary<string, string> LoadIrregular(bool bases)
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ResourceText.Lines("Amounts/irregular-verbs.txt"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bases)
            {
                forms.TryAdd(words[0], words[0]);
                continue;
            }

            // A base listed alone is its own past ("hit", "put"); otherwise only the past and participle forms are verbs on sight.
            for (var k = words.Length == 1 ? 0 : 1; k < words.Length; k++)
            {
                forms.TryAdd(words[k], words[0]);
            }
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
