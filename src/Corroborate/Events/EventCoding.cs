namespace Corroborate.Events;

/// <summary>
/// One coded event in one sentence: who (<see cref="Source"/>) did what (<see cref="Code"/>, CAMEO) to whom
/// (<see cref="Target"/>); <see cref="VerbStart"/>/<see cref="VerbEnd"/> is the span of the verb in the text.
/// </summary>
public sealed record EventCoding(EventActor Source, EventActor Target, string Code, int VerbStart, int VerbEnd);
