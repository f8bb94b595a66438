namespace Corroborate.Corroboration;

/// <summary>
/// What a value fills in its sentence. Two values can disagree only when they fill the same slot: the same
/// counted noun or measure (<see cref="Counted"/>) and, when both sentences name one, the same predicate
/// (<see cref="Predicate"/>: "killed 23 people" and "injured 30 people" are two slots).
/// </summary>
/// <param name="Counted">What is counted or measured, one word ("pirate", "magnitude", "percent", "USD", "age"); null for a bare number or a day.</param>
/// <param name="Unit">The counted phrase as written, lowercased ("cooperation documents"), or the measure; null when there is none.</param>
/// <param name="Predicate">Stem of the verb or noun the value goes with ("captur" for "captured 23 pirates", "kill" for "23 people were killed"), or null.</param>
/// <param name="Supposed">True in a conditional clause ("if the talks run to 10 days"): not a statement of fact, never compared.</param>
public sealed record ValueSlot(string? Counted, string? Unit, string? Predicate, bool Supposed)
{
    /// <summary>
    /// The story entity the value is given to when a name stands right by it ("Milei had 55.7 percent", "44.3 percent
    /// for Massa"): values given to different entities fill different slots, whatever else the sentences share.
    /// </summary>
    public string? Holder { get; init; }

    /// <summary>
    /// The person named nearest the value in its sentence, if any: in "Reyes had 20 points and Dias 14" each count
    /// sits by its player. Values whose nearest people differ are said of different people and never compared.
    /// </summary>
    public string? Person { get; init; }

    /// <summary>
    /// For a day, the class of the verb of the day's own clause ("the jury on Tuesday ordered" → order; "the quake that
    /// struck early on Saturday" → strike), or null when the clause shows none: two days date one happening only when
    /// they go with one act, whatever else their sentences share.
    /// </summary>
    public string? EventVerb { get; init; }

    /// <summary>
    /// For a day whose clause has a verb, the common noun right before that verb ("the quake struck", "the earthquake that
    /// struck" → quake, earthquake), or null: two days of one verb said of one thing date one happening.
    /// </summary>
    public string? EventSubject { get; init; }

    /// <summary>
    /// For a day, the class of the verb of a clause opened by "as" after the day's own ("welcomed the visitor on Thursday
    /// as the two leaders signed deals" → sign): what happened at the same time, so the day dates it too. Null when none.
    /// </summary>
    public string? SimultaneousEventVerb { get; init; }

    /// <summary>
    /// For a figure, the class of the verb right after its noun phrase when the predicate was read elsewhere ("the hearing for
    /// two men charged with …" → charg; "identified 10,000 websites that had been infected" → infect), or null: two
    /// sentences whose figures are followed by one verb, or whose predicate is the other's following verb, tell one act.
    /// </summary>
    public string? FollowingVerb { get; init; }

    /// <summary>
    /// For a figure whose predicate is the verb after its noun phrase, the noun that verb acts on ("four men rammed their
    /// car" → car), or null: two verbs acting on one object ("rammed their car" / "smashed their car") are two words for one act.
    /// </summary>
    public string? Object { get; init; }

    /// <summary>
    /// True when the figure counts an addition, not a total ("an additional 14 officers", "a further 3",
    /// "14 more"): it tells how many were added, which a total of the same thing never contradicts.
    /// </summary>
    public bool Increment { get; init; }

    /// <summary>
    /// True when the figure counts the opening part of something ("his first 24 hours in hospital", "the first three
    /// games"): the opening part is not the whole ("three full days in hospital").
    /// </summary>
    public bool Opening { get; init; }
}
