namespace Corroborate.Storage;

/// <summary>Opens the store a location names: PostgreSQL for postgres:// URIs and Host=… strings, SQLite otherwise.</summary>
public static class ArticleStores
{
    public static async Task<IArticleStore> OpenAsync(string location, CancellationToken cancellationToken = default) =>
        PostgresLocation.IsPostgres(location)
            ? await PostgresArticleStore.OpenAsync(location, cancellationToken).ConfigureAwait(false)
            : await SqliteArticleStore.OpenAsync(location, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Opens a store several workers share (PostgreSQL), its connections named <paramref name="applicationName"/> (a
    /// worker's name, as the server's activity lists it). Any other location is a <see cref="StoreException"/>.
    /// </summary>
    public static async Task<PostgresArticleStore> OpenSharedAsync(string location, string? applicationName, CancellationToken cancellationToken = default) =>
        PostgresLocation.IsPostgres(location)
            ? await PostgresArticleStore.OpenAsync(location, applicationName, cancellationToken).ConfigureAwait(false)
            : throw new StoreException($"{location}: workers need a PostgreSQL store (--db postgres://…)");

    /// <summary>A private scratch SQLite store (one command's working set), without the full-text index nobody searches.</summary>
    public static async Task<IArticleStore> OpenScratchAsync(string path, CancellationToken cancellationToken = default) =>
        await SqliteArticleStore.OpenAsync(path, fullTextIndex: false, cancellationToken).ConfigureAwait(false);

    /// <summary>Where feed watching keeps its conditional-GET state: in the store it feeds, whichever kind it is.</summary>
    public static Ingest.Watching.IWatchStateStore WatchState(IArticleStore store) => store switch
    {
        PostgresArticleStore postgres => new PostgresWatchStateStore(postgres),
        SqliteArticleStore sqlite => new SqliteWatchStateStore(sqlite.Connection),
        _ => throw new ArgumentException($"no feed state for a store of type {store?.GetType().Name}", nameof(store)),
    };

    /// <summary>The stories the store keeps (both kinds of store keep them).</summary>
    public static IStoryStore Stories(IArticleStore store) =>
        store as IStoryStore ?? throw new ArgumentException($"a store of type {store?.GetType().Name} keeps no stories", nameof(store));

    /// <summary>The reports the store keeps (both kinds of store keep them).</summary>
    public static IReportStore Reports(IArticleStore store) =>
        store as IReportStore ?? throw new ArgumentException($"a store of type {store?.GetType().Name} keeps no reports", nameof(store));

    /// <summary>The shared inbox of a store workers share (PostgreSQL); <paramref name="workerName"/> is recorded as who read an input.</summary>
    public static IInputQueue InputQueue(IArticleStore store, string workerName) => store switch
    {
        PostgresArticleStore postgres => new PostgresInputQueue(postgres, workerName),
        _ => throw new StoreException($"a {store?.GetType().Name} has no shared input queue: workers need a PostgreSQL store (--db postgres://…)"),
    };

    /// <summary>The story report jobs of a store workers share (PostgreSQL).</summary>
    public static IStoryJobQueue StoryJobs(IArticleStore store) => store switch
    {
        PostgresArticleStore postgres => new PostgresStoryJobQueue(postgres),
        _ => throw new StoreException($"a {store?.GetType().Name} has no story job queue: workers need a PostgreSQL store (--db postgres://…)"),
    };

    /// <summary>The location as it may be shown in messages and logs: a PostgreSQL password is left out.</summary>
    public static string Describe(string location) => PostgresLocation.IsPostgres(location) ? PostgresLocation.Redacted(location) : location;
}
