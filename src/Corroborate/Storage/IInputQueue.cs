using Corroborate.Model;

namespace Corroborate.Storage;

/// <summary>
/// The shared inbox of a store several workers share: raw inputs in arrival order, read and cleaned by any worker
/// (claimed so that no two read one input), placed in stories in arrival order by the one worker holding the
/// assigner role (<see cref="TakeAssignerRoleAsync"/>). Queuing is idempotent on (source, content).
/// </summary>
public interface IInputQueue
{
    /// <summary>Queues raw inputs in the order given, all in one transaction; returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<(string Source, byte[] Content)> inputs, CancellationToken cancellationToken = default);

    /// <summary>Queues articles already read and cleaned (a feed's entries); false when the same articles were queued before.</summary>
    Task<bool> EnqueuePreparedAsync(string source, IReadOnlyList<Article> articles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="count"/> unread inputs, oldest first (or only input <paramref name="seq"/> when given),
    /// reads each with <paramref name="read"/> and stores what it gave, in one transaction; returns how many it read.
    /// </summary>
    Task<int> PrepareAsync(int count, long? seq, Func<string, byte[], PreparedInput> read, CancellationToken cancellationToken = default);

    /// <summary>Inputs not yet placed in stories, of them not yet read, and story report jobs waiting.</summary>
    Task<QueueCounts> CountsAsync(CancellationToken cancellationToken = default);

    /// <summary>The assigner role if no one else holds it, else null; held until the role is disposed or its connection is lost.</summary>
    Task<IAssignerRole?> TakeAssignerRoleAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether some worker holds the assigner role now (for health checks; the answer may change at once).</summary>
    Task<bool> IsAssignerRoleHeldAsync(CancellationToken cancellationToken = default);

    /// <summary>The feed polling role (one poller at a time) if no one else holds it, else null; see <see cref="IFeedRole"/>.</summary>
    Task<IFeedRole?> TakeFeedRoleAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// The feed polling role: held until disposed, or until the store loses the session that holds it, when
/// <see cref="Lost"/> is cancelled (another worker may then take it over).
/// </summary>
public interface IFeedRole : IAsyncDisposable
{
    CancellationToken Lost { get; }
}

/// <summary>One input as a worker read it: its articles, and the one error it had (several listed in it), if any.</summary>
public sealed record PreparedInput(IReadOnlyList<Article> Articles, string? ErrorSource, string? Error)
{
    /// <summary>What the story assigner reads of each article's text, in the articles' order, computed by the reader; null when it did not.</summary>
    public IReadOnlyList<Clustering.PlacementFeatures>? Placements { get; init; }
}

/// <summary>Work left in a shared store.</summary>
public sealed record QueueCounts(long WaitingInputs, long UnreadInputs, long WaitingJobs);

/// <summary>An input waiting to be placed: its read articles (null while it is unread, or while an older one is), and its error.</summary>
public sealed record WaitingInput(long Seq, IReadOnlyList<Article>? Articles, string? ErrorSource, string? Error)
{
    /// <summary>
    /// The placement features its reader computed, one per article in the same order; null when there are none (an input
    /// read by a version before them, or whose stored features could not be read): the assigner then computes them.
    /// </summary>
    public IReadOnlyList<Clustering.PlacementFeatures>? Placements { get; init; }

    /// <summary>Whether its reader stored its articles' rows beside it, so that committing them sends only their placements.</summary>
    public bool Staged { get; init; }

    /// <summary>Which of its articles' content hashes were stored when it was read, if the read told (else the assigner asks).</summary>
    public IReadOnlySet<string>? StoredHashes { get; init; }
}

/// <summary>
/// The story assigner's role: the only writer of placements. Every write goes through the session that holds the
/// role, so a write can only commit while its writer still holds it. At most one commit is in flight at a time; the
/// reads (<see cref="WaitingAsync"/>, <see cref="StoredHashesAsync"/>) may run while it is, so that the assigner reads
/// and places the next batch while the server commits the last one.
/// </summary>
public interface IAssignerRole : IAsyncDisposable
{
    /// <summary>
    /// Up to <paramref name="limit"/> waiting inputs after input <paramref name="after"/> (0: from the oldest), oldest first;
    /// articles only of the read run at the head. The inputs of a commit still in flight are passed over by giving its last.
    /// </summary>
    Task<IReadOnlyList<WaitingInput>> WaitingAsync(int limit, long after, CancellationToken cancellationToken = default);

    /// <summary>Which of these content hashes are stored (a commit in flight may or may not be counted yet).</summary>
    Task<IReadOnlySet<string>> StoredHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: the articles, in the order given (arrival order), with their placements and the stories they
    /// changed, the inputs' errors, a report job for each of <paramref name="jobs"/> (the stories as they are now) at
    /// <paramref name="generation"/>, and the inputs marked done. The caller starts the next only once this one has ended.
    /// </summary>
    Task CommitAsync(IReadOnlyList<AssignedArticle> articles, StoryChanges changes,
        IReadOnlyList<(string Source, string Message)> errors, IReadOnlyList<Clustering.Story> jobs, long generation,
        IReadOnlyList<long> inputs, CancellationToken cancellationToken = default);
}
