using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Corroborate.Cli.Serve;

/// <summary>
/// The server's log, on standard error so that standard output stays free: "text" is one line per entry
/// for a person, "json" one JSON object per line (timestamp, level, category, message and each named
/// field under "State") for a log collector. Our own categories log from <c>minimum</c>; ASP.NET Core's
/// and others' from Warning, so a request is one entry, not five.
/// </summary>
internal static class ServeLogging
{
    public static readonly IReadOnlyList<string> Formats = ["text", "json"];

    /// <summary>The levels an operator may choose, by the names they are given on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, LogLevel> Levels = new Dictionary<string, LogLevel>(StringComparer.Ordinal)
    {
        ["debug"] = LogLevel.Debug,
        ["information"] = LogLevel.Information,
        ["warning"] = LogLevel.Warning,
        ["error"] = LogLevel.Error,
    };

    public static void Configure(ILoggingBuilder logging, string format, LogLevel minimum)
    {
        if (!Formats.Contains(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, $"log format must be one of {string.Join(", ", Formats)}");
        }

        logging.ClearProviders();
        logging.AddConsole(console =>
        {
            console.FormatterName = format == "json" ? ConsoleFormatterNames.Json : ConsoleFormatterNames.Simple;
            console.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        logging.AddSimpleConsole(text =>
        {
            text.SingleLine = true;
            text.TimestampFormat = "HH:mm:ss ";
        });
        logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            json.JsonWriterOptions = new JsonWriterOptions { Indented = false };
        });
        logging.SetMinimumLevel(minimum);
        logging.AddFilter("Microsoft", (LogLevel)Math.Max((int)minimum, (int)LogLevel.Warning));
        logging.AddFilter("System", (LogLevel)Math.Max((int)minimum, (int)LogLevel.Warning));
    }
}
