using System.Diagnostics;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// The one sequential stage: placing articles in stories needs every earlier article, so exactly one worker
/// at a time assigns, in arrival order. The role is a PostgreSQL session advisory lock held on a dedicated,
/// unpooled connection; all of the assigner's writes go through that same connection, so a write can only
/// commit while its writer still holds the role. When the holder dies its connection closes, the server
/// releases the lock, and the next worker to try (every <see cref="Worker"/> tries each second) takes over
/// after rebuilding the story index from the store.
/// </summary>
public sealed class StoryAssigner(PostgresArticleStore store, InputPreparer preparer)
{
    /// <summary>Inputs placed per transaction: large enough to amortise the round trips, small enough to keep a takeover's redo short.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Time spent per stage (restore, stories, store) while this worker held the role.</summary>
    public StageTimings Timings { get; } = new();

    /// <summary>Inputs this worker placed in stories.</summary>
    public long InputsAssigned { get; private set; }

    /// <summary>
    /// Takes the role if it is free and assigns until cancelled or, with <paramref name="stopWhenIdle"/>, until
    /// no input waits. Returns false at once when another worker holds the role. Any failure (the server
    /// restarting, the connection dropping) ends the run with the exception and gives the role up: the
    /// in-memory story index may then be ahead of the store, so the next run rebuilds it.
    /// </summary>
    public async Task<bool> RunAsync(bool stopWhenIdle, CancellationToken cancellationToken)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({PostgresArticleStore.LockClass}, {PostgresArticleStore.AssignerLock})", connection))
        {
            if (!(bool)(await tryLock.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                return false;
            }
        }

        // Its commits need not wait for the disk: a server crash loses a suffix of them whole (articles, jobs and
        // the inputs' done marks together), so those inputs are simply placed again; and this connection dies
        // with the server, so the index that had counted them is rebuilt. Everything else commits durably.
        await using (var asynchronous = new NpgsqlCommand("SET synchronous_commit = off", connection))
        {
            await asynchronous.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        StoryClusterer? clusterer = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var waiting = await WaitingAsync(connection, cancellationToken).ConfigureAwait(false);
            if (waiting.Count == 0)
            {
                if (stopWhenIdle)
                {
                    break;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Rebuilt only once there is work: a worker taking the role over an idle queue pays nothing.
            clusterer ??= await RestoreAsync(cancellationToken).ConfigureAwait(false);
            var ready = waiting.TakeWhile(w => w.Prepared is not null).ToList();
            if (ready.Count == 0)
            {
                // Arrival order: the oldest input must go first. Read it here unless a worker is reading it now.
                if (!await preparer.PrepareOneAsync(waiting[0].Seq, cancellationToken).ConfigureAwait(false))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            if (!await AssignAsync(connection, clusterer, ready, cancellationToken).ConfigureAwait(false))
            {
                // An article the index failed on may have left it half-changed: rebuild it from what is stored.
                clusterer = null;
            }

            InputsAssigned += ready.Count;
        }

        return true;
    }

    private async Task<StoryClusterer> RestoreAsync(CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var assignments = new List<StoredStoryAssignment>();
        await foreach (var assignment in store.StoryAssignmentsAsync(cancellationToken).ConfigureAwait(false))
        {
            assignments.Add(assignment);
        }

        var clusterer = new StoryClusterer(StoryIndex.Restore(assignments));
        if (!await store.HasStoriesAsync(cancellationToken).ConfigureAwait(false))
        {
            // A store written before stories were kept: store them from the rebuilt index, once.
            await StoredStories.FillAsync(store, clusterer.Index, assignments.Select(a => a.StoryId), cancellationToken).ConfigureAwait(false);
        }

        Timings.Add("restore", Stopwatch.GetTimestamp() - start);
        return clusterer;
    }

    private async Task<List<WaitingInput>> WaitingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var waiting = new List<WaitingInput>();
        // The articles only of the prepared run at the head: while the oldest input is still being read, the
        // assigner polls often, and must not pull the JSON of inputs it cannot place yet every time.
        await using var command = new NpgsqlCommand("""
            WITH head AS (
                SELECT seq, bool_and(prepared IS NOT NULL) OVER (ORDER BY seq) AS placeable
                FROM (SELECT seq, prepared FROM pending_inputs WHERE NOT done ORDER BY seq LIMIT $1) oldest)
            SELECT p.seq, CASE WHEN head.placeable THEN p.prepared END, p.error_source, p.error
            FROM head JOIN pending_inputs p ON p.seq = head.seq ORDER BY p.seq
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = BatchSize });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            waiting.Add(new WaitingInput(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return waiting;
    }

    /// <summary>
    /// Places the inputs' articles in stories exactly as <see cref="IngestPipeline"/> does for one process,
    /// then stores articles, assignments, errors and report jobs and marks the inputs done, in one transaction.
    /// An article the story index fails on is recorded as an input error and not stored, so it can never stop
    /// the assigner (and with it every worker waiting for its inputs); false when that happened.
    /// </summary>
    private async Task<bool> AssignAsync(NpgsqlConnection connection, StoryClusterer clusterer, List<WaitingInput> inputs, CancellationToken cancellationToken)
    {
        var parsed = inputs.Select(i => PreparedInputJson.Articles(i.Prepared!)).ToList();
        var stored = await PostgresArticleStore.StoredHashesAsync(connection, null,
            parsed.SelectMany(articles => articles.Select(a => a.ContentHash)).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        var items = new List<(Article, StoryAssignment?)>();
        var unplaced = new List<(string Source, string Message)>();
        var touched = new List<string>();
        var start = Stopwatch.GetTimestamp();
        foreach (var articles in parsed)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                var known = !seen.Add(article.ContentHash) || clusterer.Index.StoryOf(article.Id) is not null || stored.Contains(article.ContentHash);
                StoryAssignment? story;
                try
                {
                    story = known ? null : clusterer.Assign(article);
                }
                catch (Exception e) when (Failures.IsRecoverable(e))
                {
                    unplaced.Add((article.Source, $"article {article.Id} could not be placed in a story: {Failures.Describe(e)}"));
                    continue;
                }

                items.Add((article, story));
                // stories-entities (issue 18): a placement may move articles between young stories or merge
                // them, so every story it changed needs its report rebuilt, under its current id.
                foreach (var changed in story?.ChangedStories ?? [])
                {
                    if (!touched.Contains(changed))
                    {
                        touched.Add(changed);
                    }
                }
            }
        }

        Timings.Add("stories", Stopwatch.GetTimestamp() - start);
        start = Stopwatch.GetTimestamp();
        var generation = inputs[^1].Seq;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresArticleStore.AddAsync(connection, transaction, items, cancellationToken).ConfigureAwait(false);
        var changes = StoryChanges.Of(clusterer.Index, items.Select(item => item.Item2));
        await PostgresArticleStore.WriteStoriesAsync(connection, transaction, changes, cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (source, message) in inputs.Where(i => i.Error is not null).Select(i => (i.ErrorSource ?? "", i.Error!)).Concat(unplaced))
        {
            var error = new NpgsqlBatchCommand("INSERT INTO input_errors (source, message, at) VALUES ($1, $2, $3)");
            error.Parameters.Add(Text(source));
            error.Parameters.Add(Text(message));
            error.Parameters.Add(Text(DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            batch.BatchCommands.Add(error);
        }

        // A story touched early in the batch may have merged into another since: one job per current story.
        foreach (var story in touched.Select(id => clusterer.Index.GetStory(id)!).DistinctBy(story => story.Id, StringComparer.Ordinal))
        {
            var job = new NpgsqlBatchCommand("INSERT INTO story_jobs (story_id, generation, story) VALUES ($1, $2, $3)");
            job.Parameters.Add(Text(story.Id));
            job.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = generation });
            job.Parameters.Add(Text(PreparedInputJson.Story(story)));
            batch.BatchCommands.Add(job);
        }

        // The raw bytes have served their purpose; the row stays so the same input queued again is recognised.
        var done = new NpgsqlBatchCommand("UPDATE pending_inputs SET done = true, done_at = now(), content = ''::bytea, prepared = NULL WHERE seq = ANY($1)");
        done.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = inputs.Select(i => i.Seq).ToArray() });
        batch.BatchCommands.Add(done);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Timings.Add("store", Stopwatch.GetTimestamp() - start);
        return unplaced.Count == 0;
    }

    private static NpgsqlParameter Text(string value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = value };

    private sealed record WaitingInput(long Seq, string? Prepared, string? ErrorSource, string? Error);
}
