using System.Diagnostics;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Storage;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// The one sequential stage: placing articles in stories needs every earlier article, so exactly one worker
/// at a time assigns, in arrival order. The role is a PostgreSQL session advisory lock held on a dedicated,
/// unpooled connection; all of the assigner's writes go through that same connection, so a write can only
/// commit while its writer still holds the role. When the holder dies its connection closes, the server
/// releases the lock, and the next worker to try (every <see cref="Worker"/> tries each second) takes over
/// after rebuilding the story index from the store.
/// </summary>
public sealed class StoryAssigner(IInputQueue queue, IArticleStore store, InputPreparer preparer)
{
    public StoryAssigner(PostgresArticleStore store, InputPreparer preparer) : this(new PostgresInputQueue(store, store.Description), store, preparer)
    {
    }

    /// <summary>Inputs placed per transaction: large enough to amortise the round trips, small enough to keep a takeover's redo short.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Time spent per stage (restore, stories, store) while this worker held the role.</summary>
    public StageTimings Timings { get; } = new();

    /// <summary>Inputs this worker placed in stories (counted once committed).</summary>
    public long InputsAssigned { get; private set; }

    /// <summary>Articles placed without features from their reader (read by an older version): the assigner computed them.</summary>
    public long UnpreparedArticles { get; private set; }

    /// <summary>
    /// Takes the role if it is free and assigns until cancelled or, with <paramref name="stopWhenIdle"/>, until
    /// no input waits. Returns false at once when another worker holds the role. Any failure (the server
    /// restarting, the connection dropping) ends the run with the exception and gives the role up: the
    /// in-memory story index may then be ahead of the store, so the next run rebuilds it.
    /// </summary>
    /// <remarks>
    /// A batch's commit runs on the server while the next batch is read and placed here (wall per batch ≈ the larger of
    /// the two, not their sum). What keeps that exactly once and in arrival order: the in-memory index stays the one
    /// authority on placements (the next batch is placed on it, and counts the batch in flight's content hashes as
    /// stored); commits are sent strictly one after another, each only once the one before it has committed, so a
    /// failed commit ends the run before anything placed after it is sent, and the next assigner (or the next run,
    /// with a rebuilt index) places those inputs again, from what committed; and a rebuild of the index waits for the
    /// commit in flight.
    /// </remarks>
    public async Task<bool> RunAsync(bool stopWhenIdle, CancellationToken cancellationToken)
    {
        await using var role = await queue.TakeAssignerRoleAsync(cancellationToken).ConfigureAwait(false);
        if (role is null)
        {
            return false;
        }

        StoryClusterer? clusterer = null;
        InFlight? inFlight = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                var waiting = await role.WaitingAsync(BatchSize, after: inFlight?.Batch.Last ?? 0, cancellationToken).ConfigureAwait(false);
                Timings.Add("read", Stopwatch.GetTimestamp() - start);
                if (waiting.Count == 0)
                {
                    // Idle only once what was placed has committed too.
                    await FinishAsync(inFlight).ConfigureAwait(false);
                    inFlight = null;
                    if (stopWhenIdle)
                    {
                        break;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // Rebuilt only once there is work: a worker taking the role over an idle queue pays nothing.
                clusterer ??= await RestoreAsync(cancellationToken).ConfigureAwait(false);
                var ready = waiting.TakeWhile(w => w.Articles is not null).ToList();
                if (ready.Count == 0)
                {
                    // Arrival order: the oldest input must go first. Read it here unless a worker is reading it now.
                    if (!await preparer.PrepareOneAsync(waiting[0].Seq, cancellationToken).ConfigureAwait(false))
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }

                var placed = await PlaceAsync(role, clusterer, ready, inFlight?.Batch.Hashes, cancellationToken).ConfigureAwait(false);
                // Strict commit order: this batch is sent only once the one before it has committed (a failure ends the run here).
                await FinishAsync(inFlight).ConfigureAwait(false);
                inFlight = new InFlight(placed, CommitAsync(role, placed, cancellationToken));
                if (!placed.AllPlaced)
                {
                    // An article the index failed on may have left it half-changed: rebuild it from what is stored, once
                    // this batch has committed.
                    await FinishAsync(inFlight).ConfigureAwait(false);
                    inFlight = null;
                    clusterer = null;
                }
            }

            await FinishAsync(inFlight).ConfigureAwait(false);
            inFlight = null;
        }
        finally
        {
            if (inFlight is not null)
            {
                // Leaving on an exception: the commit in flight ends (commits whole or not at all) before the role's sessions close.
                await inFlight.Commit.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }

        return true;
    }

    /// <summary>A placed batch and its commit, running on the server.</summary>
    private sealed record InFlight(PlacedBatch Batch, Task Commit);

    /// <summary>Waits for the commit in flight, if any (its failure is this run's); the wait is the assigner's "store" time.</summary>
    private async Task FinishAsync(InFlight? inFlight)
    {
        if (inFlight is null)
        {
            return;
        }

        var start = Stopwatch.GetTimestamp();
        await inFlight.Commit.ConfigureAwait(false);
        Timings.Add("store", Stopwatch.GetTimestamp() - start);
        InputsAssigned += inFlight.Batch.Inputs.Count;
    }

    /// <summary>Sends a placed batch's commit; its whole time on the server, overlapped with the next batch, is "commit".</summary>
    private async Task CommitAsync(IAssignerRole role, PlacedBatch batch, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await role.CommitAsync(batch.Articles, batch.Changes, batch.Errors, batch.Jobs, generation: batch.Last, batch.Inputs, cancellationToken).ConfigureAwait(false);
        Timings.Add("commit", Stopwatch.GetTimestamp() - start);
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
        if (store is IStoryStore stories && !await stories.HasStoriesAsync(cancellationToken).ConfigureAwait(false))
        {
            // A store written before stories were kept: store them from the rebuilt index, once.
            await StoredStories.FillAsync(stories, clusterer.Index, assignments.Select(a => a.StoryId), cancellationToken).ConfigureAwait(false);
        }

        Timings.Add("restore", Stopwatch.GetTimestamp() - start);
        return clusterer;
    }

    /// <summary>
    /// Places the inputs' articles in stories exactly as <see cref="IngestPipeline"/> does for one process, and gathers
    /// what the batch's one transaction stores: articles, assignments, errors, report jobs and the inputs' done marks.
    /// An article the story index fails on is recorded as an input error and not stored, so it can never stop the
    /// assigner (and with it every worker waiting for its inputs); <see cref="PlacedBatch.AllPlaced"/> is false then.
    /// <paramref name="committing"/>: the content hashes of the batch whose commit is in flight, stored as far as this
    /// batch is concerned (it would have read them as stored had it waited for that commit).
    /// </summary>
    private async Task<PlacedBatch> PlaceAsync(IAssignerRole role, StoryClusterer clusterer, List<WaitingInput> inputs, IReadOnlySet<string>? committing, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        // Which articles are stored already: told by the read for staged inputs; asked, in one query, for the others.
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var unknown = inputs.Where(input => input.StoredHashes is null).SelectMany(input => input.Articles!.Select(a => a.ContentHash)).ToHashSet(StringComparer.Ordinal);
        if (unknown.Count > 0)
        {
            stored.UnionWith(await role.StoredHashesAsync(unknown, cancellationToken).ConfigureAwait(false));
        }

        foreach (var input in inputs)
        {
            if (input.StoredHashes is { } told)
            {
                stored.UnionWith(told);
            }
        }

        if (committing is not null)
        {
            stored.UnionWith(committing);
        }

        Timings.Add("hashes", Stopwatch.GetTimestamp() - start);
        var items = new List<AssignedArticle>();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var unplaced = new List<(string Source, string Message)>();
        var touched = new List<string>();
        start = Stopwatch.GetTimestamp();
        foreach (var input in inputs)
        {
            var articles = input.Articles!;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < articles.Count; i++)
            {
                var article = articles[i];
                var known = !seen.Add(article.ContentHash) || clusterer.Index.StoryOf(article.Id) is not null || stored.Contains(article.ContentHash);
                StoryAssignment? story;
                try
                {
                    // What the reader computed from the text when it did (the same placement either way).
                    story = known ? null : clusterer.Assign(article, input.Placements?[i]);
                    if (input.Placements is null)
                    {
                        UnpreparedArticles++;
                    }
                }
                catch (Exception e) when (Failures.IsRecoverable(e))
                {
                    unplaced.Add((article.Source, $"article {article.Id} could not be placed in a story: {Failures.Describe(e)}"));
                    continue;
                }

                items.Add(new AssignedArticle(input.Seq, i, input.Staged, article, story));
                hashes.Add(article.ContentHash);
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
        var changes = StoryChanges.Of(clusterer.Index, items.Select(item => item.Story));
        // A story touched early in the batch may have merged into another since: one job per current story. Each is among the
        // changed stories, whose snapshot is taken once and serves both (the store copies the job's from the stories row).
        var snapshots = changes.Changed.ToDictionary(story => story.Id, StringComparer.Ordinal);
        var jobs = touched.Select(id => clusterer.Index.Resolve(id)!.Id).Distinct(StringComparer.Ordinal)
            .Select(id => snapshots.TryGetValue(id, out var story) ? story : clusterer.Index.GetStory(id)!).ToList();
        var errors = inputs.Where(i => i.Error is not null).Select(i => (i.ErrorSource ?? "", i.Error!)).Concat(unplaced).ToList();
        Timings.Add("snapshots", Stopwatch.GetTimestamp() - start);
        return new PlacedBatch(items, changes, errors, jobs, [.. inputs.Select(i => i.Seq)], hashes, AllPlaced: unplaced.Count == 0);
    }
}
