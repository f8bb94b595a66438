using Corroborate.Reporting;
using System.CommandLine;
using Corroborate.Cli.Configuration;
using Corroborate.Pipeline.Workers;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate worker --db postgres://… [--inbox DIR] [--feeds FILE] [--once]</c>: one of several workers sharing a
/// PostgreSQL store (see docs/workers.md). Runs until Ctrl-C, or with --once until nothing is left to do.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(CliConsole console)
    {
        var database = CommonOptions.Database();
        var inbox = new Option<string?>("--inbox") { Description = "Folder to queue files from; each file is moved under DIR/.queued once queued (default: $CORROBORATE_INBOX, else worker.inbox in corroborate.json)." };
        var feeds = new Option<string?>("--feeds")
        {
            Description = "File of feed URLs to poll, one a line ('#' starts a comment; 'URL allow-private' lets an intranet feed reach its own host); one worker at a time polls them (default: $CORROBORATE_FEEDS, else feeds in corroborate.json).",
        };
        var interval = new Option<string?>("--interval") { Description = "Time between polls of a feed: 30s, 10m, 1h (default 10m, unless $CORROBORATE_INTERVAL or interval in corroborate.json says otherwise)." };
        var once = new Option<bool>("--once") { Description = "Stop when every queued input is in a story and every story report is built." };
        // No DefaultValueFactory: help would print this machine's figure ("[default: 1]") beside the rule.
        var readers = new Option<int?>("--readers") { Description = "Concurrent read-and-clean loops (default: $CORROBORATE_READERS, else worker.readers in corroborate.json, else one fewer than the CPU cores, at least 1)." };
        var name = new Option<string?>("--name") { Description = "This worker's name in the store and its log (default: host:pid)." };
        var gazetteer = CommonOptions.Gazetteer();
        var dictionaries = EventsCommand.Dictionaries();
        var quiet = CommonOptions.Quiet();
        var logs = new Option<string?>("--log-format") { Description = "Log on standard error as text (a line per entry) or json (an object per line) (default: $CORROBORATE_LOG_FORMAT, else serve.logFormat in corroborate.json, else text)." };
        logs.AcceptOnlyFromAmong([.. Serve.ServeLogging.Formats]);
        var command = new Command("worker", "Work on a shared PostgreSQL store with other workers: read, place in stories, build story reports.")
        {
            database, inbox, feeds, interval, once, readers, name, gazetteer, dictionaries, quiet, logs,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var location = StoreLocation.Resolve(parsed.GetValue(database));
            if (!PostgresLocation.IsPostgres(location))
            {
                await console.Error.WriteLineAsync($"corroborate: worker needs a PostgreSQL store (--db postgres://… or $CORROBORATE_DB), not {location}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            List<string> feedUrls = [];
            HashSet<string> allowPrivate = [];
            if (parsed.GetValue(feeds) is { } feedFile)
            {
                if (!File.Exists(feedFile))
                {
                    await console.Error.WriteLineAsync($"corroborate: --feeds {feedFile}: no such file").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                // "URL allow-private" lets an intranet feed reach its own host at a private address.
                var lines = (await File.ReadAllLinesAsync(feedFile, cancellationToken).ConfigureAwait(false))
                    .Select(line => line.Split('#')[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length > 0).ToList();
                feedUrls = [.. lines.Select(words => words[0])];
                allowPrivate = [.. lines.Where(words => words.Skip(1).Contains("allow-private", StringComparer.OrdinalIgnoreCase)).Select(words => words[0])];
                if (feedUrls.FirstOrDefault(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) is { } bad)
                {
                    await console.Error.WriteLineAsync($"corroborate: --feeds {feedFile}: '{bad}' is not an http or https URL").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }
            }

            else if (FeedSettings.Resolve(null) is { Count: > 0 } configured)
            {
                if (FeedSettings.FirstInvalid(configured) is { } bad)
                {
                    await console.Error.WriteLineAsync($"corroborate: feeds: '{bad}' is not an http or https URL").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                feedUrls = [.. configured];
            }

            if (!FeedSettings.TryInterval(parsed.GetValue(interval), out var every, out var intervalText))
            {
                await console.Error.WriteLineAsync($"corroborate: --interval: '{intervalText}' is not a duration like 30s, 10m or 1h").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var settings = CliSettings.Current;
            int? readersFromEnvironment = null;
            if (settings.Environment("CORROBORATE_READERS") is { } readersText)
            {
                if (!int.TryParse(readersText, out var count) || count < 1)
                {
                    await console.Error.WriteLineAsync($"corroborate: CORROBORATE_READERS: '{readersText}' is not a positive whole number").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                readersFromEnvironment = count;
            }

            var options = new WorkerOptions
            {
                Inbox = parsed.GetValue(inbox) ?? settings.Environment("CORROBORATE_INBOX") ?? settings.File.Worker.Inbox,
                Feeds = feedUrls,
                Watch = new Corroborate.Ingest.Watching.WatchOptions { Interval = every, AllowPrivate = allowPrivate },
                Once = parsed.GetValue(once),
                Readers = Math.Max(1, parsed.GetValue(readers) ?? readersFromEnvironment ?? settings.File.Worker.Readers ?? Environment.ProcessorCount - 1),
                Analyzer = CommonOptions.Analyzer(parsed.GetValue(gazetteer), parsed.GetValue(dictionaries)),
            };
            options = (parsed.GetValue(name) ?? settings.File.Worker.Name) is { Length: > 0 } given ? options with { Name = given } : options;
            if (options.Inbox is { } folder && !Directory.Exists(folder))
            {
                await console.Error.WriteLineAsync($"corroborate: --inbox {folder}: no such folder").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var quietly = parsed.GetValue(quiet);
            PostgresArticleStore store;
            try
            {
                store = await ArticleStores.OpenSharedAsync(location, options.Name, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreException e)
            {
                // The message names the store without its password.
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }

            await using var opened = store;
            var format = settings.Resolve(parsed.GetValue(logs), "CORROBORATE_LOG_FORMAT", settings.File.Serve.LogFormat, "text");
            if (!Serve.ServeLogging.Formats.Contains(format))
            {
                await console.Error.WriteLineAsync($"corroborate: log format '{format}' is not one of {string.Join(", ", Serve.ServeLogging.Formats)}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            using var log = new WorkerLog(console, format, quietly);
            // The library's worker logs lines that begin with its name; the log carries the name as a field.
            var prefix = options.Name + ": ";
            void Log(string line) => log.Line(options.Name, line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line);

            log.Line(options.Name, $"working on {store.Description}");
            var worker = new Worker(store, options, Log);
            await worker.RunAsync(cancellationToken).ConfigureAwait(false);
            var state = await new InputQueue(store).StateAsync(CancellationToken.None).ConfigureAwait(false);
            log.StageTimes(options.Name, worker.Preparer.Timings.Totals.Concat(worker.Assigner.Timings.Totals));
            log.Line(options.Name, $"{(cancellationToken.IsCancellationRequested ? "stopped" : "done")}; read {Counts.Of(worker.InputsPrepared, "input")}, "
                + $"placed {worker.Assigner.InputsAssigned}, ran {Counts.Of(worker.Jobs.Runs, "story job")}; waiting: {Counts.Of(state.WaitingInputs, "input")}, {Counts.Of(state.WaitingJobs, "job")}");
            return ExitCodes.Success;
        });
        return command;
    }
}
