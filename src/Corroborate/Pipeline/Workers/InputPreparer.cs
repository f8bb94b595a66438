using Corroborate.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// The stateless, parallel part of the work: reads, cleans and assembles queued inputs and leaves the
/// articles, as JSON, beside the input for the story assigner. Inputs are claimed with FOR UPDATE SKIP
/// LOCKED, so workers never read the same input at once; a worker that dies releases its claim.
/// </summary>
public sealed class InputPreparer(PostgresArticleStore store, string workerName)
{
    private readonly IngestPipeline _pipeline = new(store);

    /// <summary>Time spent per stage (read, clean, assemble) by this preparer.</summary>
    public StageTimings Timings => _pipeline.Timings;

    /// <summary>Prepares up to <paramref name="count"/> unread inputs, oldest first; returns how many it prepared.</summary>
    public Task<int> PrepareAsync(int count, CancellationToken cancellationToken) =>
        PrepareAsync("prepared IS NULL AND NOT done ORDER BY seq LIMIT $1", count, cancellationToken);

    /// <summary>Prepares the input <paramref name="seq"/> unless it is prepared or another worker is preparing it; true if it did.</summary>
    public async Task<bool> PrepareOneAsync(long seq, CancellationToken cancellationToken) =>
        await PrepareAsync("seq = $1 AND prepared IS NULL AND NOT done", seq, cancellationToken).ConfigureAwait(false) == 1;

    private async Task<int> PrepareAsync(string condition, long argument, CancellationToken cancellationToken)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<(long Seq, string Source, byte[] Content)>();
        await using (var select = new NpgsqlCommand($"SELECT seq, source, content FROM pending_inputs WHERE {condition} FOR UPDATE SKIP LOCKED", connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = argument });
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
        foreach (var (seq, source, content) in claimed)
        {
            using var stream = new MemoryStream(content, writable: false);
            List<Model.Article> articles;
            InputError? error;
            try
            {
                (articles, var errors) = _pipeline.ReadInput(stream, source, cancellationToken);
                // The queue keeps one error per input: several (bad lines of one file) are listed in it, each named.
                error = errors.Count switch
                {
                    0 => null,
                    1 => errors[0],
                    _ => new InputError(source, $"{errors.Count} items could not be read:\n" + string.Join("\n", errors.Select(e => $"{e.Source}: {e.Message}"))),
                };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An input that breaks the reader must not stop every worker in turn: it is recorded and passed over.
                (articles, error) = ([], new InputError(source, $"could not be read: {e.GetType().Name}: {e.Message}"));
            }

            var update = new NpgsqlBatchCommand("UPDATE pending_inputs SET prepared = $1, error_source = $2, error = $3, prepared_by = $4 WHERE seq = $5");
            update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = PreparedInputJson.Articles(articles) });
            update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)error?.Source ?? DBNull.Value });
            update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)error?.Message ?? DBNull.Value });
            update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = workerName });
            update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = seq });
            batch.BatchCommands.Add(update);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed.Count;
    }
}
