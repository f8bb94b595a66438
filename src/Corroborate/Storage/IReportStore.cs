namespace Corroborate.Storage;

/// <summary>
/// Story reports (the contract's story JSON) kept by whoever built them. A report is keyed by its story, the
/// story's article set (<see cref="StoryVersions.ArticleSet"/>) and the analysis that built it
/// (<see cref="StoryVersions"/>), so a report of an older article set or another analysis is never served.
/// </summary>
public interface IReportStore
{
    /// <summary>The stored report of the story as of this article set and analysis, or null.</summary>
    Task<string?> GetReportAsync(string storyId, string articleSet, string analysis, CancellationToken cancellationToken = default);

    /// <summary>Stores (replacing the story's earlier one) a report built for this article set and analysis.</summary>
    Task PutReportAsync(string storyId, string articleSet, string analysis, string report, CancellationToken cancellationToken = default);
}
