using Corroborate.Reporting;
using System.CommandLine;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate ingest PATH… [--db FILE]</c>: add articles to the persistent store.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var database = CommonOptions.Database();
        var quiet = CommonOptions.Quiet();
        var command = new Command("ingest", "Read articles into the persistent store; articles already stored are skipped.") { paths, database, quiet };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var named = parsed.GetValue(paths)!;
            if (MissingPaths(named) is { Count: > 0 } missing && missing.Count == named.Length)
            {
                // Nothing to read: say so before a store is created for nothing.
                foreach (var path in missing)
                {
                    await console.Error.WriteLineAsync($"corroborate: {path}: no such file or folder").ConfigureAwait(false);
                }

                return ExitCodes.InputsFailed;
            }

            var location = StoreLocation.Resolve(parsed.GetValue(database));
            await using var store = await ArticleStores.OpenAsync(location, cancellationToken).ConfigureAwait(false);
            var (result, pipeline) = await IngestRunner.RunAsync(named, store, console, parsed.GetValue(quiet), cancellationToken).ConfigureAwait(false);
            if (!parsed.GetValue(quiet))
            {
                var total = await store.CountAsync(cancellationToken).ConfigureAwait(false);
                await console.Error.WriteLineAsync(
                    $"{Counts.Of(result.Read, "article")} read, {result.Added} new, {result.Read - result.Added} already stored, {Counts.Of(result.Errors.Length, "input")} failed; {Counts.Of(total, "article")} in {Counts.Of(pipeline.Stories.Count, "story")} in {ArticleStores.Describe(location)}").ConfigureAwait(false);
            }

            return result.Errors.IsEmpty ? ExitCodes.Success : ExitCodes.InputsFailed;
        });
        return command;
    }

    /// <summary>Named paths that are neither a file, a folder nor standard input.</summary>
    internal static List<string> MissingPaths(IEnumerable<string> paths) =>
        [.. paths.Where(p => p != "-" && !File.Exists(p) && !Directory.Exists(p))];
}
