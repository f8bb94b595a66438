using Corroborate.Extraction;
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
    private readonly StoryJobRunner _jobs = new(store, options.Extractor ?? new StoryExtractor(), options.Name);
    private StoryAssigner? _assigner;

    public InputPreparer Preparer => _preparer;

    public StoryAssigner Assigner => _assigner ??= new StoryAssigner(store, _preparer) { BatchSize = options.AssignBatchSize };

    public StoryJobRunner Jobs => _jobs;

    private long _inputsPrepared;

    public long InputsPrepared => Interlocked.Read(ref _inputsPrepared);

    /// <summary>Works until cancelled or, with <see cref="WorkerOptions.Once"/>, until nothing is left to do.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
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

            loops.Add(AssignLoopAsync(cancellationToken));
            loops.Add(JobLoopAsync(cancellationToken));
            for (var i = 0; i < options.Readers; i++)
            {
                loops.Add(PrepareLoopAsync(cancellationToken));
            }

            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // a clean stop: every step commits whole or not at all
        }
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
            if (await RetryingAsync(() => _jobs.RunNextAsync(cancellationToken), cancellationToken).ConfigureAwait(false) > 0)
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
        while (true)
        {
            try
            {
                return await step().ConfigureAwait(false);
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
