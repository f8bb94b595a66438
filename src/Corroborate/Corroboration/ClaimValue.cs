using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// One slot of a claim as the article states it: an amount ("six cooperation documents"), a date
/// ("on Thursday" resolved to a day), a speaker, or an item of a list ("nuclear energy").
/// <see cref="Key"/> says which values can disagree (same unit, same kind of slot); <see cref="Value"/> is
/// the normalised value compared; <see cref="Text"/> and <see cref="Span"/> are the words in the clean text.
/// </summary>
/// <param name="Group">For list items, where the list starts in the clean text: items of one enumeration share it.</param>
public sealed record ClaimValue(string Field, string Key, string Value, string Text, TextSpan Span, int Group = -1);
