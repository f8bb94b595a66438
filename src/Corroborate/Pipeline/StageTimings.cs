using System.Collections.Concurrent;
using System.Diagnostics;

namespace Corroborate.Pipeline;

/// <summary>Wall time spent in each pipeline stage, so throughput is measured where the work happens.</summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new();

    public T Time<T>(string stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            _ticks.AddOrUpdate(stage, Stopwatch.GetTimestamp() - start, (_, t) => t + Stopwatch.GetTimestamp() - start);
        }
    }

    public void Add(string stage, long stopwatchTicks) => _ticks.AddOrUpdate(stage, stopwatchTicks, (_, t) => t + stopwatchTicks);

    public IReadOnlyDictionary<string, TimeSpan> Totals =>
        _ticks.ToDictionary(pair => pair.Key, pair => Stopwatch.GetElapsedTime(0, pair.Value));
}
