namespace Corroborate.Events;

/// <summary>
/// Whether a coded verb states an act. Precision comes first: an infinitive ("to withdraw"), a gerund after a
/// preposition ("accused of attacking"), a question, and the clause a reporting verb governs ("X said Y attacked Z")
/// state no act of their own. Some of them are still events of another kind: a commitment to a cooperative act
/// ("agreed to withdraw", "will provide aid", "says it is ready to talk") is the intention CAMEO codes under root 03,
/// and "X said Y must withdraw" is X demanding it of Y (root 10).
/// </summary>
public sealed partial class EventCoder
{
    private enum MoodKind
    {
        /// <summary>The verb states an act.</summary>
        Act,

        /// <summary>A commitment to the act: coded as the intention to do it (root 03), cooperative acts only.</summary>
        Intent,

        /// <summary>A reported obligation laid on another actor: coded as the speaker's demand (root 10) of that actor.</summary>
        Demand,

        /// <summary>Not coded.</summary>
        None,
    }

    private readonly record struct Mood(MoodKind Kind, int? Speaker = null);

    /// <summary>Prepositions after which a gerund is what someone is accused of, asked for or spoke about, not an act.</summary>
    private static readonly HashSet<string> GerundPrepositions = new(StringComparer.Ordinal) { "OF", "FOR", "ABOUT", "FROM", "AGAINST", "WITHOUT", "ON", "OVER", "WITH" };

    private Mood MoodOf(SentenceParse parse, int verbIndex, List<int> chain, int? subject)
    {
        var tokens = parse.Tokens;
        var key = tokens[verbIndex].Key;
        var gerund = key.EndsWith("ING", StringComparison.Ordinal);
        var before = PreviousWord(parse, verbIndex - 1);
        if (gerund && before >= 0 && GerundPrepositions.Contains(tokens[before].Key))
        {
            return new Mood(MoodKind.None);
        }

        // "threatened to ban voting", "began shelling": a gerund right after a verb is that verb's object.
        if (gerund && chain.Count == 0 && verbIndex > 0 && parse.VerbAt[verbIndex - 1] is not null)
        {
            return new Mood(MoodKind.None);
        }

        // Inside quotation marks the words are the speaker's: what they say is a statement, not an act we saw.
        if (InsideQuotation(parse, verbIndex))
        {
            return new Mood(MoodKind.None);
        }

        var kind = MoodKind.Act;
        // "to withdraw", "to further develop", "to be joined": an infinitive, its "to" leading the auxiliary chain.
        var to = chain.FindLastIndex(k => tokens[k].Key == "TO") is >= 0 and var at ? chain[at] : before >= 0 && tokens[before].Key == "TO" ? before : -1;
        if (to < 0 && chain.Count == 0 && CoordinatedInfinitive(parse, verbIndex) is >= 0 and var shared)
        {
            // "to unite and mobilize": the second verb of a coordinated infinitive is an infinitive too.
            to = shared;
        }

        if (to >= 0)
        {
            before = to;
            // "to withdraw": an infinitive is someone's aim, request or plan; only a commitment makes it an intention.
            // "is about to restore ties" is the act itself, imminent.
            // "was seen to break into…": a perception or finding in the passive asserts the act.
            var governor = PreviousWord(parse, before - 1);
            // "began to shell", "continued to fire": aspect, not mood; the act happens.
            if (governor >= 0 && (tokens[governor].Key == "ABOUT" || MoodWords.Aspect.Contains(tokens[governor].Key)
                || (MoodWords.Evidential.Contains(tokens[governor].Key) && governor > 0 && WordClasses.BeForms.Contains(tokens[governor - 1].Key))))
            {
                kind = MoodKind.Act;
            }
            else if (governor < 0 || !MoodWords.Commitment.Contains(tokens[governor].Key) || IsNegated(parse, governor))
            {
                return new Mood(MoodKind.None);
            }
            else
            {
                kind = MoodKind.Intent;
            }
        }
        else if (chain.Exists(k => MoodWords.Future.Contains(tokens[k].Key)))
        {
            kind = MoodKind.Intent;
        }

        if (ReportingVerbBefore(parse, verbIndex) is not { } speech)
        {
            return new Mood(kind);
        }

        // Reported speech: the statement is the speaker's; the act it reports did not happen by our reading.
        var speakerClause = Members(parse, parse.ClauseOf[speech]);
        var speaker = Subject(parse, speakerClause, speakerClause.IndexOf(speech));
        var pronounSubject = SpeakerPronounBefore(parse, verbIndex, chain);
        var ownAct = pronounSubject || (subject is { } s && speaker is { } sp && s == sp);
        if (chain.Exists(k => MoodWords.Obligation.Contains(tokens[k].Key)) && !pronounSubject && subject is { } other && other != speaker && speaker is not null)
        {
            return new Mood(MoodKind.Demand, speaker);
        }

        if (ownAct && speaker is not null && (kind == MoodKind.Intent || chain.Exists(k => tokens[k].Key == "WOULD")))
        {
            return new Mood(MoodKind.Intent, speaker);
        }

        return new Mood(MoodKind.None);
    }

    /// <summary>
    /// The reporting verb ("said", "told", "announced") whose clause holds the verb, or null. A reporting verb set off
    /// by commas ("X, officials said, attacked Y") or ending the sentence attributes what stands before it: that is
    /// asserted, as news is.
    /// </summary>
    private static int? ReportingVerbBefore(SentenceParse parse, int verbIndex)
    {
        var tokens = parse.Tokens;
        for (var k = verbIndex - 1; k >= 0; k--)
        {
            var key = tokens[k].Key;
            if (key == ";")
            {
                return null;
            }

            // "the said agreement" is no report; "it has been noted that…" reports nobody's words: what follows is asserted.
            if (!MoodWords.Reporting.Contains(key) || parse.VerbAt[k] is null || parse.GroupAt[k] >= 0 || (k > 0 && (WordClasses.Determiners.Contains(tokens[k - 1].Key) || WordClasses.BeForms.Contains(tokens[k - 1].Key))))
            {
                continue;
            }

            if (k + 1 < tokens.Count && tokens[k + 1].Key == ",")
            {
                continue;
            }

            return k;
        }

        return null;
    }

    /// <summary>The "to" of "to X and Y" when the verb is Y (over quotation marks), else -1.</summary>
    private static int CoordinatedInfinitive(SentenceParse parse, int verbIndex)
    {
        var k = verbIndex - 1;
        while (k >= 0 && parse.Tokens[k].Key is "\"" or "`" or "``" or "'" or "''")
        {
            k--;
        }

        if (k < 2 || parse.Tokens[k].Key is not ("AND" or "OR"))
        {
            return -1;
        }

        k--;
        while (k >= 0 && parse.Tokens[k].Key is "\"" or "`" or "``" or "'" or "''")
        {
            k--;
        }

        if (k >= 1 && parse.GroupAt[k] < 0 && char.IsLetter(parse.Tokens[k].Key[0]) && parse.Tokens[k - 1].Key == "TO")
        {
            return k - 1;
        }

        // "offered to spare the pilot's life and free a journalist": a bare form after "and" shares the "to" of an
        // infinitive whose object stands between them. Only the bare form: "agreed to meet the envoy and signed…" is finite.
        return parse.VerbAt[verbIndex] is { } verb && parse.Tokens[verbIndex].Key == verb.Lemma ? InfinitiveOverObject(parse, k) : -1;
    }

    /// <summary>
    /// Back from the word before "and" over a noun phrase (words, possessives, actors; no punctuation, no clause word)
    /// to a verb right after "to": the index of that "to", else -1. At most eight words.
    /// </summary>
    private static int InfinitiveOverObject(SentenceParse parse, int last)
    {
        var clause = parse.ClauseOf[last];
        for (var k = last; k >= 1 && k > last - 8; k--)
        {
            var token = parse.Tokens[k];
            if (parse.ClauseOf[k] != clause || (token.IsPunctuation && token.Key != "'S"))
            {
                return -1;
            }

            if (parse.VerbAt[k] is not null && parse.GroupAt[k] < 0)
            {
                return k < last && parse.Tokens[k - 1].Key == "TO" ? k - 1 : -1;
            }

            if (WordClasses.Subordinators.Contains(token.Key) || WordClasses.Relatives.Contains(token.Key) || WordClasses.Auxiliaries.Contains(token.Key)
                || WordClasses.Coordinators.Contains(token.Key))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool InsideQuotation(SentenceParse parse, int verbIndex)
    {
        var quotes = 0;
        var lastBefore = -1;
        for (var k = 0; k < verbIndex; k++)
        {
            if (parse.Tokens[k].Key == "\"")
            {
                quotes++;
                lastBefore = k;
            }
        }

        var after = 0;
        var firstAfter = -1;
        for (var k = verbIndex + 1; k < parse.Tokens.Count; k++)
        {
            if (parse.Tokens[k].Key == "\"")
            {
                after++;
                firstAfter = firstAfter < 0 ? k : firstAfter;
            }
        }

        // An odd count before the verb, closed after it: the verb is quoted. With none after, the verb is quoted when
        // the last mark before it opens a quotation that runs on past the sentence's end (a quoted paragraph of several
        // sentences opens once and closes in a later one); a mark after "," "." "?" or "!" closes one that began in an
        // earlier sentence ("…a hero,” said a student").
        if (quotes % 2 == 1)
        {
            return after > 0 || !IsClosingMark(parse, lastBefore);
        }

        // None before, and an odd count after whose first mark closes (after "," "." "?" or "!"): the sentence continues
        // a quotation opened in an earlier one ("…bombing cities across the border,” a witness said).
        return quotes == 0 && after % 2 == 1 && IsClosingMark(parse, firstAfter);
    }

    private static bool IsClosingMark(SentenceParse parse, int quote) =>
        quote > 0 && parse.Tokens[quote - 1].Key is "," or "." or "?" or "!" or ";";

    /// <summary>"Syria says it is ready…": a pronoun subject of a reported clause is the speaker.</summary>
    private static bool SpeakerPronounBefore(SentenceParse parse, int verbIndex, List<int> chain)
    {
        var first = verbIndex;
        foreach (var k in chain)
        {
            first = Math.Min(first, k);
        }

        // Over the auxiliaries an intention word leaves out of the chain: "it is ready to…".
        var before = PreviousWord(parse, first - 1);
        while (before >= 0 && WordClasses.Auxiliaries.Contains(parse.Tokens[before].Key))
        {
            before = PreviousWord(parse, before - 1);
        }

        return before >= 0 && MoodWords.SpeakerPronouns.Contains(parse.Tokens[before].Key);
    }

    /// <summary>The nearest token at or before <paramref name="k"/> that is not an adverb ("to further develop").</summary>
    private static int PreviousWord(SentenceParse parse, int k)
    {
        while (k >= 0 && parse.GroupAt[k] < 0 && IsAdverb(parse.Tokens[k].Key))
        {
            k--;
        }

        return k;
    }

    private static bool IsAdverb(string key) =>
        (key.EndsWith("LY", StringComparison.Ordinal) && key.Length > 4) || (key != "TO" && WordClasses.ChainWords.Contains(key));

    private static bool IsNegated(SentenceParse parse, int verbIndex)
    {
        foreach (var k in AuxiliaryChain(parse, verbIndex))
        {
            if (WordClasses.Negations.Contains(parse.Tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Members(SentenceParse parse, int clause)
    {
        var members = new List<int>();
        for (var k = 0; k < parse.Tokens.Count; k++)
        {
            if (parse.ClauseOf[k] == clause)
            {
                members.Add(k);
            }
        }

        return members;
    }

    /// <summary>
    /// What a commitment to the act is: the intention to do a cooperative act (<see cref="IntentOf"/>), the threat of a
    /// hostile one (CAMEO 13: "will impose sanctions" 1312, "would tighten the blockade" 1381, "will attack" 138); a
    /// commitment to criticise, demand or reject is not coded.
    /// </summary>
    internal static string? CommitmentOf(string code)
    {
        if (!IsCameo(code) || string.CompareOrdinal(code[..2], "09") < 0)
        {
            return IntentOf(code);
        }

        return code[..2] switch
        {
            "14" => "133",
            "16" => code.StartsWith("161", StringComparison.Ordinal) ? "1313" : code.StartsWith("162", StringComparison.Ordinal) ? "1311"
                : code.StartsWith("163", StringComparison.Ordinal) ? "1312" : code.StartsWith("164", StringComparison.Ordinal) ? "134"
                : code.StartsWith("166", StringComparison.Ordinal) ? "136" : "131",
            "15" or "17" => "130",
            "18" or "19" or "20" => code.StartsWith("191", StringComparison.Ordinal) ? "1381" : code.StartsWith("192", StringComparison.Ordinal) ? "1382" : "138",
            _ => null,
        };
    }

    /// <summary>
    /// The intention to do a cooperative act (CAMEO 03): to meet (036), to cooperate diplomatically (032) or materially
    /// (031…), to give aid (033…), to yield (035…). Null for other CAMEO acts: a commitment to hostile acts is a threat
    /// only when a threat verb says so. A code outside CAMEO's twenty roots (a user dictionary's own) is kept: what it
    /// means is not ours to reinterpret.
    /// </summary>
    internal static string? IntentOf(string code) => !IsCameo(code) ? code : code[..2] switch
    {
        "03" => code,
        "04" => "036",
        "05" => "032",
        "06" => code.Length >= 3 && code[2] is >= '1' and <= '4' ? "031" + code[2] : "031",
        "07" => code.Length >= 3 && code[2] is >= '1' and <= '4' ? "033" + code[2] : "033",
        "08" => code.Length >= 3 ? code[2] switch
        {
            '1' => "0351",
            '2' => "0352",
            '3' => "034",
            '4' => "0353",
            '5' => "0354",
            '6' => "0355",
            '7' => "0356",
            _ => "035",
        } : "035",
        _ => null,
    };

    private static bool IsCameo(string code) => code.Length >= 3 && char.IsDigit(code[0]) && char.IsDigit(code[1]) && code[..2] is var root && string.CompareOrdinal(root, "01") >= 0 && string.CompareOrdinal(root, "20") <= 0;

    /// <summary>The demand (CAMEO 10) that another actor do the act: meet (106), cooperate (101, 102), give aid (103), yield (105…).</summary>
    internal static string DemandOf(string code) => !IsCameo(code) ? code : code[..2] switch
    {
        "04" => "106",
        "05" => "102",
        "06" => "101",
        "07" => "103",
        "08" => code.Length >= 3 ? code[2] switch
        {
            '1' => "1051",
            '2' => "1052",
            '3' => "104",
            '4' => "1053",
            '5' => "1054",
            '6' => "1055",
            '7' => "1056",
            _ => "105",
        } : "105",
        _ => "100",
    };
}
