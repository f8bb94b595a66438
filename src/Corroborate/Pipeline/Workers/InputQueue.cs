using System.Security.Cryptography;
using Corroborate.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// The shared inbox of a PostgreSQL store: raw inputs in arrival order (<c>pending_inputs.seq</c>). Queuing is
/// idempotent on (source, content), so a worker that dies between queuing a file and moving it away, and
/// the worker that then queues it again, queue it once.
/// </summary>
public sealed class InputQueue(PostgresArticleStore store)
{
    /// <summary>Where an inbox's queued files are moved, so no worker queues them again.</summary>
    public const string QueuedFolder = ".queued";

    /// <summary>Queues one input; false when the same source with the same content was queued before.</summary>
    public async Task<bool> EnqueueAsync(string source, byte[] content, CancellationToken cancellationToken = default)
    {
        await using var command = store.DataSource.CreateCommand(
            "INSERT INTO pending_inputs (source, content_hash, content) VALUES ($1, $2, $3) ON CONFLICT (source, content_hash) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = source });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = Convert.ToHexStringLower(SHA256.HashData(content)) });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = content });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Queues every file of <paramref name="inbox"/> (recursively, in path order; hidden names skipped) and
    /// moves each, once queued, under <see cref="QueuedFolder"/>. Returns how many were new.
    /// </summary>
    public async Task<int> EnqueueFolderAsync(string inbox, CancellationToken cancellationToken = default)
    {
        var queued = 0;
        foreach (var file in InboxFiles(inbox))
        {
            cancellationToken.ThrowIfCancellationRequested();
            byte[] content;
            try
            {
                content = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (FileNotFoundException)
            {
                continue; // another worker sharing the inbox queued and moved it first
            }

            if (await EnqueueAsync(file, content, cancellationToken).ConfigureAwait(false))
            {
                queued++;
            }

            var target = Path.Combine(inbox, QueuedFolder, Path.GetRelativePath(inbox, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Move(file, target, overwrite: true);
            }
            catch (FileNotFoundException)
            {
                // moved by another worker
            }
        }

        return queued;
    }

    /// <summary>The files an inbox holds, in the order <see cref="Ingest.InputReader.ExpandPaths"/> gives a folder's files.</summary>
    public static IEnumerable<string> InboxFiles(string inbox) =>
        Directory.Exists(inbox)
            ? Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(inbox, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal)
            : [];

    /// <summary>What is left to do: inputs not yet in stories, of them not yet read, and report jobs waiting.</summary>
    public async Task<QueueState> StateAsync(CancellationToken cancellationToken = default)
    {
        await using var command = store.DataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM pending_inputs WHERE NOT done),
                   (SELECT count(*) FROM pending_inputs WHERE NOT done AND prepared IS NULL),
                   (SELECT count(*) FROM story_jobs WHERE NOT done)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new QueueState(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
