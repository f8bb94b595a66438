using Corroborate.Clustering;

namespace Corroborate.Storage;

/// <summary>
/// Per-story report jobs of a shared store, run in parallel on any worker: taken so that no two workers run one
/// story at once, and marked done in the transaction that stores the report (<see cref="IReportStore"/>'s keys), so a
/// worker dying mid-job leaves it to the next taker and a report is never older than one stored before it.
/// </summary>
public interface IStoryJobQueue
{
    /// <summary>
    /// Takes the oldest job no one holds that has waited <paramref name="settle"/> (or any, when no input waits), with
    /// every waiting job of its story, builds the story's newest snapshot with <paramref name="build"/> (its report JSON
    /// and the analysis key, null for one never served), stores it and marks the jobs done. Returns the jobs completed.
    /// </summary>
    Task<int> RunNextAsync(TimeSpan settle, string workerName, Func<Story, CancellationToken, Task<(string Report, string? Analysis)>> build,
        CancellationToken cancellationToken = default);
}
