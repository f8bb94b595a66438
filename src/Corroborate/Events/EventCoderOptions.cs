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
}
