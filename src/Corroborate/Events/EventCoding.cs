namespace Corroborate.Events;

/// <summary>
/// One coded event in one sentence: who (<see cref="Source"/>) did what (<see cref="Code"/>, CAMEO) to whom
/// (<see cref="Target"/>); <see cref="VerbStart"/>/<see cref="VerbEnd"/> is the span of the verb in the text.
/// <see cref="Mutual"/> when the act is the two actors' together ("Iran and Cuba signed…"): it is coded both ways.
/// </summary>
public sealed record EventCoding(EventActor Source, EventActor Target, string Code, int VerbStart, int VerbEnd, bool Mutual = false);
