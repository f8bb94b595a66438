namespace Corroborate.Events;

/// <summary>
/// The evidence of one coding as yes/no features, for the minimum-evidence gate (<see cref="CodingGate"/>) and for
/// studying what tells right codings from wrong (<c>corroborate events --evidence</c>, <c>eval events --evidence</c>).
/// Every feature is a plain fact about the sentence or the coding, so a weight on it can be read and argued with; the
/// weights are fitted offline (<c>tools/coding-gate.py</c>) on judged codings of several sources, never here.
/// </summary>
public static class CodingFeatures
{
    /// <summary>Feature names, in the order of <see cref="Of"/>'s values (and of the columns the tools read).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "pattern",            // a dictionary pattern of the verb matched
        "adjunct",            // own code, target only through a phrase of direction or place
        "inherited",          // own code of a block synonym ("CAPTURE" under APPREHEND)
        "source_not_subject", // source reached otherwise than as the verb's own subject (inherited, antecedent, by-phrase, speaker…)
        "target_preposition", // target reached through a preposition
        "target_far_route",   // target found inside the object, in a that-clause or as a passive's subject
        "passive",
        "subordinate",        // the verb stands in a relative or subordinate clause
        "intent_or_demand",   // coded as an intention, threat or demand, not as an act
        "source_no_country",  // the source has no country ("---REB")
        "target_no_country",
        "far",                // source or target more than five tokens from the verb
        "long_sentence",      // more than 35 tokens
        "crowded",            // three or more dictionary verbs in the sentence
        "reported",           // a reporting verb other than this one in the sentence
        "hedged",             // a modal, negation or conditional word in the sentence
        "verbal_conflict",    // CAMEO roots 09-14
        "material_cooperation", // roots 06-08
        "material_conflict",  // roots 15-20
    ];

    /// <summary>Long enough that a shallow parse's clause boundaries are often wrong.</summary>
    private const int LongSentence = 35;

    /// <summary>Further than this from the verb, an actor is usually reached over another phrase.</summary>
    private const int FarTokens = 5;

    /// <summary>The features of <paramref name="coding"/> in a sentence of <paramref name="tokens"/> with <paramref name="verbs"/> dictionary verbs.</summary>
    public static double[] Of(EventCoding coding, IReadOnlyList<EventToken> tokens, int verbs)
    {
        ArgumentNullException.ThrowIfNull(coding);
        ArgumentNullException.ThrowIfNull(tokens);
        var values = new double[Names.Count];
        if (coding.Evidence is not { } e)
        {
            return values;
        }

        var kind = CodingConfidence.KindOf(e);
        var reported = false;
        var hedged = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            if (tokens[i].Start != coding.VerbStart && MoodWords.Reporting.Contains(key))
            {
                reported = true;
            }

            hedged |= WordClasses.Modals.Contains(key) || WordClasses.Negations.Contains(key) || WordClasses.Conditionals.Contains(key);
        }

        var root = coding.Code.Length >= 2 && int.TryParse(coding.Code.AsSpan(0, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 0;
        var k = 0;
        values[k++] = Flag(kind == EvidenceKind.Pattern);
        values[k++] = Flag(kind == EvidenceKind.Adjunct);
        values[k++] = Flag(CodingConfidence.SenseOf(e) == VerbSense.Inherited);
        values[k++] = Flag(e.SourceRoute is not (ArgumentRoute.Subject or ArgumentRoute.Joint or ArgumentRoute.Pattern));
        values[k++] = Flag(e.TargetRoute == ArgumentRoute.Preposition);
        values[k++] = Flag(e.TargetRoute is ArgumentRoute.InsideObject or ArgumentRoute.ThatClause or ArgumentRoute.PassiveSubject or ArgumentRoute.Antecedent or ArgumentRoute.Inherited);
        values[k++] = Flag(e.Passive);
        values[k++] = Flag(e.Clause is not ("main" or "coordinated"));
        values[k++] = Flag(e.Mood != "act");
        values[k++] = Flag(coding.Source.Code.StartsWith("---", StringComparison.Ordinal));
        values[k++] = Flag(coding.Target.Code.StartsWith("---", StringComparison.Ordinal));
        values[k++] = Flag(e.SourceDistance > FarTokens || e.TargetDistance > FarTokens);
        values[k++] = Flag(tokens.Count > LongSentence);
        values[k++] = Flag(verbs >= 3);
        values[k++] = Flag(reported);
        values[k++] = Flag(hedged);
        values[k++] = Flag(root is >= 9 and <= 14);
        values[k++] = Flag(root is >= 6 and <= 8);
        values[k] = Flag(root >= 15);
        return values;
    }

    private static double Flag(bool value) => value ? 1 : 0;
}
