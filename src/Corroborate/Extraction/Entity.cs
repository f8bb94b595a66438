using System.Collections.Immutable;

namespace Corroborate.Extraction;

/// <summary>
/// A person, organisation or place as one identity across a story: every variant of its name, every
/// mention (article and span), and attributes the text gives. <see cref="Id"/> is stable for the same
/// canonical key and type.
/// </summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<string> Variants,
    ImmutableArray<EntityMentionRef> Mentions,
    ImmutableArray<string> Articles,
    ImmutableArray<EntityAttribute> Attributes,
    string? CountryCode);
