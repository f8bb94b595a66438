namespace Corroborate.Ingest.Watching;

/// <summary>How <see cref="FeedWatcher"/> polls.</summary>
public sealed record WatchOptions
{
    /// <summary>Time between polls of one feed when all is well.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest wait after repeated failures; backoff doubles from <see cref="Interval"/> up to this.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Fetch each new entry's page and extract its article; else use the entry's own text.</summary>
    public bool FollowLinks { get; init; } = true;

    /// <summary>Largest feed or page accepted (bytes).</summary>
    public long MaxResponseBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Time limit for one whole response, headers and body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Feeds (their URLs as given) that may reach their own host at a loopback or private address: an
    /// intranet feed the user named. Enforced by the client from <see cref="SafeHttp.CreateClient"/>.
    /// </summary>
    public IReadOnlySet<string> AllowPrivate { get; init; } = new HashSet<string>();
}
