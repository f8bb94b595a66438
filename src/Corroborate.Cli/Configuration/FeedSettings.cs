using Corroborate.Cli.Commands;

namespace Corroborate.Cli.Configuration;

/// <summary>Feeds and poll interval for <c>watch</c> and <c>worker</c>, by the precedence of <see cref="CliSettings"/>.</summary>
internal static class FeedSettings
{
    public const string FeedsVariable = "CORROBORATE_FEEDS";

    public const string IntervalVariable = "CORROBORATE_INTERVAL";

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(10);

    /// <summary>The URLs named on the command line, else $CORROBORATE_FEEDS (space-separated), else the file's feeds.</summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string>? named)
    {
        if (named is { Count: > 0 })
        {
            return named;
        }

        var settings = CliSettings.Current;
        return settings.Environment(FeedsVariable) is { } listed
            ? listed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            : settings.File.Feeds;
    }

    public static string? FirstInvalid(IEnumerable<string> urls) =>
        urls.FirstOrDefault(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"));

    /// <summary>The flag's interval, else $CORROBORATE_INTERVAL, else the file's, else 10 minutes; false with the text when it is not a duration.</summary>
    public static bool TryInterval(string? flag, out TimeSpan interval, out string text)
    {
        var settings = CliSettings.Current;
        text = settings.Resolve(flag, IntervalVariable, settings.File.Interval, "10m");
        return WatchCommand.TryParseInterval(text, out interval);
    }
}
