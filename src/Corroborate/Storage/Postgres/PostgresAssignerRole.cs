using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Model;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Storage;

/// <summary>
/// The assigner role of a shared PostgreSQL store: a session advisory lock held on a dedicated, unpooled connection,
/// through which every write of the role goes. When the holder dies its connection closes and the server releases
/// the lock for the next worker to take. Its reads go through a second session, so that the assigner can read the next
/// batch while the server is committing the last one (reading needs no role: only what commits does).
/// </summary>
internal sealed class PostgresAssignerRole : IAssignerRole
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlConnection _reads;

    private PostgresAssignerRole(NpgsqlConnection connection, NpgsqlConnection reads)
    {
        _connection = connection;
        _reads = reads;
    }

    public static async Task<IAssignerRole?> TryTakeAsync(PostgresArticleStore store, CancellationToken cancellationToken)
    {
        // Its statements are the same few texts batch after batch: prepared once on the server, each batch only binds them.
        var unpooled = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false, KeepAlive = 5, MaxAutoPrepare = 32, AutoPrepareMinUsages = 2 }.ConnectionString;
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

            var reads = new NpgsqlConnection(unpooled);
            try
            {
                await reads.OpenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await reads.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return new PostgresAssignerRole(connection, reads);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IReadOnlyList<WaitingInput>> WaitingAsync(int limit, long after, CancellationToken cancellationToken = default)
    {
        var waiting = new List<WaitingInput>();
        var damaged = new List<int>();
        // The articles only of the prepared run at the head: while the oldest input is still being read, the
        // assigner polls often, and must not pull the JSON of inputs it cannot place yet every time. Of an input whose
        // reader staged its rows and its placement features, only what placing reads besides those features (id, content
        // hash, source, title, outlet) comes, from the staged rows; the whole articles (JSON) only of the others.
        await using (var command = new NpgsqlCommand("""
            WITH head AS (
                SELECT seq, bool_and(prepared IS NOT NULL) OVER (ORDER BY seq) AS placeable
                FROM (SELECT seq, prepared FROM pending_inputs WHERE NOT done AND seq > $2 ORDER BY seq LIMIT $1) oldest)
            SELECT p.seq, CASE WHEN head.placeable AND NOT (p.staged AND p.placement IS NOT NULL) THEN p.prepared END, p.error_source, p.error,
                CASE WHEN head.placeable THEN p.placement END, p.staged, head.placeable AND p.staged AND p.placement IS NOT NULL,
                s.ids, s.hashes, s.sources, s.titles, s.outlets, s.stored
            FROM head JOIN pending_inputs p ON p.seq = head.seq
            LEFT JOIN LATERAL (
                SELECT array_agg(a.id ORDER BY a.ordinal) AS ids, array_agg(a.content_hash ORDER BY a.ordinal) AS hashes,
                    array_agg(a.source ORDER BY a.ordinal) AS sources, array_agg(a.title ORDER BY a.ordinal) AS titles,
                    array_agg(a.outlet ORDER BY a.ordinal) AS outlets,
                    array_agg(EXISTS (SELECT 1 FROM articles x WHERE x.content_hash = a.content_hash) ORDER BY a.ordinal) AS stored
                FROM prepared_articles a WHERE a.input_seq = p.seq AND head.placeable AND p.staged AND p.placement IS NOT NULL) s ON true
            ORDER BY p.seq
            """, _reads))
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = after });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var slim = reader.GetBoolean(6);
                var articles = slim ? PlacingView(reader) : reader.IsDBNull(1) ? null : PreparedInputJson.Articles(reader.GetString(1));
                var placements = articles is null || reader.IsDBNull(4) ? null : Placements(reader.GetFieldValue<byte[]>(4), articles.Count);
                if (slim && placements is null)
                {
                    // Features that do not read back: the assigner computes them, from the whole articles (fetched below).
                    damaged.Add(waiting.Count);
                }

                waiting.Add(new WaitingInput(reader.GetInt64(0), articles, reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
                {
                    Placements = placements,
                    Staged = reader.GetBoolean(5),
                    // Read in the same query, so the assigner needs no round trip of its own to ask which are stored.
                    StoredHashes = slim ? StoredOf(reader) : null,
                });
            }
        }

        foreach (var at in damaged)
        {
            await using var whole = new NpgsqlCommand("SELECT prepared FROM pending_inputs WHERE seq = $1", _reads);
            whole.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = waiting[at].Seq });
            var json = (string)(await whole.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            waiting[at] = waiting[at] with { Articles = PreparedInputJson.Articles(json) };
        }

        return waiting;
    }

    /// <summary>The content hashes of a staged input's articles that are stored already (as of this read).</summary>
    private static HashSet<string> StoredOf(NpgsqlDataReader reader)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (reader.IsDBNull(12))
        {
            return stored;
        }

        var hashes = reader.GetFieldValue<string[]>(8);
        var flags = reader.GetFieldValue<bool[]>(12);
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i])
            {
                stored.Add(hashes[i]);
            }
        }

        return stored;
    }

    /// <summary>
    /// The articles as placing reads them when their features come from the reader: identity, content hash, source (for
    /// messages), title and outlet; their text stays on the server (it is in the staged rows the commit copies).
    /// </summary>
    private static List<Article> PlacingView(NpgsqlDataReader reader)
    {
        if (reader.IsDBNull(7))
        {
            return [];
        }

        var ids = reader.GetFieldValue<string[]>(7);
        var hashes = reader.GetFieldValue<string[]>(8);
        var sources = reader.GetFieldValue<string[]>(9);
        var titles = reader.GetFieldValue<string?[]>(10);
        var outlets = reader.GetFieldValue<string?[]>(11);
        var articles = new List<Article>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            articles.Add(new Article
            {
                Id = ids[i],
                ContentHash = hashes[i],
                Source = sources[i],
                Title = titles[i],
                Outlet = outlets[i],
                Language = "",
                CleanText = "",
                BodyLength = 0,
                Segments = [],
                Sentences = [],
                Removed = [],
            });
        }

        return articles;
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
        await PostgresArticleStore.StoredHashesAsync(_reads, null, hashes, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// One round trip, one implicit transaction (a batch without an explicit one commits whole or not at all): the staged
    /// rows of the placed articles copied into <c>articles</c> in the order given, with their assignments; the stories;
    /// errors; report jobs, whose snapshots the server copies from the stories rows just written; the done marks. Only
    /// placements, story snapshots and sequence numbers travel; an input whose reader did not stage its rows has them
    /// staged here first.
    /// </summary>
    public async Task CommitAsync(IReadOnlyList<AssignedArticle> articles, StoryChanges changes,
        IReadOnlyList<(string Source, string Message)> errors, IReadOnlyList<Story> jobs, long generation,
        IReadOnlyList<long> inputs, CancellationToken cancellationToken = default)
    {
        await using var batch = new NpgsqlBatch(_connection);
        foreach (var input in articles.Where(a => !a.Staged).GroupBy(a => a.Input))
        {
            // Read by an older version: its articles are staged here first, at their positions in the input.
            if (PostgresArticleStore.StageCommand(input.Key, [.. input.Select(a => (a.Ordinal, a.Article))]) is { } stage)
            {
                batch.BatchCommands.Add(stage);
            }
        }

        if (articles.Count > 0)
        {
            batch.BatchCommands.Add(PlaceCommand(articles));
        }

        PostgresArticleStore.AddStoryCommands(batch, changes);
        foreach (var (source, message) in errors)
        {
            var error = new NpgsqlBatchCommand("INSERT INTO input_errors (source, message, at) VALUES ($1, $2, $3)");
            error.Parameters.Add(Text(source));
            error.Parameters.Add(Text(message));
            error.Parameters.Add(Text(DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            batch.BatchCommands.Add(error);
        }

        AddJobCommands(batch, changes, jobs, generation);

        // The raw bytes have served their purpose; the row stays so the same input queued again is recognised.
        var done = new NpgsqlBatchCommand("UPDATE pending_inputs SET done = true, done_at = now(), content = ''::bytea, prepared = NULL, placement = NULL WHERE seq = ANY($1)");
        done.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = inputs.ToArray() });
        batch.BatchCommands.Add(done);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies the staged rows of <paramref name="articles"/> into <c>articles</c> in this order (so <c>articles.seq</c> keeps
    /// arrival order) and writes the assignment of each row inserted (an article stored before, by content or id, keeps
    /// its first story, as in <see cref="PostgresArticleStore"/>'s one-process path).
    /// </summary>
    private static NpgsqlBatchCommand PlaceCommand(IReadOnlyList<AssignedArticle> articles)
    {
        var command = new NpgsqlBatchCommand($"""
            WITH placed AS (
                SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[], $6::float8[])
                    WITH ORDINALITY AS u(input_seq, ordinal, id, story_id, duplicate_of, score, n)),
            inserted AS (
                INSERT INTO articles ({PostgresArticleStore.StagedColumns}, stored_at)
                SELECT {string.Join(", ", PostgresArticleStore.StagedColumns.Split(',').Select(c => "p." + c.Trim()))}, $7
                FROM placed JOIN prepared_articles p USING (input_seq, ordinal) ORDER BY placed.n
                ON CONFLICT DO NOTHING RETURNING id)
            INSERT INTO story_assignments (article_id, story_id, duplicate_of, score)
            SELECT DISTINCT ON (i.id) i.id, placed.story_id, placed.duplicate_of, placed.score
            FROM inserted i JOIN placed ON placed.id = i.id WHERE placed.story_id IS NOT NULL ORDER BY i.id, placed.n
            """);
        var n = articles.Count;
        var seqs = new long[n];
        var ordinals = new int[n];
        var ids = new string?[n];
        var stories = new string?[n];
        var duplicates = new string?[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var a = articles[i];
            seqs[i] = a.Input;
            ordinals[i] = a.Ordinal;
            ids[i] = a.Article.Id;
            stories[i] = a.Story?.StoryId;
            duplicates[i] = a.Story?.DuplicateOf;
            scores[i] = a.Story?.Score ?? 0;
        }

        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = seqs });
        command.Parameters.Add(PostgresArticleStore.IntArray(ordinals));
        command.Parameters.Add(PostgresArticleStore.TextArray(ids));
        command.Parameters.Add(PostgresArticleStore.TextArray(stories));
        command.Parameters.Add(PostgresArticleStore.TextArray(duplicates));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double, Value = scores });
        command.Parameters.Add(Text(DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        return command;
    }

    /// <summary>
    /// A report job per story, in order: a story this batch wrote to <c>stories</c> (every one, as placing changed it) is
    /// copied from that row on the server, the same JSON; any other is sent.
    /// </summary>
    private static void AddJobCommands(NpgsqlBatch batch, StoryChanges changes, IReadOnlyList<Story> jobs, long generation)
    {
        if (jobs.Count == 0)
        {
            return;
        }

        var written = changes.Changed.ToDictionary(story => story.Id, StringComparer.Ordinal);
        if (jobs.All(job => written.TryGetValue(job.Id, out var story) && ReferenceEquals(story, job)))
        {
            var copy = new NpgsqlBatchCommand("""
                INSERT INTO story_jobs (story_id, generation, story)
                SELECT s.id, $2, s.story FROM unnest($1::text[]) WITH ORDINALITY AS j(id, n) JOIN stories s ON s.id = j.id ORDER BY j.n
                """);
            copy.Parameters.Add(PostgresArticleStore.TextArray([.. jobs.Select(job => job.Id)]));
            copy.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = generation });
            batch.BatchCommands.Add(copy);
            return;
        }

        foreach (var story in jobs)
        {
            var job = new NpgsqlBatchCommand("INSERT INTO story_jobs (story_id, generation, story) VALUES ($1, $2, $3)");
            job.Parameters.Add(Text(story.Id));
            job.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = generation });
            job.Parameters.Add(Text(PreparedInputJson.Story(story)));
            batch.BatchCommands.Add(job);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _reads.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private static NpgsqlParameter Text(string value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = value };
}
