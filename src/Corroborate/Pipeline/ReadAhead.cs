using System.Collections.Concurrent;

namespace Corroborate.Pipeline;

/// <summary>
/// Enumerates a sequence on a thread of its own, at most a bounded number of items ahead of the consumer, so that
/// producing (reading and cleaning articles on every core) and consuming (placing and storing them, one at a time in
/// arrival order) overlap instead of taking turns. The consumer sees the same items in the same order and, where the
/// source throws, the items before it and then the same exception, as enumerating the source itself would give.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(Func<CancellationToken, IEnumerable<T>> source, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return Iterate(source, capacity, cancellationToken);
    }

    private static IEnumerable<T> Iterate<T>(Func<CancellationToken, IEnumerable<T>> source, int capacity, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<T>(capacity);
        // Not started with the token: a producer that never ran would never complete the queue, and the consumer would wait forever.
        var producer = Task.Factory.StartNew(() => Produce(source, queue, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var drained = false;
        try
        {
            // Ends when the producer completes the queue, which it does however it ends (cancelled included).
            foreach (var item in queue.GetConsumingEnumerable(CancellationToken.None))
            {
                yield return item;
            }

            drained = true;
        }
        finally
        {
            if (!drained)
            {
                // The consumer left early (it threw, or stopped enumerating): the producer's next Add gives up.
                stop.Cancel();
            }

            // The source is disposed by the producer: wait for it before the queue goes, without throwing from a finally.
            Task.WaitAny([producer], CancellationToken.None);
        }

        // The source's own exception (or cancellation), after every item produced before it.
        producer.GetAwaiter().GetResult();
    }

    private static void Produce<T>(Func<CancellationToken, IEnumerable<T>> source, BlockingCollection<T> queue, CancellationToken stop)
    {
        try
        {
            foreach (var item in source(stop))
            {
                queue.Add(item, stop);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }
}
