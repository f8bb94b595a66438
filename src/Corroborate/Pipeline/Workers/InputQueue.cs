using Corroborate.Storage;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// The shared inbox of a PostgreSQL store: raw inputs in arrival order (<c>pending_inputs.seq</c>). Queuing is
/// idempotent on (source, content), so a worker that dies between queuing a file and moving it away, and
/// the worker that then queues it again, queue it once.
/// </summary>
internal sealed class InputQueue(IInputQueue queue)
{
    public InputQueue(PostgresArticleStore store) : this(new PostgresInputQueue(store, $"{Environment.MachineName}:{Environment.ProcessId}"))
    {
    }

    /// <summary>Where an inbox's queued files are moved, so no worker queues them again.</summary>
    public const string QueuedFolder = ".queued";

    /// <summary>Queues one input; false when the same source with the same content was queued before.</summary>
    public async Task<bool> EnqueueAsync(string source, byte[] content, CancellationToken cancellationToken = default) =>
        await queue.EnqueueAsync([(source, content)], cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>
    /// Queues documents that arrived other than as files (a watched feed's entries), already read and
    /// cleaned: they wait for the assigner like any read input. False when the same articles were queued before.
    /// </summary>
    public Task<bool> EnqueuePreparedAsync(string source, IReadOnlyList<Model.Article> articles, CancellationToken cancellationToken = default) =>
        queue.EnqueuePreparedAsync(source, articles, cancellationToken);

    /// <summary>
    /// Queues every file of <paramref name="inbox"/> (recursively, in path order; hidden names skipped) and
    /// moves each, once its queuing has committed, under <see cref="QueuedFolder"/>. Returns how many were new.
    /// </summary>
    public Task<int> EnqueueFolderAsync(string inbox, CancellationToken cancellationToken = default) =>
        EnqueueFilesAsync([.. InboxFiles(inbox)], file => Path.Combine(inbox, QueuedFolder, Path.GetRelativePath(inbox, file)), cancellationToken);

    /// <summary>Queues files in the order given, leaving them where they are. Returns how many were new.</summary>
    public Task<int> EnqueueFilesAsync(IReadOnlyList<string> files, CancellationToken cancellationToken = default) =>
        EnqueueFilesAsync(files, moveTo: null, cancellationToken);

    /// <summary>Files per transaction: one commit (one disk flush) per file would cap queuing at the disk's flush rate.</summary>
    private const int FilesPerCommit = 32;

    private async Task<int> EnqueueFilesAsync(IReadOnlyList<string> files, Func<string, string>? moveTo, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var chunk in files.Chunk(FilesPerCommit))
        {
            var read = new List<(string File, byte[] Content)>();
            foreach (var file in chunk)
            {
                try
                {
                    read.Add((file, await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false)));
                }
                catch (FileNotFoundException)
                {
                    // another worker sharing the inbox queued and moved it first
                }
            }

            if (read.Count == 0)
            {
                continue;
            }

            queued += await queue.EnqueueAsync(read, cancellationToken).ConfigureAwait(false);

            if (moveTo is null)
            {
                continue;
            }

            foreach (var (file, _) in read)
            {
                var target = moveTo(file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try
                {
                    File.Move(file, target, overwrite: true);
                }
                catch (FileNotFoundException)
                {
                    // moved by another worker
                }
            }
        }

        return queued;
    }

    /// <summary>The files an inbox holds, in the order <see cref="Ingest.InputReader.ExpandPaths"/> gives a folder's files.</summary>
    public static IEnumerable<string> InboxFiles(string inbox) =>
        Directory.Exists(inbox)
            ? Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(inbox, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal)
            : [];

    /// <summary>What is left to do: inputs not yet in stories, of them not yet read, and report jobs waiting.</summary>
    public async Task<QueueState> StateAsync(CancellationToken cancellationToken = default)
    {
        var counts = await queue.CountsAsync(cancellationToken).ConfigureAwait(false);
        return new QueueState(counts.WaitingInputs, counts.UnreadInputs, counts.WaitingJobs);
    }
}
