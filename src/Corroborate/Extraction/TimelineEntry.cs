using System.Collections.Immutable;

namespace Corroborate.Extraction;

/// <summary>
/// A dated happening across a story's articles. <see cref="Description"/> is a sentence copied from one of
/// the articles (trimmed, never reworded): the one most like the others in the entry.
/// </summary>
/// <param name="Granularity">day, or part-of-day when every mention names the same part of the day.</param>
/// <param name="Articles">Ids of the articles that mention it, in input order, each once.</param>
public sealed record TimelineEntry(DateOnly Date, Granularity Granularity, string Description, ImmutableArray<string> Articles, ImmutableArray<TimelineMention> Mentions);
