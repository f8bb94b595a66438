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

    /// <summary>
    /// Stores (replacing the story's earlier one) a report built for this article set and analysis, with its entity
    /// index (<see cref="Reporting.StoryEntities"/> as JSON) when given; a replaced report's index goes with it.
    /// </summary>
    Task PutReportAsync(string storyId, string articleSet, string analysis, string report, string? entities = null, CancellationToken cancellationToken = default);

    /// <summary>Attaches an entity index to the stored report of this article set and analysis (nothing when that report is gone).</summary>
    Task PutEntitiesAsync(string storyId, string articleSet, string analysis, string entities, CancellationToken cancellationToken = default);

    /// <summary>Every stored entity index of this analysis, with the article set of its report (the caller drops stale ones).</summary>
    Task<IReadOnlyList<StoredEntities>> ListEntitiesAsync(string analysis, CancellationToken cancellationToken = default);
}

/// <summary>A story's stored entity index (JSON) and the article set its report was built from.</summary>
public sealed record StoredEntities(string StoryId, string ArticleSet, string Entities);
