namespace Corroborate.Storage;

/// <summary>Opens the store a location names: PostgreSQL for postgres:// URIs and Host=… strings, SQLite otherwise.</summary>
public static class ArticleStores
{
    public static async Task<IArticleStore> OpenAsync(string location, CancellationToken cancellationToken = default) =>
        PostgresLocation.IsPostgres(location)
            ? await PostgresArticleStore.OpenAsync(location, cancellationToken).ConfigureAwait(false)
            : await SqliteArticleStore.OpenAsync(location, cancellationToken).ConfigureAwait(false);

    /// <summary>The location as it may be shown in messages and logs: a PostgreSQL password is left out.</summary>
    public static string Describe(string location) => PostgresLocation.IsPostgres(location) ? PostgresLocation.Redacted(location) : location;
}
