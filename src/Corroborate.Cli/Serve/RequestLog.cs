using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Corroborate.Cli.Serve;

/// <summary>
/// One log entry per request (category <c>Corroborate.Requests</c>) with method, path, status and
/// milliseconds as named fields, so the JSON formatter writes them as fields, not as one string. The
/// query string is left out: a search query is the reader's business, not the log's. Probes
/// (<c>/healthz</c>, <c>/metrics</c>) log at Debug so a scraper every few seconds does not drown the log.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILoggerFactory loggers)
{
    public const string Category = "Corroborate.Requests";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var path = context.Request.Path.Value ?? "/";
            var milliseconds = Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 2);
            var level = path is "/healthz" or "/metrics" ? LogLevel.Debug : LogLevel.Information;
            LogRequest(_logger, level, context.Request.Method, path, context.Response.StatusCode, milliseconds);
        }
    }

    [LoggerMessage(Message = "{Method} {Path} {Status} {ElapsedMs} ms")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string method, string path, int status, double elapsedMs);
}
