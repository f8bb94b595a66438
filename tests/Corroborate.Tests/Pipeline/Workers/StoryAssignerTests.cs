using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Pipeline.Workers;
using Corroborate.Storage;
using Corroborate.Tests.Support;
using Npgsql;

namespace Corroborate.Tests.Pipeline.Workers;

/// <summary>The assigner alone, on inputs the readers prepared: exactly once, in arrival order, search vectors outside its transaction.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoryAssignerTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-assigner-");
    private PostgresTestSchema? _schema;

    private string Inbox => Path.Combine(_folder.FullName, "inbox");

    [PostgresFact]
    public async Task A_crash_between_preparing_and_placing_still_places_every_input_once_in_arrival_order()
    {
        var expected = await OneProcessResultAsync(60, seed: 7);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);

        // The first assigner dies at its third commit (that transaction never commits), after two committed batches.
        var crashing = new StoryAssigner(new WrappedQueue(new PostgresInputQueue(store, "crashing"), role => new CrashingRole(role, crashAtCommit: 3)), store, preparer) { BatchSize = 8 };
        await Assert.ThrowsAsync<IOException>(() => crashing.RunAsync(stopWhenIdle: true, default));
        Assert.Equal(16, await StoredInputsAsync());

        var next = new StoryAssigner(store, preparer) { BatchSize = 8 };
        Assert.True(await next.RunAsync(stopWhenIdle: true, default));

        var actual = await AssertPlacedAsOneProcessAsync(expected);
        Assert.Equal(0, actual.WaitingInputs);
        await SourcesInArrivalOrderAsync();
    }

    [PostgresFact]
    public async Task A_commit_that_fails_while_the_next_batch_is_placed_sends_nothing_after_it_and_the_next_assigner_places_every_input_once()
    {
        var expected = await OneProcessResultAsync(60, seed: 23);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);

        // The third commit is held on the server side until the fourth batch has been read (and so placed in the in-memory
        // index), then fails: the crash falls between placing a batch and committing the one before it.
        ObservedRole? observed = null;
        var crashing = new StoryAssigner(new WrappedQueue(new PostgresInputQueue(store, "crashing"), role => observed = new ObservedRole(role, failAtCommit: 3)), store, preparer) { BatchSize = 8 };
        await Assert.ThrowsAsync<IOException>(() => crashing.RunAsync(stopWhenIdle: true, default));

        Assert.NotNull(observed);
        Assert.True(observed.ReadWhileFailingCommitHeld, "the next batch was not read while the failing commit was in flight");
        // Nothing was sent after the failed commit, though the next batch had been placed: two commits, then the failed one.
        Assert.Equal(3, observed.Started.Count);
        Assert.Equal(2, observed.Committed.Count);
        Assert.Equal(16, await StoredInputsAsync());
        Assert.Equal(16, crashing.InputsAssigned);
        var committedSeqs = observed.Committed.SelectMany(c => c).ToList();
        Assert.Equal((await ScalarsAsync("SELECT p.seq::text FROM pending_inputs p WHERE p.done ORDER BY p.seq")).Select(long.Parse), committedSeqs);

        var next = new StoryAssigner(store, preparer) { BatchSize = 8 };
        Assert.True(await next.RunAsync(stopWhenIdle: true, default));

        var actual = await AssertPlacedAsOneProcessAsync(expected);
        Assert.Equal(0, actual.WaitingInputs);
        Assert.Equal(expected.InputErrors, actual.InputErrors);
        var sources = await SourcesInArrivalOrderAsync();
        Assert.Equal(sources.Count, sources.Distinct(StringComparer.Ordinal).Count());
    }

    [PostgresFact]
    public async Task Batches_placed_while_the_one_before_commits_are_committed_one_at_a_time_in_arrival_order_as_one_process_places_them()
    {
        var expected = await OneProcessResultAsync(80, seed: 29);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);
        var waiting = (await ScalarsAsync("SELECT p.seq::text FROM pending_inputs p WHERE NOT p.done ORDER BY p.seq")).Select(long.Parse).ToList();

        // Every commit held back a moment, so that each next batch is read and placed while the one before it commits.
        ObservedRole? observed = null;
        var assigner = new StoryAssigner(new WrappedQueue(new PostgresInputQueue(store, "observed"), role => observed = new ObservedRole(role, commitDelay: TimeSpan.FromMilliseconds(40))), store, preparer) { BatchSize = 6 };
        Assert.True(await assigner.RunAsync(stopWhenIdle: true, default));

        Assert.NotNull(observed);
        // It did overlap: reads while a commit was in flight, each starting after that commit's last input.
        Assert.NotEmpty(observed.ReadsWhileCommitting);
        Assert.All(observed.ReadsWhileCommitting, read => Assert.Equal(read.InFlightLast, read.After));
        // Never two commits at once; every input committed once, in arrival order.
        Assert.Equal(1, observed.MostInFlight);
        Assert.Equal(waiting, observed.Committed.SelectMany(c => c));
        Assert.Equal(waiting.Count, assigner.InputsAssigned);

        var actual = await AssertPlacedAsOneProcessAsync(expected);
        Assert.Equal(0, actual.WaitingInputs);
        Assert.Equal(expected.InputErrors, actual.InputErrors);
        await SourcesInArrivalOrderAsync();
    }

    [PostgresFact]
    public async Task A_backend_that_dies_in_the_middle_of_a_batch_leaves_every_input_to_be_placed_once_in_arrival_order()
    {
        var expected = await OneProcessResultAsync(60, seed: 9);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);

        // The server kills the assigner's own backend while its third transaction is marking inputs done: after its
        // articles, assignments, stories and jobs were written, before the commit. A sequence counts, as it is not rolled back.
        await KillBackendAtRowAsync("die_mid_batch", "AFTER UPDATE ON pending_inputs FOR EACH ROW WHEN (NEW.done AND NOT OLD.done)");

        var dying = new StoryAssigner(store, preparer) { BatchSize = 8 };
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => dying.RunAsync(stopWhenIdle: true, default));
        Assert.Equal(16, await StoredInputsAsync());
        // Nothing of the killed transaction stayed: at most the two committed batches' articles.
        Assert.InRange(await store.CountAsync(), 1, 16);
        await UntilTheKilledBackendLetsGoOfTheRoleAsync(store);

        await NextAssignerPlacesEveryInputOnceAsync(store, preparer, expected);
    }

    [PostgresFact]
    public async Task A_backend_that_dies_while_copying_the_staged_rows_leaves_every_input_to_be_placed_once_in_arrival_order()
    {
        var expected = await OneProcessResultAsync(60, seed: 13);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);

        // The server kills the assigner's own backend in the middle of the statement that copies its third batch's staged
        // rows into articles (at the 20th row copied: some of that batch's rows are in, the rest not, nothing else of it).
        await KillBackendAtRowAsync("die_mid_copy", "BEFORE INSERT ON articles FOR EACH ROW");

        var dying = new StoryAssigner(store, preparer) { BatchSize = 8 };
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => dying.RunAsync(stopWhenIdle: true, default));
        // Whole batches only (the 20th row falls in the third or, after empty files, the fourth).
        var done = await StoredInputsAsync();
        Assert.Equal(0, done % 8);
        Assert.InRange(done, 16, 24);
        Assert.InRange(await store.CountAsync(), 1, done);
        // What the killed transaction had not committed is still staged for the next assigner, even once the committed
        // batches' rows are pruned.
        Assert.True(await store.PruneStagedAsync() > 0);
        Assert.Empty(await ScalarsAsync("SELECT p.seq::text FROM pending_inputs p WHERE NOT p.done AND p.prepared <> '[]' AND NOT EXISTS (SELECT 1 FROM prepared_articles a WHERE a.input_seq = p.seq)"));
        await UntilTheKilledBackendLetsGoOfTheRoleAsync(store);

        await NextAssignerPlacesEveryInputOnceAsync(store, preparer, expected);
    }

    [PostgresFact]
    public async Task Inputs_read_without_staged_rows_are_staged_by_the_assigner_in_the_same_batch_as_staged_ones_in_arrival_order()
    {
        var expected = await OneProcessResultAsync(60, seed: 17);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);

        // As a reader of an older version left them: articles in the JSON only, no staged rows; mixed with staged inputs.
        await ScalarsAsync("DELETE FROM prepared_articles WHERE input_seq % 3 = 0 RETURNING input_seq::text");
        await ScalarsAsync("UPDATE pending_inputs SET staged = false WHERE seq % 3 = 0 RETURNING seq::text");

        var assigner = new StoryAssigner(store, preparer) { BatchSize = 8 };
        Assert.True(await assigner.RunAsync(stopWhenIdle: true, default));

        var actual = await AssertPlacedAsOneProcessAsync(expected);
        Assert.Equal(expected.InputErrors, actual.InputErrors);
        await SourcesInArrivalOrderAsync();
        // Placed inputs' staged rows are left to the workers' job loops, which delete them all once no input waits.
        Assert.True(await store.StagedCountAsync() > 0);
        while (await store.PruneStagedAsync(limit: 25) > 0)
        {
        }

        Assert.Equal(0, await store.StagedCountAsync());
    }

    [PostgresFact]
    public async Task Pruning_staged_rows_keeps_those_of_every_input_still_waiting()
    {
        NewsFiles.Write(Inbox, 20, seed: 19);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);
        var staged = await store.StagedCountAsync();
        Assert.True(staged > 0);

        // Nothing placed yet: nothing to prune. Then the first half placed (marked done as the assigner does): only theirs go.
        Assert.Equal(0, await store.PruneStagedAsync());
        await ScalarsAsync("UPDATE pending_inputs SET done = true WHERE seq <= (SELECT min(seq) + 9 FROM pending_inputs) RETURNING seq::text");
        var ofDone = long.Parse((await ScalarsAsync("SELECT count(*)::text FROM prepared_articles a JOIN pending_inputs p ON p.seq = a.input_seq WHERE p.done"))[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ofDone > 0);
        Assert.Equal(ofDone, await store.PruneStagedAsync());
        Assert.Equal(staged - ofDone, await store.StagedCountAsync());
        Assert.Empty(await ScalarsAsync("SELECT p.seq::text FROM pending_inputs p WHERE NOT p.done AND p.prepared <> '[]' AND NOT EXISTS (SELECT 1 FROM prepared_articles a WHERE a.input_seq = p.seq)"));
    }

    [PostgresTheory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    public async Task The_readers_compute_what_placement_reads_and_the_assigner_places_in_batches_as_one_process_does(int batch)
    {
        var expected = await OneProcessResultAsync(80, seed: 11);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);

        // Every input the readers prepared carries its articles' placement features, and their rows staged.
        Assert.Empty(await ScalarsAsync("SELECT seq::text FROM pending_inputs WHERE prepared IS NOT NULL AND (placement IS NULL OR NOT staged)"));

        var assigner = new StoryAssigner(store, preparer) { BatchSize = batch };
        Assert.True(await assigner.RunAsync(stopWhenIdle: true, default));

        Assert.Equal(0, assigner.UnpreparedArticles);
        var actual = await AssertPlacedAsOneProcessAsync(expected);
        Assert.Equal(expected.InputErrors, actual.InputErrors);
        await SourcesInArrivalOrderAsync();
        // Done inputs keep nothing they no longer need.
        Assert.Empty(await ScalarsAsync("SELECT seq::text FROM pending_inputs WHERE placement IS NOT NULL OR prepared IS NOT NULL"));
    }

    [PostgresFact]
    public async Task Inputs_read_without_placement_features_or_with_damaged_ones_are_placed_the_same_way()
    {
        var expected = await OneProcessResultAsync(60, seed: 5);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);

        // As an older reader left them (no features), and as a damaged row would be: the assigner computes those itself.
        await ScalarsAsync("UPDATE pending_inputs SET placement = NULL WHERE seq % 3 = 0 RETURNING seq::text");
        await ScalarsAsync("UPDATE pending_inputs SET placement = '\\x0102'::bytea WHERE seq % 3 = 1 AND prepared <> '[]' RETURNING seq::text");

        var assigner = new StoryAssigner(store, preparer) { BatchSize = 8 };
        Assert.True(await assigner.RunAsync(stopWhenIdle: true, default));

        Assert.True(assigner.UnpreparedArticles > 0);
        await AssertPlacedAsOneProcessAsync(expected);
    }

    [PostgresFact]
    public async Task The_assigner_leaves_search_vectors_out_of_its_transaction_and_search_still_finds_every_article()
    {
        NewsFiles.Write(Inbox, 12, seed: 3);
        await using var store = await PostgresArticleStore.OpenAsync(_schema!.Location);
        var preparer = await PrepareEveryInputAsync(store);

        await new StoryAssigner(store, preparer).RunAsync(stopWhenIdle: true, default);
        var stored = await store.CountAsync();
        Assert.Equal(stored, await store.UnsearchableCountAsync());

        var first = (await store.ListAsync()).First();
        var word = first.Title!.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        Assert.Contains(await store.SearchAsync(word), hit => hit.ArticleId == first.Id);
        Assert.Equal(0, await store.UnsearchableCountAsync());
    }

    /// <summary>The news files written to the inbox, and what one process makes of them.</summary>
    private async Task<SharedStoreResult> OneProcessResultAsync(int count, int seed)
    {
        NewsFiles.Write(Inbox, count, seed);
        return await SharedStoreResult.OneProcessAsync(Inbox);
    }

    /// <summary>Every inbox file queued and read by a reader, so the assigner only places.</summary>
    private async Task<InputPreparer> PrepareEveryInputAsync(PostgresArticleStore store)
    {
        await new InputQueue(store).EnqueueFolderAsync(Inbox);
        var preparer = new InputPreparer(store, "reader");
        while (await preparer.PrepareAsync(16, default) > 0)
        {
        }

        return preparer;
    }

    /// <summary>The shared store holds the same articles in the same stories as one process.</summary>
    private async Task<SharedStoreResult> AssertPlacedAsOneProcessAsync(SharedStoreResult expected)
    {
        var actual = await SharedStoreResult.OfPostgresAsync(_schema!.Location);
        Assert.Equal(expected.ArticleCount, actual.ArticleCount);
        Assert.Equal(expected.Stories.OrderBy(p => p.Key, StringComparer.Ordinal), actual.Stories.OrderBy(p => p.Key, StringComparer.Ordinal));
        return actual;
    }

    /// <summary>The stored articles' sources in arrival order, asserted to be the inbox's (file-name) order.</summary>
    private async Task<List<string>> SourcesInArrivalOrderAsync()
    {
        var sources = await ScalarsAsync("SELECT source FROM articles ORDER BY seq");
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
        return sources;
    }

    private async Task<int> StoredInputsAsync() => (await ScalarsAsync("SELECT seq::text FROM pending_inputs WHERE done")).Count;

    private async Task<List<string>> ScalarsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresLocation.ToConnectionString(_schema!.Location));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public async Task InitializeAsync() => _schema = await PostgresTestSchema.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }

    /// <summary>A queue whose assigner role is wrapped (to fail or watch it).</summary>
    private sealed class WrappedQueue(IInputQueue inner, Func<IAssignerRole, IAssignerRole> wrap) : IInputQueue
    {
        public Task<int> EnqueueAsync(IReadOnlyList<(string Source, byte[] Content)> inputs, CancellationToken cancellationToken = default) =>
            inner.EnqueueAsync(inputs, cancellationToken);

        public Task<bool> EnqueuePreparedAsync(string source, IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
            inner.EnqueuePreparedAsync(source, articles, cancellationToken);

        public Task<int> PrepareAsync(int count, long? seq, Func<string, byte[], PreparedInput> read, CancellationToken cancellationToken = default) =>
            inner.PrepareAsync(count, seq, read, cancellationToken);

        public Task<QueueCounts> CountsAsync(CancellationToken cancellationToken = default) => inner.CountsAsync(cancellationToken);

        public async Task<IAssignerRole?> TakeAssignerRoleAsync(CancellationToken cancellationToken = default) =>
            await inner.TakeAssignerRoleAsync(cancellationToken) is { } role ? wrap(role) : null;

        public Task<bool> IsAssignerRoleHeldAsync(CancellationToken cancellationToken = default) => inner.IsAssignerRoleHeldAsync(cancellationToken);

        public Task<IFeedRole?> TakeFeedRoleAsync(CancellationToken cancellationToken = default) => inner.TakeFeedRoleAsync(cancellationToken);
    }

    /// <summary>
    /// An assigner role that records its reads and commits as they happen, and may hold each commit back (as a slow server
    /// would) or fail its n-th commit, before anything of it reaches the server, once the next batch has been read.
    /// </summary>
    private sealed class ObservedRole(IAssignerRole inner, TimeSpan commitDelay = default, int failAtCommit = 0) : IAssignerRole
    {
        private readonly Lock _gate = new();
        private readonly TaskCompletionSource _nextRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;
        private long _inFlightLast;

        /// <summary>Reads made while a commit was in flight: where they started, and the last input of that commit.</summary>
        public List<(long After, long InFlightLast)> ReadsWhileCommitting { get; } = [];

        public List<IReadOnlyList<long>> Started { get; } = [];

        public List<IReadOnlyList<long>> Committed { get; } = [];

        public int MostInFlight { get; private set; }

        public bool ReadWhileFailingCommitHeld { get; private set; }

        public Task<IReadOnlyList<WaitingInput>> WaitingAsync(int limit, long after, CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                if (_inFlight > 0)
                {
                    ReadsWhileCommitting.Add((after, _inFlightLast));
                    if (Started.Count == failAtCommit)
                    {
                        ReadWhileFailingCommitHeld = true;
                        _nextRead.TrySetResult();
                    }
                }
            }

            return inner.WaitingAsync(limit, after, cancellationToken);
        }

        public Task<IReadOnlySet<string>> StoredHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
            inner.StoredHashesAsync(hashes, cancellationToken);

        public async Task CommitAsync(IReadOnlyList<AssignedArticle> articles, StoryChanges changes,
            IReadOnlyList<(string Source, string Message)> errors, IReadOnlyList<Story> jobs, long generation, IReadOnlyList<long> inputs,
            CancellationToken cancellationToken = default)
        {
            int number;
            lock (_gate)
            {
                Started.Add([.. inputs]);
                number = Started.Count;
                _inFlight++;
                _inFlightLast = inputs[^1];
                MostInFlight = Math.Max(MostInFlight, _inFlight);
            }

            try
            {
                if (number == failAtCommit)
                {
                    // Held until the next batch is read (at most ten seconds), then lost before reaching the server.
                    await Task.WhenAny(_nextRead.Task, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
                    await Task.Delay(50, cancellationToken);
                    throw new IOException("the connection to the server was lost");
                }

                await Task.Delay(commitDelay, cancellationToken);
                await inner.CommitAsync(articles, changes, errors, jobs, generation, inputs, cancellationToken);
                lock (_gate)
                {
                    Committed.Add([.. inputs]);
                }
            }
            finally
            {
                lock (_gate)
                {
                    _inFlight--;
                }
            }
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    private sealed class CrashingRole(IAssignerRole inner, int crashAtCommit) : IAssignerRole
    {
        private int _commits;

        public Task<IReadOnlyList<WaitingInput>> WaitingAsync(int limit, long after, CancellationToken cancellationToken = default) =>
            inner.WaitingAsync(limit, after, cancellationToken);

        public Task<IReadOnlySet<string>> StoredHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
            inner.StoredHashesAsync(hashes, cancellationToken);

        public Task CommitAsync(IReadOnlyList<AssignedArticle> articles, StoryChanges changes,
            IReadOnlyList<(string Source, string Message)> errors, IReadOnlyList<Story> jobs, long generation, IReadOnlyList<long> inputs,
            CancellationToken cancellationToken = default) =>
            ++_commits == crashAtCommit
                ? throw new IOException("the connection to the server was lost")
                : inner.CommitAsync(articles, changes, errors, jobs, generation, inputs, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }


    /// <summary>After a crash: the next assigner places what is left, and every input ends up placed once, as one process would.</summary>
    private async Task NextAssignerPlacesEveryInputOnceAsync(PostgresArticleStore store, InputPreparer preparer, SharedStoreResult expected)
    {
        var next = new StoryAssigner(store, preparer) { BatchSize = 8 };
        Assert.True(await next.RunAsync(stopWhenIdle: true, default));

        var actual = await AssertPlacedAsOneProcessAsync(expected);
        Assert.Equal(0, actual.WaitingInputs);
        var sources = await SourcesInArrivalOrderAsync();
        Assert.Equal(sources.Count, sources.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// Installs a trigger (<paramref name="name"/>, fired <paramref name="when"/>) that makes the server kill the backend
    /// running the statement at the 20th row it fires for: a crash in the middle of one of the assigner's statements.
    /// A sequence counts the rows, as it is not rolled back with the statement.
    /// </summary>
    private Task KillBackendAtRowAsync(string name, string when) => ScalarsAsync($"""
        CREATE SEQUENCE {name}_rows;
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF nextval('{name}_rows') = 20 THEN
                PERFORM pg_terminate_backend(pg_backend_pid());
                PERFORM pg_sleep(5);
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER {name} {when} EXECUTE FUNCTION {name}();
        SELECT 'installed'
        """);

    /// <summary>
    /// A terminated backend releases its advisory locks as it exits, a moment after its client saw the error: the next
    /// assigner, like a worker that polls for the role, takes it once the lock is free (at most ten seconds here).
    /// </summary>
    private static async Task UntilTheKilledBackendLetsGoOfTheRoleAsync(PostgresArticleStore store)
    {
        var probe = new PostgresInputQueue(store, "probe");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await probe.IsAssignerRoleHeldAsync() && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.False(await probe.IsAssignerRoleHeldAsync(), "the killed assigner's backend still holds the role after ten seconds");
    }
}
