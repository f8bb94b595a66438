using System.Security.Cryptography;
using Corroborate.Model;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Storage;

/// <summary>The inbox of a shared PostgreSQL store (<c>pending_inputs</c>, in arrival order by <c>seq</c>); see <see cref="IInputQueue"/>.</summary>
/// <param name="workerName">Recorded as who read an input.</param>
internal sealed class PostgresInputQueue(PostgresArticleStore store, string workerName) : IInputQueue
{
    public async Task<int> EnqueueAsync(IReadOnlyList<(string Source, byte[] Content)> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return 0;
        }

        await using var batch = store.DataSource.CreateBatch();
        foreach (var (source, content) in inputs)
        {
            var insert = new NpgsqlBatchCommand(
                "INSERT INTO pending_inputs (source, content_hash, content) VALUES ($1, $2, $3) ON CONFLICT (source, content_hash) DO NOTHING");
            insert.Parameters.Add(Text(source));
            insert.Parameters.Add(Text(Convert.ToHexStringLower(SHA256.HashData(content))));
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = content });
            batch.BatchCommands.Add(insert);
        }

        // A batch without an explicit transaction runs as one implicit transaction: all queued, or none.
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        var queued = 0;
        for (var i = 0; i < batch.BatchCommands.Count; i++)
        {
            queued += (int)batch.BatchCommands[i].RecordsAffected;
        }

        return queued;
    }

    public async Task<bool> EnqueuePreparedAsync(string source, IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        // The article rows are staged with the input, so the assigner only sends placements (PostgresArticleStore.Staged.cs).
        await using var command = store.DataSource.CreateCommand($"""
            WITH queued AS (
                INSERT INTO pending_inputs (source, content_hash, content, prepared, placement, staged) VALUES ($1, $2, ''::bytea, $3, $4, true)
                ON CONFLICT (source, content_hash) DO NOTHING RETURNING seq),
            staged AS (
                INSERT INTO prepared_articles (input_seq, ordinal, {PostgresArticleStore.StagedColumns})
                SELECT queued.seq, u.* FROM queued, {PostgresArticleStore.UnnestArticles(5)} RETURNING 1)
            SELECT count(*) FROM queued
            """);
        command.Parameters.Add(Text(source));
        command.Parameters.Add(Text(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', articles.Select(a => a.ContentHash)))))));
        command.Parameters.Add(Text(PreparedInputJson.Articles(articles)));
        // Whoever read the articles computes what placing them needs, not the story assigner.
        var featurizer = new Clustering.PlacementFeaturizer();
        command.Parameters.Add(Bytes(PlacementBinary.Write([.. articles.Select(featurizer.Compute)])));
        PostgresArticleStore.AddArticleArrays(command.Parameters, [.. articles.Select((article, i) => (i, article))]);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 1;
    }

    public async Task<int> PrepareAsync(int count, long? seq, Func<string, byte[], PreparedInput> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<(long Seq, string Source, byte[] Content)>();
        var condition = seq is null ? "prepared IS NULL AND NOT done ORDER BY seq LIMIT $1" : "seq = $1 AND prepared IS NULL AND NOT done";
        await using (var select = new NpgsqlCommand($"SELECT seq, source, content FROM pending_inputs WHERE {condition} FOR UPDATE SKIP LOCKED", connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = seq ?? count });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add((reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (claimedSeq, source, content) in claimed)
        {
            var prepared = read(source, content);
            // The articles' rows are staged beside the input, so the assigner only sends placements (PostgresArticleStore.Staged.cs).
            if (PostgresArticleStore.StageCommand(claimedSeq, [.. prepared.Articles.Select((article, i) => (i, article))]) is { } stage)
            {
                batch.BatchCommands.Add(stage);
            }

            var update = new NpgsqlBatchCommand("UPDATE pending_inputs SET prepared = $1, error_source = $2, error = $3, prepared_by = $4, placement = $6, staged = true WHERE seq = $5");
            update.Parameters.Add(Text(PreparedInputJson.Articles(prepared.Articles)));
            update.Parameters.Add(Text(prepared.ErrorSource));
            update.Parameters.Add(Text(prepared.Error));
            update.Parameters.Add(Text(workerName));
            update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = claimedSeq });
            update.Parameters.Add(Bytes(prepared.Placements is { } placements && placements.Count == prepared.Articles.Count ? PlacementBinary.Write(placements) : null));
            batch.BatchCommands.Add(update);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed.Count;
    }

    public async Task<QueueCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = store.DataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM pending_inputs WHERE NOT done),
                   (SELECT count(*) FROM pending_inputs WHERE NOT done AND prepared IS NULL),
                   (SELECT count(*) FROM story_jobs WHERE NOT done)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new QueueCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public Task<IAssignerRole?> TakeAssignerRoleAsync(CancellationToken cancellationToken = default) => PostgresAssignerRole.TryTakeAsync(store, cancellationToken);

    public async Task<bool> IsAssignerRoleHeldAsync(CancellationToken cancellationToken = default)
    {
        // A two-key advisory lock shows in pg_locks as classid = key1 (as an unsigned oid), objid = key2, objsubid = 2.
        await using var command = store.DataSource.CreateCommand($"""
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 2
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND classid::bigint = (({PostgresArticleStore.LockClass})::bigint & 4294967295) AND objid::bigint = {PostgresArticleStore.AssignerLock}
            """);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0;
    }

    public Task<IFeedRole?> TakeFeedRoleAsync(CancellationToken cancellationToken = default) => PostgresFeedRole.TryTakeAsync(store, cancellationToken);

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Bytes(byte[]? value) => new() { NpgsqlDbType = NpgsqlDbType.Bytea, Value = (object?)value ?? DBNull.Value };
}
