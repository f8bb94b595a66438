using System.Diagnostics.Metrics;
using Corroborate.Pipeline.Workers;

namespace Corroborate.Cli.Serve;

/// <summary>
/// The server's own instruments (meter "Corroborate"), exported with ASP.NET Core's request durations at
/// <c>/metrics</c> in Prometheus text. Every instrument is observed at scrape time from counters the
/// catalog keeps anyway, so serving a request pays nothing for them. The queue depth of a shared
/// PostgreSQL store is the last figure the health probe read (see <see cref="StoreMonitor"/>).
/// </summary>
internal sealed class ServeMetrics : IDisposable
{
    public const string MeterName = "Corroborate";

    private readonly Meter _meter;
    private QueueState? _queue;

    public ServeMetrics(IMeterFactory meters, StoryCatalog catalog)
    {
        _meter = meters.Create(MeterName);
        _meter.CreateObservableCounter("corroborate.articles.read", () => catalog.ArticlesRead, "{article}", "Articles read from documents posted to this server.");
        _meter.CreateObservableGauge("corroborate.articles.stored", () => catalog.Current.Articles.Count, "{article}", "Articles in the store.");
        _meter.CreateObservableGauge("corroborate.stories", () => catalog.Current.ById.Count, "{story}", "Stories in the store.");
        _meter.CreateObservableCounter("corroborate.stage.duration", () => catalog.Timings.Totals.Select(t =>
            new Measurement<double>(t.Value.TotalSeconds, new KeyValuePair<string, object?>("stage", t.Key))), "s", "Time spent in each ingest stage on articles posted to this server.");
        _meter.CreateObservableGauge("corroborate.queue.depth", QueueDepth, "{item}", "Shared PostgreSQL store: inputs not yet in stories, of them not yet read, and story report jobs waiting.");
    }

    /// <summary>Called by the health probe with what it read from a shared store.</summary>
    public void Observe(QueueState? queue) => Volatile.Write(ref _queue, queue);

    private IEnumerable<Measurement<long>> QueueDepth()
    {
        if (Volatile.Read(ref _queue) is not { } queue)
        {
            yield break;
        }

        yield return new(queue.WaitingInputs, new KeyValuePair<string, object?>("state", "waiting_inputs"));
        yield return new(queue.UnreadInputs, new KeyValuePair<string, object?>("state", "unread_inputs"));
        yield return new(queue.WaitingJobs, new KeyValuePair<string, object?>("state", "waiting_jobs"));
    }

    public void Dispose() => _meter.Dispose();
}
