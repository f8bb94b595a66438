using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>
/// Outlets telling one claim with different values in one slot: a count, a day, a speaker, a qualifier.
/// Each value lists the articles that give it and where.
/// </summary>
public sealed record ClaimConflict(string Field, string Description, ImmutableArray<ConflictValue> Values);

/// <summary>One side of a conflict: the value, the articles that give it, and the words in each.</summary>
public sealed record ConflictValue(string Value, ImmutableArray<string> Articles, ImmutableArray<ClaimValue> Sources);
