using Corroborate.Clustering;
using Corroborate.Storage;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// A run of inputs the story assigner has placed in its in-memory index and not yet committed: everything its commit
/// writes (<see cref="IAssignerRole.CommitAsync"/>), and the content hashes it will have stored, which the next batch,
/// placed while this one commits, must count as stored whether or not the server has committed them by then.
/// </summary>
internal sealed record PlacedBatch(
    IReadOnlyList<AssignedArticle> Articles,
    StoryChanges Changes,
    IReadOnlyList<(string Source, string Message)> Errors,
    IReadOnlyList<Story> Jobs,
    IReadOnlyList<long> Inputs,
    IReadOnlySet<string> Hashes,
    bool AllPlaced)
{
    /// <summary>The newest input of the batch: its report jobs' generation, and where the next read starts.</summary>
    public long Last => Inputs[^1];
}
