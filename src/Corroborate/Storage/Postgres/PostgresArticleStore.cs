using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Corroborate.Clustering;
using Corroborate.Model;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Storage;

/// <summary>
/// The shared store for several workers on several machines: one PostgreSQL database, schema brought up
/// to date by <see cref="PostgresMigrations"/> on open (under an advisory lock). Behaves as
/// <see cref="SqliteArticleStore"/> does; connections come from a pool, one per call, so calls may overlap.
/// </summary>
public sealed partial class PostgresArticleStore : IArticleStore, IStoryStore, IReportStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresArticleStore(NpgsqlDataSource dataSource, string connectionString, string description)
    {
        _dataSource = dataSource;
        ConnectionString = connectionString;
        Description = description;
    }

    /// <summary>Where the store is, without its password.</summary>
    public string Description { get; }

    internal NpgsqlDataSource DataSource => _dataSource;

    /// <summary>For connections outside the pool (the story assigner's); holds the password: never log it.</summary>
    internal string ConnectionString { get; }

    /// <summary>Opens the store at <paramref name="location"/> (a postgres:// URI or an Npgsql connection string), migrating it.</summary>
    public static Task<PostgresArticleStore> OpenAsync(string location, CancellationToken cancellationToken = default) =>
        OpenAsync(location, applicationName: null, cancellationToken);

    /// <summary>As <see cref="OpenAsync(string, CancellationToken)"/>, naming the connections (pg_stat_activity shows which worker is which).</summary>
    public static async Task<PostgresArticleStore> OpenAsync(string location, string? applicationName, CancellationToken cancellationToken = default)
    {
        var description = PostgresLocation.Redacted(location);
        var connectionString = PostgresLocation.ToConnectionString(location);
        if (applicationName is not null)
        {
            connectionString = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }.ConnectionString;
        }

        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            // Npgsql's messages name host and user, never the password.
            throw new StoreException($"{description}: cannot open the store: {e.Message}", e);
        }

        return new PostgresArticleStore(dataSource, connectionString, description);
    }

    public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        AddAsync([.. articles.Select(a => (a, (StoryAssignment?)null))], cancellationToken);

    public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> items, CancellationToken cancellationToken = default) =>
        AddAsync(items, StoryChanges.None, cancellationToken);

    public async Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> items, StoryChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (items.Any(item => item.Story is not null))
        {
            // Story assignments from a caller's own index (one process's ingest) would fork from the workers' one.
            await using var role = new NpgsqlCommand($"SELECT pg_try_advisory_xact_lock({LockClass}, {AssignerLock})", connection, transaction);
            if (!(bool)(await role.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                throw new StoreException($"{Description}: a worker is placing articles in stories in this store; "
                    + "queue inputs for the workers instead (corroborate worker --inbox DIR), or stop them first");
            }
        }

        var added = await AddAsync(connection, transaction, items, cancellationToken).ConfigureAwait(false);
        await WriteStoriesAsync(connection, transaction, changes, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (added.Any(a => a))
        {
            // After the commit, in transactions of their own (see PostgresArticleStore.Search.cs).
            await IndexAllSearchAsync(cancellationToken).ConfigureAwait(false);
        }

        return added;
    }

    /// <summary>Stores articles and their assignments inside the caller's transaction, in one round trip.</summary>
    internal static async Task<IReadOnlyList<bool>> AddAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<(Article Article, StoryAssignment? Story)> items, CancellationToken cancellationToken)
    {
        var added = new bool[items.Count];
        if (items.Count == 0)
        {
            return added;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var storedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        foreach (var (a, story) in items)
        {
            // The assignment is written only when the article is: an article stored before keeps its first story.
            var command = new NpgsqlBatchCommand("""
                WITH inserted AS (
                    INSERT INTO articles (id, content_hash, source, external_id, url, title, outlet, author, published, published_from,
                        language, clean_text, body_length, segments, sentences, removed, received_at, stored_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
                    ON CONFLICT DO NOTHING RETURNING id),
                assigned AS (
                    INSERT INTO story_assignments (article_id, story_id, duplicate_of, score)
                    SELECT id, $19, $20, $21 FROM inserted WHERE $19 IS NOT NULL RETURNING 1)
                SELECT count(*) FROM inserted
                """);
            command.Parameters.Add(Text(a.Id));
            command.Parameters.Add(Text(a.ContentHash));
            command.Parameters.Add(Text(a.Source));
            command.Parameters.Add(Text(a.ExternalId));
            command.Parameters.Add(Text(a.Url));
            command.Parameters.Add(Text(a.Title));
            command.Parameters.Add(Text(a.Outlet));
            command.Parameters.Add(Text(a.Author));
            command.Parameters.Add(Text(a.Published?.ToString("O", CultureInfo.InvariantCulture)));
            command.Parameters.Add(Text(a.PublishedFrom));
            command.Parameters.Add(Text(a.Language));
            command.Parameters.Add(Text(a.CleanText));
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = a.BodyLength });
            command.Parameters.Add(Text(ArticleJson.Segments(a.Segments)));
            command.Parameters.Add(Text(ArticleJson.Spans(a.Sentences)));
            command.Parameters.Add(Text(ArticleJson.Removed(a.Removed)));
            command.Parameters.Add(Text(a.ReceivedAt?.ToString("O", CultureInfo.InvariantCulture)));
            command.Parameters.Add(Text(storedAt));
            command.Parameters.Add(Text(story?.StoryId));
            command.Parameters.Add(Text(story?.DuplicateOf));
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double, Value = story?.Score ?? 0 });
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < items.Count; i++)
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            added[i] = reader.GetInt64(0) == 1;
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }

        return added;
    }

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    public async Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT 1 FROM articles WHERE content_hash = $1");
        command.Parameters.Add(Text(contentHash));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Which of these content hashes are stored, in one query.</summary>
    internal static async Task<HashSet<string>> StoredHashesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT content_hash FROM articles WHERE content_hash = ANY($1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = hashes.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored.Add(reader.GetString(0));
        }

        return stored;
    }

    public async IAsyncEnumerable<StoredStoryAssignment> StoryAssignmentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"""
            SELECT {ArticleColumns}, s.story_id, s.duplicate_of
            FROM articles a JOIN story_assignments s ON s.article_id = a.id ORDER BY a.seq
            """);
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
        await using var command = _dataSource.CreateCommand(
            $"SELECT {ArticleColumns} FROM articles a WHERE a.id = $1 OR a.external_id = $1 ORDER BY a.id = $1 DESC LIMIT 1");
        command.Parameters.Add(Text(id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadArticle(reader) : null;
    }

    /// <summary>The stored articles with these ids, in one query.</summary>
    internal async Task<Dictionary<string, Article>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        await using var command = _dataSource.CreateCommand($"SELECT {ArticleColumns} FROM articles a WHERE a.id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = ids.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var article = ReadArticle(reader);
            articles[article.Id] = article;
        }

        return articles;
    }

    private static Article ReadArticle(NpgsqlDataReader reader) => ArticleRows.Read(reader);

    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(int offset = 0, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT id, source, title, outlet, published, language, body_length FROM articles ORDER BY seq LIMIT $1 OFFSET $2");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = offset });
        return await ArticleRows.ListAsync(command, ArticleRows.ReadSummary, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellationToken = default)
    {
        var words = SearchQuery.Words(query);
        var hits = new List<SearchHit>();
        if (words.Count == 0)
        {
            return hits;
        }

        // Articles a worker committed whose vectors no one has built yet are searchable all the same.
        await IndexAllSearchAsync(cancellationToken).ConfigureAwait(false);

        // plainto_tsquery reads no syntax: it ANDs the words it is given, and Words has left only letters and digits.
        await using var command = _dataSource.CreateCommand("""
            WITH q AS (SELECT plainto_tsquery('corroborate_search', $1) AS query),
            matched AS (
                SELECT a.id, a.title, a.clean_text, ts_rank(a.search, q.query) AS rank, q.query
                FROM articles a, q WHERE a.search @@ q.query ORDER BY rank DESC, a.seq LIMIT $2)
            SELECT id, title, ts_headline('corroborate_search', clean_text, query,
                'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…'), rank
            FROM matched ORDER BY rank DESC
            """);
        command.Parameters.Add(Text(string.Join(' ', words)));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new SearchHit(reader.GetString(0), NullableString(reader, 1), reader.GetString(2), reader.GetFloat(3)));
        }

        return hits;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT count(*) FROM articles");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task RecordErrorAsync(string source, string message, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("INSERT INTO input_errors (source, message, at) VALUES ($1, $2, $3)");
        command.Parameters.Add(Text(source));
        command.Parameters.Add(Text(message));
        command.Parameters.Add(Text(DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync().ConfigureAwait(false);

    /// <summary>
    /// Advisory lock keys are per database; the schema's hash in the first half keeps stores in different
    /// schemas of one database (tests) from waiting on each other.
    /// </summary>
    internal const string LockClass = "hashtext(current_schema())";

    internal const int MigrationLock = 1;

    internal const int AssignerLock = 2;

    internal const int FeedLock = 3;

    private static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockClass}, {MigrationLock})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken).ConfigureAwait(false);
            await using var query = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection);
            var current = Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            foreach (var (version, sql) in PostgresMigrations.Steps.Where(s => s.Version > current))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using var step = new NpgsqlCommand(sql + $";\nINSERT INTO schema_version (version) VALUES ({version});", connection, transaction);
                await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockClass}, {MigrationLock})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => ArticleRows.NullableString(reader, ordinal);

    private static DateTimeOffset? ParseDate(string? value) => ArticleRows.ParseDate(value);
}
