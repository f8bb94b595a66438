using System.Collections.Immutable;

namespace Corroborate.Extraction;

/// <summary>
/// An immutable state of <see cref="EntityRegistry"/>: the identities in the order they were first seen, and
/// which story entity (story id, story-level entity id) belongs to which identity. What a store persists.
/// </summary>
public sealed record EntityRegistrySnapshot(
    ImmutableArray<RegisteredEntity> Entities,
    ImmutableDictionary<(string StoryId, string StoryEntityId), string> Links)
{
    public static EntityRegistrySnapshot Empty { get; } = new([], ImmutableDictionary<(string, string), string>.Empty);
}
