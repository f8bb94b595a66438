using System.Globalization;
using Corroborate.Ingest.Watching;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Storage;

/// <summary>Feed polling state in the shared PostgreSQL store, so the worker that takes feed polling over resumes where the last one stopped.</summary>
internal sealed class PostgresWatchStateStore(PostgresArticleStore store) : IWatchStateStore
{
    public async Task<FeedState?> GetFeedAsync(string url, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand("SELECT etag, last_modified, next_poll_at, failures, last_error FROM watch_feeds WHERE url = $1");
        command.Parameters.Add(Text(url));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return ArticleRows.ReadFeed(reader, url);
    }

    public async Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand("""
            INSERT INTO watch_feeds (url, etag, last_modified, next_poll_at, failures, last_error) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                next_poll_at = excluded.next_poll_at, failures = excluded.failures, last_error = excluded.last_error
            """);
        command.Parameters.Add(Text(state.Url));
        command.Parameters.Add(Text(state.ETag));
        command.Parameters.Add(Text(state.LastModified?.ToString("O", CultureInfo.InvariantCulture)));
        command.Parameters.Add(Text(state.NextPollAt.ToString("O", CultureInfo.InvariantCulture)));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = state.ConsecutiveFailures });
        command.Parameters.Add(Text(state.LastError));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> IsSeenAsync(string feedUrl, string entryKey, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand("SELECT 1 FROM watch_seen WHERE feed_url = $1 AND entry_key = $2");
        command.Parameters.Add(Text(feedUrl));
        command.Parameters.Add(Text(entryKey));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task MarkSeenAsync(string feedUrl, string entryKey, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand("INSERT INTO watch_seen (feed_url, entry_key) VALUES ($1, $2) ON CONFLICT DO NOTHING");
        command.Parameters.Add(Text(feedUrl));
        command.Parameters.Add(Text(entryKey));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };
}
