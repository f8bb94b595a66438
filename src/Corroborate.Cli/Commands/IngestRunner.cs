using Corroborate.Ingest;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary>Runs the pipeline over the named paths, with a progress bar only when a person is watching.</summary>
internal static class IngestRunner
{
    /// <summary>Fewer inputs than this finish before a progress bar would be worth drawing.</summary>
    private const int MinInputsForProgress = 20;

    public static async Task<(IngestResult Result, IngestPipeline Pipeline)> RunAsync(string[] paths, IArticleStore store, CliConsole console, bool quiet, CancellationToken cancellationToken)
    {
        var pipeline = await IngestPipeline.OpenAsync(store, cancellationToken).ConfigureAwait(false);
        var inputs = InputReader.ExpandPaths(paths).ToList();
        IngestResult result;
        if (!quiet && console.ErrorIsTerminal && inputs.Count >= MinInputsForProgress)
        {
            var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
            IngestResult? done = null;
            await terminal.Progress().StartAsync(async context =>
            {
                var task = context.AddTask("reading", maxValue: inputs.Count);
                pipeline.InputDone += _ => task.Increment(1);
                done = await pipeline.IngestAsync(inputs, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            result = done!;
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
}
