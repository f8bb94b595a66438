using Corroborate.Reporting;
using System.CommandLine;
using Corroborate.Cli.Configuration;
using Corroborate.Cli.Serve;
using Corroborate.Storage;
using Microsoft.Extensions.Hosting;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate serve [--urls URL] [--token T]</c>: the JSON API and the web page over the store, until Ctrl-C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var database = CommonOptions.Database();
        var gazetteer = CommonOptions.Gazetteer();
        var dictionaries = EventsCommand.Dictionaries();
        // No DefaultValueFactory on these: a default would hide the environment and corroborate.json behind it.
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where to listen, ';'-separated (default: $CORROBORATE_URLS, else serve.urls or serve.port in corroborate.json, else {ServeOptions.DefaultUrl}: this machine only).",
        };
        var token = new Option<string?>("--token") { Description = $"Bearer token for writes (also ${ServeOptions.TokenEnvironmentVariable}); required beyond loopback." };
        var maxBody = new Option<long?>("--max-body") { Description = $"Largest request body in bytes (default: serve.maxBody in corroborate.json, else {ServeOptions.DefaultMaxBodyBytes})." };
        var logs = new Option<string?>("--log-format") { Description = "Log on standard error as text (a line per entry) or json (an object per line) (default: $CORROBORATE_LOG_FORMAT, else serve.logFormat in corroborate.json, else text)." };
        logs.AcceptOnlyFromAmong([.. ServeLogging.Formats]);
        var level = new Option<string?>("--log-level")
        {
            Description = "Least severe log entry written: debug, information (a request log entry per request), warning (no request log) or error (default: $CORROBORATE_LOG_LEVEL, else serve.logLevel in corroborate.json, else information).",
        };
        level.AcceptOnlyFromAmong([.. ServeLogging.Levels.Keys]);
        var command = new Command("serve", "Serve the stories: a JSON API (OpenAPI at /openapi.json), a web page, /healthz and Prometheus /metrics, on loopback by default.")
        {
            database, urls, token, maxBody, gazetteer, dictionaries, logs, level,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = CliSettings.Current;
            var file = settings.File.Serve;
            var listen = settings.Resolve(parsed.GetValue(urls), "CORROBORATE_URLS", file.Urls ?? (file.Port is { } port ? $"http://127.0.0.1:{port}" : null), ServeOptions.DefaultUrl);
            // The token is a secret: from the flag or the environment, never from a file that may be committed.
            var options = new ServeOptions(
                listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                parsed.GetValue(token) ?? settings.Environment(ServeOptions.TokenEnvironmentVariable),
                parsed.GetValue(maxBody) ?? file.MaxBody ?? ServeOptions.DefaultMaxBodyBytes)
            {
                LogFormat = settings.Resolve(parsed.GetValue(logs), "CORROBORATE_LOG_FORMAT", file.LogFormat, "text"),
            };
            var levelName = settings.Resolve(parsed.GetValue(level), "CORROBORATE_LOG_LEVEL", file.LogLevel, "information");
            if (!ServeLogging.Levels.TryGetValue(levelName, out var minimum))
            {
                await console.Error.WriteLineAsync($"corroborate serve: refusing to start: log level '{levelName}' is not one of {string.Join(", ", ServeLogging.Levels.Keys)}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (options.Problem() is { } problem)
            {
                await console.Error.WriteLineAsync($"corroborate serve: refusing to start: {problem}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            // SQLite by default; a postgres:// location serves from the store the workers share.
            var store = await ArticleStores.OpenAsync(StoreLocation.Resolve(parsed.GetValue(database)), cancellationToken).ConfigureAwait(false);
            await using var catalog = await StoryCatalog.OpenAsync(store, CommonOptions.Analyzer(parsed.GetValue(gazetteer), parsed.GetValue(dictionaries)), ownsStore: true, cancellationToken).ConfigureAwait(false);
            // Information: one request-log entry per request from our categories; ASP.NET Core's stay at Warning.
            var (host, addresses) = await CorroborateServer.StartAsync(catalog, options, minimum, cancellationToken).ConfigureAwait(false);
            using (host)
            {
                await console.Error.WriteLineAsync($"corroborate serve: {Counts.Of(catalog.Current.ById.Count, "story")}, {Counts.Of(catalog.Current.Articles.Count, "article")}; listening on {string.Join(", ", addresses)} (Ctrl-C stops)").ConfigureAwait(false);
                await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
