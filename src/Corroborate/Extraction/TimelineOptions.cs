namespace Corroborate.Extraction;

/// <summary>Options of <see cref="TimelineBuilder"/>.</summary>
public sealed record TimelineOptions
{
    /// <summary>
    /// Two sentences on one date are one happening when the Jaccard overlap of their content words reaches
    /// this. Set from the seed story: different outlets' sentences on one meeting overlap at 0.2 to 0.3, while
    /// sentences on different happenings of one day (a meeting, a departure, a post) stay under 0.15.
    /// TimelineBuilderTests pins both sides.
    /// </summary>
    public double MergeThreshold { get; init; } = 0.2;
}
