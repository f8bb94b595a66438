using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// A number and what it counts. <see cref="Span"/> is half-open into the clean text and covers the number,
/// its currency sign or percent word, and the counted noun phrase; <c>CleanText[Span.Start..Span.End] == Text</c>.
/// </summary>
/// <param name="Value">The value with scale words applied ("1.2 million" is 1200000).</param>
/// <param name="Unit">
/// The counted noun phrase, lowercased as written (head noun and up to two modifiers: "cooperation documents"),
/// an ISO 4217 code for money ("USD"), "percent", "years (age)" for "Raul Castro, 92,", or null when nothing is counted.
/// </param>
public sealed record Amount(decimal Value, string? Unit, string Text, TextSpan Span);
