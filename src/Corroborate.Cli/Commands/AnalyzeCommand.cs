using System.CommandLine;
using Corroborate.Reporting;
using System.Collections.Immutable;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate analyze PATH… [--format json|markdown]</c>: one-shot analysis in an in-memory store.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("markdown", "json");
        var quiet = CommonOptions.Quiet();
        var gazetteer = CommonOptions.Gazetteer();
        var command = new Command("analyze", "Analyse articles in memory and print the report (nothing is stored).") { paths, format, quiet, gazetteer };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await SqliteArticleStore.OpenAsync(":memory:", cancellationToken).ConfigureAwait(false);
            var extractor = CommonOptions.Extractor(parsed.GetValue(gazetteer));
            var (result, pipeline) = await IngestRunner.RunAsync(parsed.GetValue(paths)!, store, console, parsed.GetValue(quiet), cancellationToken).ConfigureAwait(false);
            var unique = result.Articles.DistinctBy(a => a.ContentHash).ToImmutableArray();
            var byId = unique.ToDictionary(a => a.Id, StringComparer.Ordinal);
            var report = new AnalysisReport(unique, result.Errors) { Stories = StoryReports.Build(pipeline.Stories.Stories(), byId, extractor) };
            if (parsed.GetValue(format) == "json")
            {
                await using var output = console.OpenStandardOutput();
                JsonReportWriter.Write(output, report);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync().ConfigureAwait(false);
            }
            else
            {
                MarkdownReportWriter.Write(console.Out, report);
            }

            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return result.Errors.IsEmpty ? ExitCodes.Success : ExitCodes.InputsFailed;
        });
        return command;
    }
}
