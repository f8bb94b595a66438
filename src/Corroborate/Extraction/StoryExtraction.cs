using System.Collections.Immutable;

namespace Corroborate.Extraction;

/// <summary>What extraction found in one story: its entities with every variant, and its statements with speakers.</summary>
public sealed record StoryExtraction(EntityResolution Entities, ImmutableArray<Quote> Quotes);
