using System.Collections.Immutable;

namespace Corroborate.Events;

/// <summary>
/// One form of a verb ("MET") in a verb block: the block's patterns, the code when no pattern matches, and for
/// multi-word verbs the particles that must stand right before (<see cref="Preceding"/>) or after (<see cref="Following"/>).
/// </summary>
public sealed record VerbEntry(string Lemma, EventCodePair Code, VerbBlock Block, ImmutableArray<string> Preceding, ImmutableArray<string> Following)
{
    public int ParticleCount => Preceding.Length + Following.Length;
}
