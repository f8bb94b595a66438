namespace Corroborate.Corroboration;

/// <summary>
/// How much each piece of evidence counts toward "these two values are one fact told two ways", and how much is
/// needed. The weights are set by what each piece means (a shared rare word is worth its rarity; the same word
/// right before both figures, the same counted phrase, the same verb, other figures both sentences give are
/// strong; a sentence giving other figures none of which the other gives, or naming other people, is counter
/// evidence); the threshold and the busy-key penalty were chosen on planted changes in real stories
/// (bench/run planted, development topics, docs/corroboration.md).
/// </summary>
public sealed record ConflictOptions
{
    /// <summary>Evidence two values need to be reported as one fact told differently.</summary>
    public double MinEvidence { get; init; } = 12;

    /// <summary>
    /// Evidence two days need: a story dates many happenings (the attack, the arrest, the hearing), so two days in
    /// sentences alike are more often two happenings than one dated twice.
    /// </summary>
    public double DateMinEvidence { get; init; } = 12;

    /// <summary>
    /// Evidence two days need when they go with one verb said of one thing ("the quake struck on Friday" / "the earthquake
    /// that struck early on Saturday"): such days date one happening even in sentences that share little else (one gives the
    /// toll, the other the time and the epicentre). Chosen on planted changes and the samples (bench/run planted: on the
    /// development part this finds one more conflict on unchanged text, a check-in put on two days, judged real, and loses
    /// nothing; docs/corroboration.md).
    /// </summary>
    public double DateSameHappeningMinEvidence { get; init; }

    /// <summary>
    /// Evidence two days need when either day's clause shows no verb (so nothing says they date one act): sentences
    /// alike in most words. Chosen on planted weekdays (bench/run planted, development topics; docs/corroboration.md).
    /// </summary>
    public double DateUnknownEventMinEvidence { get; init; } = 24;

    /// <summary>
    /// Evidence two days need when their clauses' verbs differ (two acts, unless the sentences are alike in nearly every
    /// other word — "severed on Tuesday" / "cut on Friday" in one sentence told twice); also what an equal day said with
    /// another verb needs to count as agreement.
    /// </summary>
    public double DateOtherEventMinEvidence { get; init; } = 30;

    /// <summary>
    /// Evidence an article's equal day needs to count as agreeing on the day (and so rule out its different day
    /// elsewhere): stories name many days, so an equal day agrees only where the two sentences have some evidence of
    /// telling one fact. Chosen on planted weekdays (bench/run planted, development topics: 0 over 6, 12 and none;
    /// docs/corroboration.md).
    /// </summary>
    public double DateAgreementMinEvidence { get; init; }

    /// <summary>
    /// Taken off when the alignment did not put the two sentences in one claim: values of sentences told as one claim
    /// are more often one fact than values of sentences that only share a key.
    /// </summary>
    public double OtherClaimPenalty { get; init; }

    /// <summary>
    /// Subtracted per natural log of the number of mutually incompatible values a key has in the story: a story giving
    /// ten different yardages is a box score, where two figures of one noun are usually two facts.
    /// </summary>
    public double BusyKeyPenalty { get; init; } = 8;

    /// <summary>
    /// Two spans of time said without a verb ("for three decades", "with 9 months to serve") compare only in sentences the
    /// alignment put in one claim with this many times <see cref="MinEvidence"/>: a story tells many spans (years served,
    /// weeks in hospital, seasons with a club), so only a sentence told twice over pins two of them to one fact. Chosen on
    /// planted changes (bench/run planted, development topics: 2 found, nothing new on unchanged text; docs/corroboration.md).
    /// </summary>
    public double DurationWithoutVerbEvidenceFactor { get; init; } = 2;

    public double SharedRarityWeight { get; init; } = 1;

    public double LocalRarityWeight { get; init; } = 1.5;

    public double SameWordBeforeWeight { get; init; } = 3;

    public double SameUnitWeight { get; init; } = 2;

    /// <summary>Per other figure both sentences give (at most two count).</summary>
    public double SharedNumberWeight { get; init; } = 3;

    /// <summary>Added when both values go with the same verb or noun, subtracted when with different ones.</summary>
    public double PredicateWeight { get; init; } = 3;

    /// <summary>Per entity both sentences name (at most three count).</summary>
    public double SharedEntityWeight { get; init; } = 1.5;

    /// <summary>Each sentence names a person the other does not.</summary>
    public double ContrastPeoplePenalty { get; init; } = 6;

    /// <summary>Each sentence names an entity the other does not.</summary>
    public double ContrastEntitiesPenalty { get; init; } = 3;

    public static ConflictOptions Default { get; } = new();
}
