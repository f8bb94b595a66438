using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Storage;

/// <summary>
/// Search vectors, built outside the transaction that stores an article: the story assigner's transaction is the one
/// every worker waits on, and the vector and its GIN entries were two thirds of its server time. The writer builds
/// them right after its commit, any worker builds what is left (<see cref="IndexSearchAsync"/>, claimed with
/// SKIP LOCKED so workers share it), and <see cref="SearchAsync"/> builds what is still missing before it answers,
/// so search always sees every committed article.
/// </summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>Vectors built per transaction: small enough to keep each short, large enough to amortise the round trip.</summary>
    public const int SearchIndexBatch = 500;

    /// <summary>Builds the search vectors of up to <paramref name="limit"/> articles stored without one, oldest first; returns how many.</summary>
    public async Task<int> IndexSearchAsync(int limit = SearchIndexBatch, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("""
            WITH pending AS (SELECT seq FROM articles WHERE search IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
            UPDATE articles a SET search = setweight(to_tsvector('corroborate_search', coalesce(a.title, '')), 'A')
                || to_tsvector('corroborate_search', a.clean_text)
            FROM pending WHERE a.seq = pending.seq
            """);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds every missing search vector (another worker's claimed rows are left to it).</summary>
    public async Task IndexAllSearchAsync(CancellationToken cancellationToken = default)
    {
        while (await IndexSearchAsync(SearchIndexBatch, cancellationToken).ConfigureAwait(false) == SearchIndexBatch)
        {
        }
    }

    /// <summary>Articles stored without a search vector yet.</summary>
    public async Task<long> UnsearchableCountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT count(*) FROM articles WHERE search IS NULL");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
