using System.Diagnostics;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Storage;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// The stateless, parallel part of the work: reads, cleans and assembles queued inputs and leaves the
/// articles beside the input for the story assigner, with everything placing them reads of their text
/// (<see cref="PlacementFeatures"/>), so that the one assigner does not tokenise or hash. Inputs are claimed (<see cref="IInputQueue.PrepareAsync"/>), so
/// workers never read the same input at once; a worker that dies releases its claim.
/// </summary>
/// <param name="reader">Reads and cleans (it stores nothing here).</param>
public sealed class InputPreparer(IInputQueue queue, IngestPipeline reader)
{
    /// <summary>One per thread: it keeps buffers, and this preparer reads on its loop and for the assigner at once.</summary>
    [ThreadStatic]
    private static PlacementFeaturizer? t_featurizer;

    private readonly IngestPipeline _pipeline = reader;

    public InputPreparer(PostgresArticleStore store, string workerName) : this(new PostgresInputQueue(store, workerName), new IngestPipeline(store))
    {
    }

    /// <summary>Time spent per stage (read, clean, assemble, placement features) by this preparer.</summary>
    public StageTimings Timings => _pipeline.Timings;

    /// <summary>Prepares up to <paramref name="count"/> unread inputs, oldest first; returns how many it prepared.</summary>
    public Task<int> PrepareAsync(int count, CancellationToken cancellationToken) =>
        queue.PrepareAsync(count, seq: null, (source, content) => Read(source, content, cancellationToken), cancellationToken);

    /// <summary>Prepares the input <paramref name="seq"/> unless it is prepared or another worker is preparing it; true if it did.</summary>
    public async Task<bool> PrepareOneAsync(long seq, CancellationToken cancellationToken) =>
        await queue.PrepareAsync(1, seq, (source, content) => Read(source, content, cancellationToken), cancellationToken).ConfigureAwait(false) == 1;

    private PreparedInput Read(string source, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var (articles, errors) = _pipeline.ReadInput(stream, source, cancellationToken);
            // The queue keeps one error per input: several (bad lines of one file) are listed in it, each named.
            var error = errors.Count switch
            {
                0 => null,
                1 => errors[0],
                _ => new InputError(source, $"{errors.Count} items could not be read:\n" + string.Join("\n", errors.Select(e => $"{e.Source}: {e.Message}"))),
            };
            var start = Stopwatch.GetTimestamp();
            var featurizer = t_featurizer ??= new PlacementFeaturizer();
            var placements = new PlacementFeatures[articles.Count];
            for (var i = 0; i < placements.Length; i++)
            {
                placements[i] = featurizer.Compute(articles[i]);
            }

            _pipeline.Timings.Add("placement", Stopwatch.GetTimestamp() - start);
            return new PreparedInput(articles, error?.Source, error?.Message) { Placements = placements };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An input that breaks the reader must not stop every worker in turn: it is recorded and passed over.
            return new PreparedInput([], source, $"could not be read: {e.GetType().Name}: {e.Message}");
        }
    }
}
