using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>
/// Outlets telling one claim with different values in one slot: a count, a measure, a day, a speaker, a
/// qualifier. Each value lists the articles that give it and where.
/// </summary>
public sealed record ClaimConflict(ConflictField Field, string Description, ImmutableArray<ConflictValue> Values)
{
    /// <summary>
    /// <see cref="ConflictKind.Contradiction"/> (the outlets cannot all be right), <see cref="ConflictKind.Update"/>
    /// (a count that rises as later articles report it; values in time order) or <see cref="ConflictKind.Precision"/>
    /// (the outlets agree to the whole unit and differ in the decimals, or one qualifies an item the others name plainly).
    /// </summary>
    public ConflictKind Kind { get; init; } = ConflictKind.Contradiction;

    /// <summary>What the values count or measure, one word ("pirate", "magnitude", "percent", "USD"); null for days and speakers.</summary>
    public string? Counted { get; init; }

    /// <summary>The counted phrase or unit as the first side writes it ("nautical miles", "cooperation documents"); null when there is none.</summary>
    public string? Unit { get; init; }
}

/// <summary>One side of a conflict: the value, the articles that give it, and the words in each.</summary>
public sealed record ConflictValue(string Value, ImmutableArray<string> Articles, ImmutableArray<ClaimValue> Sources)
{
    /// <summary>The earliest publication time among <see cref="Articles"/>, when known: updates are shown in this order.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The earliest day among <see cref="Articles"/> they speak from, a publication day or one their text places them on.</summary>
    public DateOnly? Written { get; init; }

    /// <summary>True when no article of this side is dated and <see cref="Written"/> was placed from the text.</summary>
    public bool WrittenPlaced { get; init; }
}

/// <summary>
/// The slot a <see cref="ClaimConflict"/> is about; the JSON contract writes it by name in lower case
/// (<c>Reporting.ContractNames</c>): "amount" (a count, measure, share or sum), "date" (a day), "speaker" (who said the
/// same words), "qualifier" (an item one outlet qualifies).
/// </summary>
public enum ConflictField
{
    Amount,
    Date,
    Speaker,
    Qualifier,
}

/// <summary>
/// The kinds of <see cref="ClaimConflict.Kind"/>; the JSON contract writes them by name in lower case
/// (<c>Reporting.ContractNames</c>): "contradiction", "update", "precision".
/// </summary>
public enum ConflictKind
{
    Contradiction,
    Update,
    Precision,
}
