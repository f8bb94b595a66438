using System.Collections.Immutable;

namespace Corroborate.Extraction;

/// <summary>
/// A person, organisation or place as one identity across a story: every variant of its name, every
/// mention (article and span), and attributes the text gives. <see cref="Id"/> is stable for the same
/// canonical key and type.
/// </summary>
/// <param name="Coordinates">For a place the gazetteer knows: where it is (a country's centroid, a city's point); null otherwise.</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<string> Variants,
    ImmutableArray<EntityMentionRef> Mentions,
    ImmutableArray<string> Articles,
    ImmutableArray<EntityAttribute> Attributes,
    string? CountryCode,
    GeoPoint? Coordinates = null)
{
    /// <summary>
    /// Why the entity has its type, most frequent first, each with how many mentions gave it ("gazetteer: 12",
    /// "kind noun after the name: 1"); mentions that only joined a typed name count as "same entity as a typed name".
    /// </summary>
    public ImmutableArray<string> TypeEvidence { get; init; } = [];
}
