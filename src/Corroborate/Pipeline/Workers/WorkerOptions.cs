using Corroborate.Ingest.Watching;

namespace Corroborate.Pipeline.Workers;

/// <summary>How one <see cref="Worker"/> runs.</summary>
public sealed record WorkerOptions
{
    /// <summary>Names the worker in the store (who prepared an input, who ran a job) and in its log.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>A folder whose files are queued, then moved under <see cref="InputQueue.QueuedFolder"/>.</summary>
    public string? Inbox { get; init; }

    /// <summary>Feeds to poll. One worker at a time polls them (an advisory lock, taken over like the assigner's).</summary>
    public IReadOnlyList<string> Feeds { get; init; } = [];

    public WatchOptions Watch { get; init; } = new();

    /// <summary>Stop once nothing is left to do, rather than waiting for more (feeds are polled once, first).</summary>
    public bool Once { get; init; }

    /// <summary>Concurrent read-and-clean loops (the stateless stage).</summary>
    public int Readers { get; init; } = Math.Max(1, Environment.ProcessorCount - 1);

    public int AssignBatchSize { get; init; } = 64;

    /// <summary>The analysis each story's report is built with (the built-in one when none is given).</summary>
    public StoryAnalyzer? Analyzer { get; init; }

    /// <summary>How long a story's report job waits before it is taken while inputs are still arriving (see <see cref="StoryJobRunner.Settle"/>).</summary>
    public TimeSpan ReportSettle { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Pause before looking again when there was nothing to do.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How often a worker that is not the assigner tries to take the role over.</summary>
    public TimeSpan TakeoverInterval { get; init; } = TimeSpan.FromSeconds(1);
}
