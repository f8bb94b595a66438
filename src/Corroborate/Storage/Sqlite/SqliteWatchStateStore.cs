using System.Globalization;
using Corroborate.Ingest.Watching;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage;

/// <summary>Feed polling state in the same SQLite file as the articles.</summary>
internal sealed class SqliteWatchStateStore(SqliteConnection connection) : IWatchStateStore
{
    public async Task<FeedState?> GetFeedAsync(string url, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified, next_poll_at, failures, last_error FROM watch_feeds WHERE url = $url";
        command.Parameters.AddWithValue("$url", url);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return ArticleRows.ReadFeed(reader, url);
    }

    public async Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO watch_feeds (url, etag, last_modified, next_poll_at, failures, last_error)
            VALUES ($url, $etag, $last_modified, $next, $failures, $error)
            ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                next_poll_at = excluded.next_poll_at, failures = excluded.failures, last_error = excluded.last_error
            """;
        command.Parameters.AddWithValue("$url", state.Url);
        command.Parameters.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$last_modified", (object?)state.LastModified?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$next", state.NextPollAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$failures", state.ConsecutiveFailures);
        command.Parameters.AddWithValue("$error", (object?)state.LastError ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> IsSeenAsync(string feedUrl, string entryKey, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM watch_seen WHERE feed_url = $feed AND entry_key = $key";
        command.Parameters.AddWithValue("$feed", feedUrl);
        command.Parameters.AddWithValue("$key", entryKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task MarkSeenAsync(string feedUrl, string entryKey, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO watch_seen (feed_url, entry_key, seen_at) VALUES ($feed, $key, $at)";
        command.Parameters.AddWithValue("$feed", feedUrl);
        command.Parameters.AddWithValue("$key", entryKey);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
