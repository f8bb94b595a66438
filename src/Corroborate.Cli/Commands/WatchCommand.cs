using System.CommandLine;
using System.Globalization;
using System.Net;
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
        var feeds = new Argument<string[]>("feeds") { Description = "Feed URLs (RSS, Atom or RDF).", Arity = ArgumentArity.OneOrMore };
        var interval = new Option<string>("--interval") { Description = "Time between polls of a feed: 30s, 10m, 1h.", DefaultValueFactory = _ => "10m" };
        var once = new Option<bool>("--once") { Description = "Poll each feed once and exit." };
        var noFollow = new Option<bool>("--no-follow") { Description = "Use the feed entries' own text; do not fetch their pages." };
        var database = CommonOptions.Database();
        var quiet = CommonOptions.Quiet();
        var command = new Command("watch", "Poll feeds (conditional requests, backoff on errors) and ingest new entries until stopped.")
        {
            feeds, interval, once, noFollow, database, quiet,
        };
        command.Validators.Add(result =>
        {
            if (!TryParseInterval(result.GetValue(interval)!, out _))
            {
                result.AddError($"--interval: '{result.GetValue(interval)}' is not a duration like 30s, 10m or 1h");
            }

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
            TryParseInterval(parsed.GetValue(interval)!, out var every);
            var options = new WatchOptions { Interval = every, FollowLinks = !parsed.GetValue(noFollow) };
            await using var store = await SqliteArticleStore.OpenAsync(StoreLocation.Resolve(parsed.GetValue(database)), cancellationToken).ConfigureAwait(false);
            using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, MaxAutomaticRedirections = 5 });
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Corroborate/0.1 (+feed watcher)");
            var pipeline = new IngestPipeline(store);
            var watcher = new FeedWatcher(http, new InputReader(), new SqliteWatchStateStore(store.Connection),
                (documents, token) => pipeline.IngestDocumentsAsync(documents, token), options, TimeProvider.System);
            var quietly = parsed.GetValue(quiet);
            var failed = false;
            void Report(PollResult result)
            {
                failed |= result.Error is not null;
                if (!quietly || result.Error is not null)
                {
                    var what = result.Error is { } error ? $"failed: {error}" : result.NotModified ? "not modified" : $"{result.NewDocuments.Count} new";
                    console.Error.WriteLine($"{DateTimeOffset.Now:HH:mm:ss} {result.FeedUrl}: {what}; next poll {result.NextPollAt.ToLocalTime():HH:mm:ss}");
                }
            }

            var urls = parsed.GetValue(feeds)!;
            if (parsed.GetValue(once))
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
