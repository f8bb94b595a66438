using System.Collections.Immutable;

namespace Corroborate.Events;

/// <summary>
/// A PETRARCH verb pattern: the elements before the verb (<see cref="Before"/>, nearest the verb first), after it
/// (<see cref="After"/>, in order), and the code it gives. <see cref="VerbAdjacentBefore"/>/<see cref="VerbAdjacentAfter"/>
/// say '_' ties the first element to the verb itself ("IN_*", "*_OUT").
/// </summary>
public sealed record VerbPattern(ImmutableArray<PatternElement> Before, ImmutableArray<PatternElement> After, EventCodePair Code, int Order)
{
    public int Weight => Before.Length + After.Length;

    /// <summary>The literal words the pattern needs, so a sentence without one of them is passed over at once.</summary>
    public string[] RequiredWords { get; } = [.. Before.Concat(After).Where(e => e.Kind == PatternElementKind.Word).Select(e => e.Text).Distinct()];
}
