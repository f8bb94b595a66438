using Corroborate.Ingest;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>Runs the pipeline over the named paths, with a progress bar only when a person is watching.</summary>
internal static class IngestRunner
{
    /// <summary>Fewer inputs than this finish before a progress bar would be worth drawing.</summary>
    private const int MinInputsForProgress = 20;

    /// <summary>An input this large (a crawl's JSON Lines or WARC) gets a progress display counting its records.</summary>
    private const long MinBytesForProgress = 16L * 1024 * 1024;

    public static async Task<(IngestResult Result, IngestPipeline Pipeline)> RunAsync(string[] paths, IArticleStore store, CliConsole console, bool quiet,
        CancellationToken cancellationToken, bool keepCopies = false)
    {
        // Articles are read back from the store when needed: holding them all would grow with the input.
        var pipeline = await IngestPipeline.OpenAsync(store, cancellationToken).ConfigureAwait(false);
        pipeline.KeepArticles = false;
        pipeline.KeepCopies = keepCopies;
        var inputs = InputReader.ExpandPaths(paths).ToList();
        IngestResult result;
        if (!quiet && console.ErrorIsTerminal && (inputs.Count >= MinInputsForProgress || inputs.Sum(SizeOf) >= MinBytesForProgress))
        {
            result = await IngestProgress.On(console.StyledError).RunAsync(pipeline, inputs, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            result = await pipeline.IngestAsync(inputs, cancellationToken).ConfigureAwait(false);
        }

        foreach (var error in result.Errors)
        {
            await console.Error.WriteLineAsync($"corroborate: {error.Source}: {error.Message}").ConfigureAwait(false);
        }

        return (result, pipeline);
    }

    private static long SizeOf(string path)
    {
        try
        {
            return path != "-" && File.Exists(path) ? new FileInfo(path).Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
