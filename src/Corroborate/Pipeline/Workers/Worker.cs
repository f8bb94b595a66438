using System.Net;
using Corroborate.Ingest;
using Corroborate.Ingest.Watching;
using Corroborate.Storage;
using Npgsql;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// One worker of many sharing a PostgreSQL store: queues its inbox, reads and cleans queued inputs, tries
/// each second to become the story assigner, and runs story report jobs, all at once. Losing the database
/// (a restart, a network cut) is waited out: the failed step is rolled back and retried.
/// </summary>
public sealed class Worker(PostgresArticleStore store, WorkerOptions options, Action<string> log)
{
    private readonly InputQueue _queue = new(store);
    private readonly InputPreparer _preparer = new(store, options.Name);
    private readonly StoryJobRunner _jobs = new(store, options.Analyzer ?? new StoryAnalyzer(AnalysisOptions.Default), options.Name) { Settle = options.ReportSettle };
    private StoryAssigner? _assigner;

    public InputPreparer Preparer => _preparer;

    public StoryAssigner Assigner => _assigner ??= new StoryAssigner(store, _preparer) { BatchSize = options.AssignBatchSize };

    public StoryJobRunner Jobs => _jobs;

    private long _inputsPrepared;

    public long InputsPrepared => Interlocked.Read(ref _inputsPrepared);

    /// <summary>
    /// Works until cancelled or, with <see cref="WorkerOptions.Once"/>, until nothing is left to do. A step
    /// that keeps failing for a reason other than the database is logged and retried; with
    /// <see cref="WorkerOptions.Once"/> it ends the run after <see cref="MaxStepFaults"/> tries, stopping the
    /// other loops too, so a one-off run never waits forever on work that cannot be done.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await RunLoopsAsync(stop, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // a clean stop: every step commits whole or not at all
        }
        catch (OperationCanceledException) when (_fault is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_fault);
        }
    }

    /// <summary>Non-database failures of one step in a row before a one-off run gives up.</summary>
    public const int MaxStepFaults = 3;

    private Exception? _fault;

    private async Task RunLoopsAsync(CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        try
        {
            var loops = new List<Task>();
            if (options.Inbox is { } inbox)
            {
                // A one-off run queues its inbox first, so it does not find the queue empty and stop early.
                var queuing = InboxLoopAsync(inbox, cancellationToken);
                if (options.Once)
                {
                    await queuing.ConfigureAwait(false);
                }
                else
                {
                    loops.Add(queuing);
                }
            }

            if (options.Feeds.Count > 0)
            {
                var polling = FeedLoopAsync(cancellationToken);
                if (options.Once)
                {
                    await polling.ConfigureAwait(false);
                }
                else
                {
                    loops.Add(polling);
                }
            }

            loops.Add(AssignLoopAsync(cancellationToken));
            loops.Add(JobLoopAsync(cancellationToken));
            for (var i = 0; i < options.Readers; i++)
            {
                loops.Add(PrepareLoopAsync(cancellationToken));
            }

            foreach (var loop in loops)
            {
                _ = loop.ContinueWith(t => Fault(stop, t.Exception!.InnerException!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }

            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Fault(stop, e);
            throw;
        }
    }

    private void Fault(CancellationTokenSource stop, Exception e)
    {
        if (e is OperationCanceledException)
        {
            return;
        }

        Interlocked.CompareExchange(ref _fault, e, null);
        stop.Cancel();
    }

    private async Task InboxLoopAsync(string inbox, CancellationToken cancellationToken)
    {
        while (true)
        {
            var queued = await RetryingAsync(() => _queue.EnqueueFolderAsync(inbox, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (queued > 0)
            {
                log($"{options.Name}: queued {queued} inputs from the inbox");
            }

            if (options.Once)
            {
                return;
            }

            await Task.Delay(options.Poll * 10, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FeedLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var held = await RetryingAsync(() => WatchFeedsAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
            if (options.Once)
            {
                return;
            }

            if (held)
            {
                log($"{options.Name}: feed polling role released");
            }

            await Task.Delay(options.TakeoverInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Polls the feeds while holding the feed lock (one poller at a time, so a feed is not fetched by every
    /// worker); new entries are read and cleaned here and queued for the assigner. False when another worker polls.
    /// </summary>
    private async Task<bool> WatchFeedsAsync(CancellationToken cancellationToken)
    {
        await using var role = await ArticleStores.InputQueue(store, options.Name).TakeFeedRoleAsync(cancellationToken).ConfigureAwait(false);
        if (role is null)
        {
            return false;
        }

        var pipeline = new IngestPipeline(store);
        using var http = SafeHttp.CreateClient();
        var state = ArticleStores.WatchState(store);
        var watcher = new FeedWatcher(http, new InputReader(), state, async (documents, token) =>
        {
            foreach (var document in documents)
            {
                // Process throws for a document with no text left; the watcher names the entry and goes on.
                await _queue.EnqueuePreparedAsync(document.Source, [pipeline.Process(document, DateTimeOffset.UtcNow)], token).ConfigureAwait(false);
            }
        }, options.Watch, TimeProvider.System);
        void Report(PollResult result)
        {
            if (result.Error is not null || result.NewDocuments.Count > 0)
            {
                log($"{options.Name}: {result.FeedUrl}: {(result.Error is { } error ? $"failed: {error}" : $"{result.NewDocuments.Count} new")}");
            }

            foreach (var entryError in result.EntryErrors)
            {
                log($"{options.Name}: {result.FeedUrl}: {entryError}");
            }
        }

        if (options.Once)
        {
            foreach (var url in options.Feeds)
            {
                // Only feeds that are due: a worker that polled a moment ago has set when the next poll is.
                if (await state.GetFeedAsync(url, cancellationToken).ConfigureAwait(false) is not { } feed || feed.NextPollAt <= DateTimeOffset.UtcNow)
                {
                    Report(await watcher.PollAsync(url, cancellationToken).ConfigureAwait(false));
                }
            }

            return true;
        }

        // Polling stops when the role's session is lost: another worker may have taken the role over.
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, role.Lost);
        await watcher.RunAsync(options.Feeds, Report, lost.Token).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return true;
    }

    private async Task PrepareLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var prepared = await RetryingAsync(() => _preparer.PrepareAsync(4, cancellationToken), cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref _inputsPrepared, prepared);
            if (prepared > 0)
            {
                continue;
            }

            if (options.Once && await IsDoneAsync(jobs: false, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(options.Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AssignLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var held = await RetryingAsync(() => Assigner.RunAsync(options.Once, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (held)
            {
                log($"{options.Name}: story assigner role released after {Assigner.InputsAssigned} inputs");
            }

            if (options.Once && await IsDoneAsync(jobs: false, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(options.TakeoverInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task JobLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            // Search vectors are built here, by any worker, not in the assigner's transaction (see PostgresArticleStore.Search.cs);
            // so are the staged rows of placed inputs deleted (PostgresArticleStore.Staged.cs).
            if (await RetryingAsync(() => store.IndexSearchAsync(PostgresArticleStore.SearchIndexBatch, cancellationToken), cancellationToken).ConfigureAwait(false) > 0
                || await RetryingAsync(() => store.PruneStagedAsync(PostgresArticleStore.PruneBatch, cancellationToken), cancellationToken).ConfigureAwait(false) > 0
                || await RetryingAsync(() => _jobs.RunNextAsync(cancellationToken), cancellationToken).ConfigureAwait(false) > 0)
            {
                continue;
            }

            if (options.Once && await IsDoneAsync(jobs: true, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(options.Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> IsDoneAsync(bool jobs, CancellationToken cancellationToken)
    {
        var state = await RetryingAsync(() => _queue.StateAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        return jobs ? state.IsDrained : state.WaitingInputs == 0;
    }

    /// <summary>Runs a step until it completes, waiting out database outages; the step's own transaction makes a retry safe.</summary>
    private async Task<T> RetryingAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken)
    {
        var failures = 0;
        var faults = 0;
        while (true)
        {
            try
            {
                return await step().ConfigureAwait(false);
            }
            catch (Exception e) when (!IsTransient(e) && Failures.IsRecoverable(e) && !cancellationToken.IsCancellationRequested)
            {
                // Inputs and stories are isolated inside each step, so this is a fault of the step itself: never
                // silent, never the end of a long-running worker.
                log($"{options.Name}: {Failures.Describe(e)}; retrying");
                if (++faults >= MaxStepFaults && options.Once)
                {
                    throw;
                }

                await Task.Delay(options.Poll * 5 * Math.Min(faults, 20), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                // Npgsql's messages name host and user, never the password.
                if (failures++ % 20 == 0)
                {
                    log($"{options.Name}: database unavailable ({e.Message}); retrying");
                }

                store.DataSource.Clear();
                await Task.Delay(options.Poll * 5, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsTransient(Exception e) =>
        e is NpgsqlException or TimeoutException or IOException or System.Net.Sockets.SocketException
        || (e is InvalidOperationException && e.InnerException is not null && IsTransient(e.InnerException));
}
