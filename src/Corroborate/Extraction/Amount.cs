using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// A number and what it counts. <see cref="Span"/> is half-open into the clean text and covers the number,
/// its currency sign or percent word, and the counted noun phrase; <c>CleanText[Span.Start..Span.End] == Text</c>.
/// </summary>
/// <param name="Value">The value with scale words applied ("1.2 million" is 1200000); for a range, its low end.</param>
/// <param name="Unit">
/// The counted noun phrase, lowercased as written (head noun and up to two modifiers: "cooperation documents"),
/// an ISO 4217 code for money ("USD"), "percent", "magnitude", "years (age)" for "Raul Castro, 92," or
/// "a 16-year-old", or null when nothing is counted.
/// </param>
public sealed record Amount(decimal Value, string? Unit, string Text, TextSpan Span)
{
    /// <summary>How the article hedges the number: exact, about, nearly, at-least, at-most, or range.</summary>
    public string Approximation { get; init; } = Approximations.Exact;

    /// <summary>The hedge's words ("more than", "about") when there is one: half-open into the clean text, before <see cref="Span"/>.</summary>
    public TextSpan? Hedge { get; init; }

    /// <summary>The high end of a range ("between 20 and 30 people", "20 to 30 people"); null otherwise.</summary>
    public decimal? High { get; init; }

    /// <summary>Digits written after the decimal point ("55.95" has 2): how precisely the article states the value.</summary>
    public int Decimals { get; init; }

    /// <summary>
    /// What the number counts or measures, one word: the head noun ("documents" for "six cooperation documents"),
    /// the word a hyphen ties it to ("nation" in "three-nation tour", "year" in "a 15-year veteran"), or the unit.
    /// </summary>
    public string? Counted { get; init; }

    /// <summary>
    /// For a number tied by a hyphen into a modifier ("a 36-yard field goal", "a 12-year sentence"): the noun it
    /// modifies, singular ("goal", "sentence"); the figure describes that thing. Null otherwise.
    /// </summary>
    public string? Modifies { get; init; }
}

/// <summary>The ways an article hedges a number (<see cref="Amount.Approximation"/>).</summary>
internal static class Approximations
{
    public const string Exact = "exact";
    public const string About = "about";
    public const string Nearly = "nearly";
    public const string AtLeast = "at-least";
    public const string AtMost = "at-most";
    public const string Range = "range";
}
