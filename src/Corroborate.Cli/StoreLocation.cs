using Corroborate.Storage;

namespace Corroborate.Cli;

/// <summary>Where the persistent store is: <c>--db</c>, else <c>CORROBORATE_DB</c>, else "store" in corroborate.json, else <c>corroborate.db</c> here.</summary>
internal static class StoreLocation
{
    public const string EnvironmentVariable = "CORROBORATE_DB";

    public static string Resolve(string? option) =>
        Configuration.CliSettings.Current.Resolve(option, EnvironmentVariable, Configuration.CliSettings.Current.File.Store, "corroborate.db");

    /// <summary>
    /// Opens the store for a command that only reads it. A SQLite file that does not exist is refused
    /// (a mistyped --db must not silently become a new, empty store that lists nothing).
    /// </summary>
    public static async Task<IArticleStore> OpenExistingAsync(string? option, CancellationToken cancellationToken)
    {
        var location = Resolve(option);
        if (!PostgresLocation.IsPostgres(location) && location != ":memory:" && !File.Exists(location))
        {
            throw new StoreException($"no store at {location}: run 'corroborate ingest PATH --db {location}' first, or name an existing store with --db or ${EnvironmentVariable}");
        }

        return await ArticleStores.OpenAsync(location, cancellationToken).ConfigureAwait(false);
    }
}
