using Corroborate.Pipeline.Workers;
using Corroborate.Storage;
using Npgsql;

namespace Corroborate.Cli.Serve;

/// <summary>What <c>/healthz</c> answers: whether the store answers, and for a shared PostgreSQL store who places articles and what waits.</summary>
/// <param name="Assigner">PostgreSQL: "held" when a worker holds the story-assigner role, "free" when none does; null for SQLite (this process assigns).</param>
internal sealed record StoreHealth(bool Reachable, string Store, string Kind, int? Articles, int Stories, string? Assigner, QueueState? Queue, string? Error)
{
    /// <summary>Asks the store for its article count (and on PostgreSQL the assigner lock and the queue); any failure is reported, not thrown.</summary>
    public static async Task<StoreHealth> CheckAsync(StoryCatalog catalog, CancellationToken cancellationToken)
    {
        var store = catalog.Store;
        var kind = store is PostgresArticleStore ? "postgresql" : "sqlite";
        var description = store is PostgresArticleStore postgres ? postgres.Description : "sqlite";
        var stories = catalog.Current.ById.Count;
        try
        {
            var articles = await store.CountAsync(cancellationToken).ConfigureAwait(false);
            if (store is not PostgresArticleStore shared)
            {
                return new StoreHealth(true, description, kind, articles, stories, null, null, null);
            }

            var queue = await new InputQueue(shared).StateAsync(cancellationToken).ConfigureAwait(false);
            return new StoreHealth(true, description, kind, articles, stories, await AssignerAsync(shared, cancellationToken).ConfigureAwait(false), queue, null);
        }
        catch (Exception e) when (e is StoreException or NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or ObjectDisposedException or TimeoutException)
        {
            // The one place a store failure is an answer rather than an error: the probe exists to report it.
            return new StoreHealth(false, description, kind, null, stories, null, null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Whether some worker holds the story assigner's role ("held" or "free").</summary>
    private static async Task<string> AssignerAsync(PostgresArticleStore store, CancellationToken cancellationToken) =>
        await ArticleStores.InputQueue(store, "health").IsAssignerRoleHeldAsync(cancellationToken).ConfigureAwait(false) ? "held" : "free";
}
