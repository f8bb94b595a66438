using System.Collections.Immutable;

namespace Corroborate.Extraction;

/// <summary>
/// One person, organisation or place as known across the store: every story it appears in, every
/// variant of its name, and the quotes attributed to it. <see cref="EntityId"/> is fixed when the identity
/// is first seen (from its type and the key of its fullest name then) and never changes as stories are added.
/// </summary>
public sealed record RegisteredEntity(
    string EntityId,
    string Name,
    EntityType Type,
    ImmutableArray<string> Variants,
    ImmutableArray<string> Stories,
    ImmutableArray<string> Quotes);
