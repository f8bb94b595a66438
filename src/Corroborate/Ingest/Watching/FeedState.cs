namespace Corroborate.Ingest.Watching;

/// <summary>What the watcher remembers of one feed between polls (and between runs).</summary>
public sealed record FeedState(
    string Url,
    string? ETag,
    DateTimeOffset? LastModified,
    DateTimeOffset NextPollAt,
    int ConsecutiveFailures,
    string? LastError);
