namespace Corroborate.Corroboration;

/// <summary>
/// Two values of one slot key stated in sentences of two different articles, with the evidence that they
/// are said of the same thing. The detector reports a conflict only for pairs whose values cannot both be
/// right and whose evidence says "same fact"; everything here is read off the two sentences and the story.
/// </summary>
/// <param name="A">Index of the first sentence in the story's mentions.</param>
/// <param name="B">Index of the second sentence (another article).</param>
internal sealed record ValuePair(int A, ClaimValue ValueA, int B, ClaimValue ValueB, ValuePairEvidence Evidence)
{
    /// <summary>False when the two values cannot both be right; true when they can; null when they cannot be compared.</summary>
    public bool? Compatible { get; init; }
}

/// <summary>What says two values fill the same slot of the same happening, and what says they do not.</summary>
/// <param name="Similarity">The aligner's weighted cosine of the two sentences (0 when they share nothing).</param>
/// <param name="SharedWords">Content words (stemmed, names and numbers left out) the sentences share.</param>
/// <param name="SharedEntities">Story entities both sentences name.</param>
/// <param name="SameClaim">The alignment put both sentences in one claim.</param>
/// <param name="LocalShared">Content words shared within a few words of each value: what the value is immediately said of.</param>
/// <param name="Predicate">1 when both values have the same predicate, -1 when both have one and they differ, 0 otherwise.</param>
/// <param name="Holder">1 when both are given to the same named entity, -1 when to different ones, 0 otherwise.</param>
/// <param name="OtherAgree">Other values of the first sentence that the second states compatibly (same key): "6 rifles, 12 magazines" told twice.</param>
/// <param name="OtherDisagree">Other values of the first sentence whose key the second states only incompatibly: a different operation's figures.</param>
/// <param name="Coexisting">Articles that state both values (each compatible with one side) without either value being theirs alone.</param>
/// <param name="SupportA">Articles stating a value compatible with the first.</param>
/// <param name="SupportB">Articles stating a value compatible with the second.</param>
/// <param name="Groups">How many mutually incompatible values the story gives this key.</param>
/// <param name="Listed">Either sentence gives the key two or more values (a list, a conversion): it may name several things.</param>
internal readonly record struct ValuePairEvidence(
    double Similarity,
    int SharedWords,
    int SharedEntities,
    bool SameClaim,
    int LocalShared,
    int Predicate,
    int Holder,
    int OtherAgree,
    int OtherDisagree,
    int Coexisting,
    int SupportA,
    int SupportB,
    int Groups,
    bool Listed)
{
    /// <summary>The word right before each value is the same ("missed seven games", "missed nine games"), hedges and articles passed over.</summary>
    public bool SameWordBefore { get; init; }

    /// <summary>The counted phrases are written alike ("loaded magazines", "Yemeni pirates"): the same modifiers on the same noun.</summary>
    public bool SameUnit { get; init; }

    /// <summary>Other figures the two sentences both give, whatever they count ("404 yards", "12 Somali"): one passage told twice.</summary>
    public int SharedNumbers { get; init; }

    /// <summary>The shared content words of the sentences weighted by how rare each is in the story (inverse sentence frequency).</summary>
    public double SharedRarity { get; init; }

    /// <summary>The shared words near the values weighted the same way.</summary>
    public double LocalRarity { get; init; }

    /// <summary>Other amounts the first and the second sentence give, whatever they count.</summary>
    public (int A, int B) OtherAmounts { get; init; }

    /// <summary>Each sentence names a person the other does not: two people's figures, not one figure told twice.</summary>
    public bool ContrastPeople { get; init; }

    /// <summary>The sentences put what they tell in two different places ("signed in Havana", "signed in Caracas").</summary>
    public bool PlacesDiffer { get; init; }

    /// <summary>The person named nearest each value differs.</summary>
    public bool NearestPersonDiffers { get; init; }

    /// <summary>Each sentence names an entity the other does not (two teams' offers, two towns' distances).</summary>
    public bool ContrastEntities { get; init; }

    /// <summary>For days: 1 when both days' clauses have one verb (class), -1 when their verbs differ, 0 when either shows none.</summary>
    public int SameEvent { get; init; }

    /// <summary>
    /// Both days go with one verb said of one thing ("the quake struck on Friday" / "the earthquake that struck early on
    /// Saturday"): they date one happening whatever else their sentences tell.
    /// </summary>
    public bool SameHappening { get; init; }

    /// <summary>
    /// The two sentences are one passage told twice: nearly every content word of the shorter is in the longer ("the
    /// ministry said in a statement on Friday" after the same quoted words). What one passage dates, it dates once.
    /// </summary>
    public bool ToldAlike { get; init; }
}
