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

    /// <summary>Inputs this worker placed in stories.</summary>
    public long InputsAssigned { get; private set; }

    /// <summary>Articles placed without features from their reader (read by an older version): the assigner computed them.</summary>
    public long UnpreparedArticles { get; private set; }

    /// <summary>
    /// Takes the role if it is free and assigns until cancelled or, with <paramref name="stopWhenIdle"/>, until
    /// no input waits. Returns false at once when another worker holds the role. Any failure (the server
    /// restarting, the connection dropping) ends the run with the exception and gives the role up: the
    /// in-memory story index may then be ahead of the store, so the next run rebuilds it.
    /// </summary>
    public async Task<bool> RunAsync(bool stopWhenIdle, CancellationToken cancellationToken)
    {
        await using var role = await queue.TakeAssignerRoleAsync(cancellationToken).ConfigureAwait(false);
        if (role is null)
        {
            return false;
        }

        StoryClusterer? clusterer = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            var waiting = await role.WaitingAsync(BatchSize, cancellationToken).ConfigureAwait(false);
            Timings.Add("read", Stopwatch.GetTimestamp() - start);
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

            if (!await AssignAsync(role, clusterer, ready, cancellationToken).ConfigureAwait(false))
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
        if (store is IStoryStore stories && !await stories.HasStoriesAsync(cancellationToken).ConfigureAwait(false))
        {
            // A store written before stories were kept: store them from the rebuilt index, once.
            await StoredStories.FillAsync(stories, clusterer.Index, assignments.Select(a => a.StoryId), cancellationToken).ConfigureAwait(false);
        }

        Timings.Add("restore", Stopwatch.GetTimestamp() - start);
        return clusterer;
    }

    /// <summary>
    /// Places the inputs' articles in stories exactly as <see cref="IngestPipeline"/> does for one process,
    /// then stores articles, assignments, errors and report jobs and marks the inputs done, in one transaction.
    /// An article the story index fails on is recorded as an input error and not stored, so it can never stop
    /// the assigner (and with it every worker waiting for its inputs); false when that happened.
    /// </summary>
    private async Task<bool> AssignAsync(IAssignerRole role, StoryClusterer clusterer, List<WaitingInput> inputs, CancellationToken cancellationToken)
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

        Timings.Add("hashes", Stopwatch.GetTimestamp() - start);
        var items = new List<AssignedArticle>();
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
        start = Stopwatch.GetTimestamp();
        await role.CommitAsync(items, changes, errors, jobs, generation: inputs[^1].Seq, [.. inputs.Select(i => i.Seq)], cancellationToken).ConfigureAwait(false);
        Timings.Add("store", Stopwatch.GetTimestamp() - start);
        return unplaced.Count == 0;
    }
}
