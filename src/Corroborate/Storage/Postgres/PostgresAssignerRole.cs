using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Model;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Storage;

/// <summary>
/// The assigner role of a shared PostgreSQL store: a session advisory lock held on a dedicated, unpooled connection,
/// through which every write of the role goes. When the holder dies its connection closes and the server releases
/// the lock for the next worker to take.
/// </summary>
internal sealed class PostgresAssignerRole : IAssignerRole
{
    private readonly NpgsqlConnection _connection;

    private PostgresAssignerRole(NpgsqlConnection connection) => _connection = connection;

    public static async Task<IAssignerRole?> TryTakeAsync(PostgresArticleStore store, CancellationToken cancellationToken)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString;
        var connection = new NpgsqlConnection(unpooled);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({PostgresArticleStore.LockClass}, {PostgresArticleStore.AssignerLock})", connection))
            {
                if (!(bool)(await tryLock.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    return null;
                }
            }

            // Its commits need not wait for the disk: a server crash loses a suffix of them whole (articles, stories, jobs
            // and the inputs' done marks together), so those inputs are simply placed again; and this connection dies with
            // the server, so the index that had counted them is rebuilt. Everything else commits durably.
            await using (var asynchronous = new NpgsqlCommand("SET synchronous_commit = off", connection))
            {
                await asynchronous.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return new PostgresAssignerRole(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IReadOnlyList<WaitingInput>> WaitingAsync(int limit, CancellationToken cancellationToken = default)
    {
        var waiting = new List<WaitingInput>();
        // The articles only of the prepared run at the head: while the oldest input is still being read, the
        // assigner polls often, and must not pull the JSON of inputs it cannot place yet every time.
        await using var command = new NpgsqlCommand("""
            WITH head AS (
                SELECT seq, bool_and(prepared IS NOT NULL) OVER (ORDER BY seq) AS placeable
                FROM (SELECT seq, prepared FROM pending_inputs WHERE NOT done ORDER BY seq LIMIT $1) oldest)
            SELECT p.seq, CASE WHEN head.placeable THEN p.prepared END, p.error_source, p.error, CASE WHEN head.placeable THEN p.placement END
            FROM head JOIN pending_inputs p ON p.seq = head.seq ORDER BY p.seq
            """, _connection);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var articles = reader.IsDBNull(1) ? null : PreparedInputJson.Articles(reader.GetString(1));
            waiting.Add(new WaitingInput(reader.GetInt64(0), articles, reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            {
                Placements = articles is null || reader.IsDBNull(4) ? null : Placements(reader.GetFieldValue<byte[]>(4), articles.Count),
            });
        }

        return waiting;
    }

    /// <summary>The stored placement features, or null when they do not fit the articles (the assigner then computes them itself).</summary>
    private static List<PlacementFeatures>? Placements(byte[] bytes, int articles)
    {
        try
        {
            var placements = PlacementBinary.Read(bytes);
            return placements.Count == articles ? placements : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public async Task<IReadOnlySet<string>> StoredHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        await PostgresArticleStore.StoredHashesAsync(_connection, null, hashes, cancellationToken).ConfigureAwait(false);

    public async Task CommitAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> articles, StoryChanges changes,
        IReadOnlyList<(string Source, string Message)> errors, IReadOnlyList<Story> jobs, long generation,
        IReadOnlyList<long> inputs, CancellationToken cancellationToken = default)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresArticleStore.AddAsync(_connection, transaction, articles, cancellationToken).ConfigureAwait(false);
        await PostgresArticleStore.WriteStoriesAsync(_connection, transaction, changes, cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(_connection, transaction);
        foreach (var (source, message) in errors)
        {
            var error = new NpgsqlBatchCommand("INSERT INTO input_errors (source, message, at) VALUES ($1, $2, $3)");
            error.Parameters.Add(Text(source));
            error.Parameters.Add(Text(message));
            error.Parameters.Add(Text(DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            batch.BatchCommands.Add(error);
        }

        foreach (var story in jobs)
        {
            var job = new NpgsqlBatchCommand("INSERT INTO story_jobs (story_id, generation, story) VALUES ($1, $2, $3)");
            job.Parameters.Add(Text(story.Id));
            job.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = generation });
            job.Parameters.Add(Text(PreparedInputJson.Story(story)));
            batch.BatchCommands.Add(job);
        }

        // The raw bytes have served their purpose; the row stays so the same input queued again is recognised.
        var done = new NpgsqlBatchCommand("UPDATE pending_inputs SET done = true, done_at = now(), content = ''::bytea, prepared = NULL, placement = NULL WHERE seq = ANY($1)");
        done.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = inputs.ToArray() });
        batch.BatchCommands.Add(done);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);

    private static NpgsqlParameter Text(string value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = value };
}
