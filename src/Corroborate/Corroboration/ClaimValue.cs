using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// One slot of a claim as the article states it: an amount ("six cooperation documents"), a day
/// ("on Thursday", resolved to a date when the article's publication date allows), or an item of a list
/// ("nuclear energy"). <see cref="Key"/> says which values can disagree (same kind of slot, same counted
/// noun or measure); <see cref="Value"/> is the value as shown; <see cref="Text"/> and <see cref="Span"/>
/// are the words in the clean text.
/// </summary>
/// <param name="Group">For list items, where the list starts in the clean text: items of one enumeration share it.</param>
public sealed record ClaimValue(string Field, string Key, string Value, string Text, TextSpan Span, int Group = -1)
{
    /// <summary>For amounts: the number as stated, with its hedge and precision; null for other fields.</summary>
    public StatedQuantity? Quantity { get; init; }

    /// <summary>For days: the weekday named or the date resolved; null for other fields.</summary>
    public StatedDay? Day { get; init; }

    /// <summary>The article whose text holds <see cref="Span"/>.</summary>
    public string? ArticleId { get; init; }

    /// <summary>What the value is said of: the counted noun or measure, the verb it goes with, whether it is only supposed.</summary>
    public ValueSlot? Slot { get; init; }
}
