using Corroborate.Reporting;
using System.CommandLine;
using System.Globalization;
using System.Net;
using Corroborate.Cli.Configuration;
using Corroborate.Ingest;
using Corroborate.Ingest.Watching;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate watch FEED_URL… [--interval 10m] [--once]</c>: poll feeds and ingest what is new until Ctrl-C.</summary>
internal static class WatchCommand
{
    public static Command Create(CliConsole console)
    {
        var feeds = new Argument<string[]>("feeds") { Description = "Feed URLs (RSS, Atom or RDF); default: $CORROBORATE_FEEDS (space-separated), else feeds in corroborate.json.", Arity = ArgumentArity.ZeroOrMore };
        // Parsed where it is read, so the default applies whether or not the option is given (and --help never parses it).
        var interval = new Option<TimeSpan>("--interval")
        {
            Description = "Time between polls of a feed: 30s, 10m, 1h (default 10m, unless $CORROBORATE_INTERVAL or interval in corroborate.json says otherwise).",
            DefaultValueFactory = _ => DefaultInterval,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (TryParseInterval(text, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"--interval: '{text}' is not a duration like 30s, 10m or 1h");
                return DefaultInterval;
            },
        };
        var once = new Option<bool>("--once") { Description = "Poll each feed once and exit." };
        var noFollow = new Option<bool>("--no-follow") { Description = "Use the feed entries' own text; do not fetch their pages." };
        var allowPrivate = new Option<bool>("--allow-private")
        {
            Description = "Let these feeds reach their own host at a loopback or private address (an intranet feed). Entry links elsewhere stay refused.",
        };
        var database = CommonOptions.Database();
        var quiet = CommonOptions.Quiet();
        var command = new Command("watch", "Poll feeds (conditional requests, backoff on errors) and ingest new entries until stopped.")
        {
            feeds, interval, once, noFollow, allowPrivate, database, quiet,
        };
        command.Validators.Add(result =>
        {
            foreach (var url in result.GetValue(feeds) ?? [])
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    result.AddError($"'{url}' is not an http or https URL");
                }
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (FeedSettings.Resolve(parsed.GetValue(feeds)) is not { Count: > 0 } urls)
            {
                await console.Error.WriteLineAsync("corroborate: watch needs feed URLs: name them, or set $CORROBORATE_FEEDS or feeds in corroborate.json").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (FeedSettings.FirstInvalid(urls) is { } invalid)
            {
                await console.Error.WriteLineAsync($"corroborate: '{invalid}' is not an http or https URL").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            // The flag was checked by its parser; otherwise the environment's or the file's is read here.
            var every = parsed.GetValue(interval);
            if (parsed.GetResult(interval) is not { Implicit: false } && !FeedSettings.TryInterval(null, out every, out var badInterval))
            {
                await console.Error.WriteLineAsync($"corroborate: interval: '{badInterval}' is not a duration like 30s, 10m or 1h").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var options = new WatchOptions
            {
                Interval = every,
                FollowLinks = !parsed.GetValue(noFollow),
                AllowPrivate = parsed.GetValue(allowPrivate) ? urls.ToHashSet(StringComparer.Ordinal) : [],
            };
            await using var store = await ArticleStores.OpenAsync(StoreLocation.Resolve(parsed.GetValue(database)), cancellationToken).ConfigureAwait(false);
            using var http = SafeHttp.CreateClient();
            var pipeline = new IngestPipeline(store);
            var watcher = new FeedWatcher(http, new InputReader(), ArticleStores.WatchState(store),
                (documents, token) => pipeline.IngestDocumentsAsync(documents, token), options, TimeProvider.System);
            var quietly = parsed.GetValue(quiet);
            var pollingOnce = parsed.GetValue(once);
            var failed = false;
            void Report(PollResult result)
            {
                failed |= result.Error is not null;
                if (!quietly || result.Error is not null)
                {
                    var what = result.Error is { } error ? $"failed: {error}" : result.NotModified ? "not modified" : $"{Counts.Of(result.NewDocuments.Count, "new entry", "new entries")}";
                    // With --once there is no next poll to announce.
                    var next = pollingOnce ? "" : $"; next poll {result.NextPollAt.ToLocalTime():HH:mm:ss}";
                    console.Error.WriteLine($"{DateTimeOffset.Now:HH:mm:ss} {result.FeedUrl}: {what}{next}");
                }

                failed |= result.EntryErrors.Count > 0;
                foreach (var entryError in result.EntryErrors)
                {
                    console.Error.WriteLine($"{DateTimeOffset.Now:HH:mm:ss} {result.FeedUrl}: {entryError}");
                }
            }

            if (pollingOnce)
            {
                foreach (var url in urls)
                {
                    Report(await watcher.PollAsync(url, cancellationToken).ConfigureAwait(false));
                }

                return failed ? ExitCodes.InputsFailed : ExitCodes.Success;
            }

            await watcher.RunAsync(urls, Report, cancellationToken).ConfigureAwait(false);
            await console.Error.WriteLineAsync("corroborate: stopped; everything read so far is stored").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(10);

    internal static bool TryParseInterval(string text, out TimeSpan interval)
    {
        interval = default;
        if (text.Length < 2 || !double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out interval) && interval > TimeSpan.Zero;
        }

        interval = char.ToLowerInvariant(text[^1]) switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => TimeSpan.Zero,
        };
        return interval > TimeSpan.Zero;
    }
}
