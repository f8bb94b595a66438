using System.Collections.Immutable;

namespace Corroborate.Extraction;

/// <summary>
/// What extraction found in one story: its entities with every variant, its statements with speakers,
/// its dated happenings across articles, and the amounts each article reports.
/// </summary>
public sealed record StoryExtraction(
    EntityResolution Entities,
    ImmutableArray<Quote> Quotes,
    ImmutableArray<TimelineEntry> Timeline,
    ImmutableArray<(string ArticleId, Amount Amount)> Amounts);
