using System.Globalization;
using Corroborate.Cli.Serve;
using Microsoft.Extensions.Logging;

namespace Corroborate.Cli.Commands;

/// <summary>
/// The worker's log: "text" writes time-stamped lines on the command's error stream, as before; "json"
/// goes through Microsoft.Extensions.Logging's JSON console formatter (category <c>Corroborate.Worker</c>),
/// one object per line with the worker's name and, for stage timings, the stage and its seconds as fields.
/// </summary>
internal sealed partial class WorkerLog : IDisposable
{
    public const string Category = "Corroborate.Worker";

    private readonly CliConsole _console;
    private readonly bool _quiet;
    private readonly ILoggerFactory? _loggers;
    private readonly ILogger? _logger;

    public WorkerLog(CliConsole console, string format, bool quiet)
    {
        (_console, _quiet) = (console, quiet);
        if (format == "json")
        {
            _loggers = LoggerFactory.Create(logging => ServeLogging.Configure(logging, format, quiet ? LogLevel.Warning : LogLevel.Information));
            _logger = _loggers.CreateLogger(Category);
        }
    }

    public void Line(string worker, string message)
    {
        if (_logger is not null)
        {
            LogLine(_logger, worker, message);
        }
        else if (!_quiet)
        {
            _console.Error.WriteLine($"{DateTimeOffset.Now:HH:mm:ss} {worker}: {message}");
        }
    }

    /// <summary>Time spent in each stage this run (read, clean, assemble; restore, stories, store), slowest first.</summary>
    public void StageTimes(string worker, IEnumerable<KeyValuePair<string, TimeSpan>> totals)
    {
        // The preparer and the assigner time some stages under one name: one entry per stage.
        var merged = totals.GroupBy(t => t.Key, StringComparer.Ordinal).Select(g => (Stage: g.Key, Time: g.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Value)));
        foreach (var (stage, time) in merged.OrderByDescending(t => t.Time))
        {
            var seconds = Math.Round(time.TotalSeconds, 3);
            if (_logger is not null)
            {
                LogStage(_logger, worker, stage, seconds);
            }
            else if (!_quiet)
            {
                _console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.Now:HH:mm:ss} {worker}: stage {stage} {seconds:0.000} s"));
            }
        }
    }

    public void Dispose() => _loggers?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Worker}: {Text}")]
    private static partial void LogLine(ILogger logger, string worker, string text);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Worker}: stage {Stage} {Seconds} s")]
    private static partial void LogStage(ILogger logger, string worker, string stage, double seconds);
}
