using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Corroborate.Clustering;
using Corroborate.Model;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (or an in-memory database for one-shot analysis),
/// schema brought up to date by <see cref="SqliteMigrations"/> on open.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore, IStoryStore, IReportStore
{
    private readonly SqliteConnection _connection;

    private SqliteArticleStore(SqliteConnection connection) => _connection = connection;

    /// <summary>The open connection, for stores of later stages that keep their tables in the same file.</summary>
    public SqliteConnection Connection => _connection;

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/>; ":memory:" for a private in-memory store.</summary>
    public static Task<SqliteArticleStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, fullTextIndex: true, cancellationToken);

    /// <param name="fullTextIndex">
    /// False for a scratch store that is read back by id and then deleted (<c>analyze</c>): articles added through this
    /// connection are not put in the search index, which is then empty for them. Never for a store that is kept.
    /// </param>
    public static async Task<SqliteArticleStore> OpenAsync(string path, bool fullTextIndex, CancellationToken cancellationToken = default)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = path == ":memory:" ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;", cancellationToken).ConfigureAwait(false);
            await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            if (!fullTextIndex)
            {
                // Scratch only: the trigger that feeds the search index is dropped from this file's schema, which dies with it.
                await ExecuteAsync(connection, "DROP TRIGGER IF EXISTS articles_fts_insert;", cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"{path}: cannot open the store: {e.Message}", e);
        }

        return new SqliteArticleStore(connection);
    }

    public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        AddAsync([.. articles.Select(a => (a, (StoryAssignment?)null))], cancellationToken);

    public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> items, CancellationToken cancellationToken = default) =>
        AddAsync(items, StoryChanges.None, cancellationToken);

    public async Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> items, StoryChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = await AddArticlesAsync(transaction, items, cancellationToken).ConfigureAwait(false);
        if (!changes.IsEmpty)
        {
            await WriteStoriesAsync(transaction, changes, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    private async Task<bool[]> AddArticlesAsync(SqliteTransaction transaction, IReadOnlyList<(Article Article, StoryAssignment? Story)> items, CancellationToken cancellationToken)
    {
        var added = new bool[items.Count];
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO articles (id, content_hash, source, external_id, url, title, outlet, author, published, published_from,
                language, clean_text, body_length, segments, sentences, removed, received_at, stored_at)
            VALUES ($id, $hash, $source, $external_id, $url, $title, $outlet, $author, $published, $published_from,
                $language, $clean_text, $body_length, $segments, $sentences, $removed, $received_at, $stored_at)
            ON CONFLICT DO NOTHING
            """;
        await using var assign = _connection.CreateCommand();
        assign.Transaction = transaction;
        assign.CommandText = "INSERT INTO story_assignments (article_id, story_id, duplicate_of, score) VALUES ($article, $story, $duplicate_of, $score)";
        for (var i = 0; i < items.Count; i++)
        {
            var (a, story) = items[i];
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$id", a.Id);
            command.Parameters.AddWithValue("$hash", a.ContentHash);
            command.Parameters.AddWithValue("$source", a.Source);
            command.Parameters.AddWithValue("$external_id", (object?)a.ExternalId ?? DBNull.Value);
            command.Parameters.AddWithValue("$url", (object?)a.Url ?? DBNull.Value);
            command.Parameters.AddWithValue("$title", (object?)a.Title ?? DBNull.Value);
            command.Parameters.AddWithValue("$outlet", (object?)a.Outlet ?? DBNull.Value);
            command.Parameters.AddWithValue("$author", (object?)a.Author ?? DBNull.Value);
            command.Parameters.AddWithValue("$published", (object?)a.Published?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
            command.Parameters.AddWithValue("$published_from", (object?)a.PublishedFrom ?? DBNull.Value);
            command.Parameters.AddWithValue("$language", a.Language);
            command.Parameters.AddWithValue("$clean_text", a.CleanText);
            command.Parameters.AddWithValue("$body_length", a.BodyLength);
            command.Parameters.AddWithValue("$segments", ArticleJson.Segments(a.Segments));
            command.Parameters.AddWithValue("$sentences", ArticleJson.Spans(a.Sentences));
            command.Parameters.AddWithValue("$removed", ArticleJson.Removed(a.Removed));
            command.Parameters.AddWithValue("$received_at", (object?)a.ReceivedAt?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
            command.Parameters.AddWithValue("$stored_at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            added[i] = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            if (added[i] && story is not null)
            {
                assign.Parameters.Clear();
                assign.Parameters.AddWithValue("$article", a.Id);
                assign.Parameters.AddWithValue("$story", story.StoryId);
                assign.Parameters.AddWithValue("$duplicate_of", (object?)story.DuplicateOf ?? DBNull.Value);
                assign.Parameters.AddWithValue("$score", story.Score);
                await assign.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return added;
    }

    public async Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM articles WHERE content_hash = $hash";
        command.Parameters.AddWithValue("$hash", contentHash);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async IAsyncEnumerable<StoredStoryAssignment> StoryAssignmentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ArticleColumns}, s.story_id, s.duplicate_of
            FROM articles a JOIN story_assignments s ON s.article_id = a.id ORDER BY a.seq
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new StoredStoryAssignment(ReadArticle(reader), reader.GetString(17), reader.IsDBNull(18) ? null : reader.GetString(18));
        }
    }

    private const string ArticleColumns = """
        a.id, a.content_hash, a.source, a.external_id, a.url, a.title, a.outlet, a.author, a.published, a.published_from,
        a.language, a.clean_text, a.body_length, a.segments, a.sentences, a.removed, a.received_at
        """;

    public async Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        // By id through its index first; only when no id matches is the (unindexed) external id looked for, first stored first.
        // An OR over both columns scanned the whole table on every read: analyze reads every article back, so it grew as n².
        command.CommandText = $"""
            SELECT {ArticleColumns} FROM articles a WHERE a.id = $id
            UNION ALL SELECT * FROM (SELECT {ArticleColumns} FROM articles a WHERE a.external_id = $id ORDER BY a.seq)
            LIMIT 1
            """;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadArticle(reader) : null;
    }

    private static Article ReadArticle(SqliteDataReader reader) => ArticleRows.Read(reader);

    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(int offset = 0, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT id, source, title, outlet, published, language, body_length FROM articles ORDER BY seq LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        return await ArticleRows.ListAsync(command, ArticleRows.ReadSummary, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellationToken = default)
    {
        var match = SearchQuery.ToFts5(query);
        var hits = new List<SearchHit>();
        if (match.Length == 0)
        {
            return hits;
        }

        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts)
            FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
            WHERE articles_fts MATCH $match ORDER BY bm25(articles_fts) LIMIT $limit
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // bm25 is lower-is-better; the hit carries higher-is-better.
            hits.Add(new SearchHit(reader.GetString(0), NullableString(reader, 1), reader.GetString(2), -reader.GetDouble(3)));
        }

        return hits;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task RecordErrorAsync(string source, string message, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO input_errors (source, message, at) VALUES ($source, $message, $at)";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$message", message);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> IntegrityCheckAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);

    private static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)", cancellationToken).ConfigureAwait(false);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        var current = Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        foreach (var (version, sql) in SqliteMigrations.Steps.Where(s => s.Version > current))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var step = connection.CreateCommand();
            step.Transaction = transaction;
            step.CommandText = sql + $";\nINSERT INTO schema_version (version, applied_at) VALUES ({version}, '{DateTimeOffset.UtcNow:O}');";
            await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => ArticleRows.NullableString(reader, ordinal);

    private static DateTimeOffset? ParseDate(string? value) => ArticleRows.ParseDate(value);
}
