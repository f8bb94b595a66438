using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corroborate.Cli.Serve;

/// <summary>
/// Probes a shared PostgreSQL store every <see cref="Interval"/> so that the queue-depth gauge moves between
/// scrapes without a scrape waiting on the database. A SQLite store has no queue: nothing runs.
/// </summary>
internal sealed partial class StoreMonitor(StoryCatalog catalog, ServeMetrics metrics, ILogger<StoreMonitor> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (catalog.Store is not Storage.PostgresArticleStore)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        var wasReachable = true;
        do
        {
            var health = await StoreHealth.CheckAsync(catalog, stoppingToken).ConfigureAwait(false);
            metrics.Observe(health.Queue);
            if (health.Reachable != wasReachable)
            {
                // Logged on a change only: a store down for an hour is one line, not 240.
                if (health.Reachable)
                {
                    LogReachable(logger, health.Store);
                }
                else
                {
                    LogUnreachable(logger, health.Store, health.Error);
                }

                wasReachable = health.Reachable;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "store {Store} reachable again")]
    private static partial void LogReachable(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Error, Message = "store {Store} unreachable: {Error}")]
    private static partial void LogUnreachable(ILogger logger, string store, string? error);
}
