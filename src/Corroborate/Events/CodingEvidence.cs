namespace Corroborate.Events;

/// <summary>How an argument of a coding was found.</summary>
public enum ArgumentRoute
{
    /// <summary>The nearest actor before the verb in its own clause.</summary>
    Subject,

    /// <summary>The verb's object, right after it or over the words of its noun phrase.</summary>
    Object,

    /// <summary>The object of a preposition the act takes ("met with X", "fired at X").</summary>
    Preposition,

    /// <summary>Through "of", "by" or "between" inside the object phrase ("the withdrawal of X").</summary>
    InsideObject,

    /// <summary>The subject of a "that" clause right after the verb.</summary>
    ThatClause,

    /// <summary>The "by" phrase of a passive.</summary>
    ByPhrase,

    /// <summary>The subject of a passive, or the noun a participle modifies.</summary>
    PassiveSubject,

    /// <summary>The actor a relative clause is about ("X, which attacked Y").</summary>
    Antecedent,

    /// <summary>The subject of the clause this one is coordinated with ("X met Y and signed…").</summary>
    Inherited,

    /// <summary>The speaker of a reported intention or demand.</summary>
    Speaker,

    /// <summary>A place the matched pattern marks (<c>$</c>, <c>+</c>, <c>%</c>).</summary>
    Pattern,

    /// <summary>One of several actors who acted together ("X and Y signed").</summary>
    Joint,
}

/// <summary>
/// The evidence a coding rests on, read off the shallow syntax: whether a dictionary pattern (and how long a one)
/// or only the verb's own code gave the code, how the source and target were reached, how far they stand from the
/// verb, in what kind of clause the verb is, and the mood. <see cref="EventCoder"/> turns it into a confidence.
/// </summary>
/// <param name="PatternWeight">Elements of the matched pattern; 0 when the verb's own code stands.</param>
/// <param name="PatternReach">Tokens from the verb to the pattern's furthest matched element (0 without a pattern).</param>
/// <param name="Particles">Words of a multi-word verb besides its head ("meet with", "carry out").</param>
/// <param name="TargetPreposition">The preposition that opened the target's phrase, when it was reached through one.</param>
/// <param name="SourceDistance">Tokens between the verb and the nearest edge of the source phrase.</param>
/// <param name="TargetDistance">Tokens between the verb and the nearest edge of the target phrase.</param>
/// <param name="Clause">"main", "coordinated", "relative" or the word that opened a subordinate clause ("THAT", "AFTER").</param>
/// <param name="Mood">"act", "intent" or "demand".</param>
public sealed record CodingEvidence(int PatternWeight, int PatternReach, int Particles, ArgumentRoute SourceRoute, ArgumentRoute TargetRoute,
    string? TargetPreposition, int SourceDistance, int TargetDistance, string Clause, bool Passive, string Mood)
{
    /// <summary>The dictionary pattern that gave the code, or null when the verb's own code stands.</summary>
    public VerbPattern? Pattern { get; init; }

    /// <summary>The dictionary verb that was coded (its lemma key, "SEIZE"), or null when not known.</summary>
    public VerbEntry? Verb { get; init; }
}
