namespace Corroborate.Ingest.Watching;

/// <summary>Persists feed states and the entries already taken, so a restart neither refetches nor loses them.</summary>
public interface IWatchStateStore
{
    Task<FeedState?> GetFeedAsync(string url, CancellationToken cancellationToken);

    Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken);

    Task<bool> IsSeenAsync(string feedUrl, string entryKey, CancellationToken cancellationToken);

    Task MarkSeenAsync(string feedUrl, string entryKey, CancellationToken cancellationToken);
}
