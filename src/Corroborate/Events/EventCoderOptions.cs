namespace Corroborate.Events;

/// <summary>Settings of an <see cref="EventCoder"/>.</summary>
public sealed record EventCoderOptions
{
    /// <summary>
    /// Codings with a lower <see cref="EventCoding.Confidence"/> are not returned. Null: the minimum calibrated for the
    /// built-in dictionaries (<see cref="CodingConfidence.Minimum"/>) when they are in use, none for a user's own
    /// dictionaries (the confidences were measured with the built-in ones).
    /// </summary>
    public double? MinConfidence { get; init; }

    /// <summary>
    /// Whether the minimum-evidence gate (<see cref="CodingGate"/>) leaves out event codings it scores below its
    /// threshold. Null: on with the built-in dictionaries (the gate was fitted on their codings), off with a user's own.
    /// </summary>
    public bool? Gate { get; init; }
}
