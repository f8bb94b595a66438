namespace Corroborate.Events;

/// <summary>
/// One coded event in one sentence: who (<see cref="Source"/>) did what (<see cref="Code"/>, CAMEO) to whom
/// (<see cref="Target"/>); <see cref="VerbStart"/>/<see cref="VerbEnd"/> is the span of the verb in the text.
/// <see cref="Mutual"/> when the act is the two actors' together ("Iran and Cuba signed…"): it is coded both ways.
/// </summary>
public sealed record EventCoding(EventActor Source, EventActor Target, string Code, int VerbStart, int VerbEnd, bool Mutual = false)
{
    /// <summary>What the coding rests on (null for codings not made by <see cref="EventCoder"/>).</summary>
    public CodingEvidence? Evidence { get; init; }

    /// <summary>
    /// How often codings resting on this kind of evidence were right on real news (<see cref="CodingConfidence"/>), 0–1;
    /// 1 for codings not made by <see cref="EventCoder"/>.
    /// </summary>
    public double Confidence { get; init; } = 1;

    /// <summary>The coding's evidence as features (<see cref="CodingFeatures.Names"/>); empty for codings not made by <see cref="EventCoder"/>.</summary>
    public IReadOnlyList<double> Features { get; init; } = [];

    /// <summary>
    /// The minimum-evidence gate's estimate that the coding is right (<see cref="CodingGate"/>), 0–1; 1 for codings not
    /// made by <see cref="EventCoder"/>, and for statements and appeals, which are not gated.
    /// </summary>
    public double GateScore { get; init; } = 1;
}
