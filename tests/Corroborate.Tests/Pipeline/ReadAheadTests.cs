using Corroborate.Pipeline;

namespace Corroborate.Tests.Pipeline;

public sealed class ReadAheadTests
{
    [Fact]
    public void Gives_every_item_in_order_while_holding_at_most_its_capacity_ahead()
    {
        var produced = 0;
        var consumed = 0;
        var mostAhead = 0;
        IEnumerable<int> Source(CancellationToken token)
        {
            for (var i = 0; i < 500; i++)
            {
                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        var seen = new List<int>();
        foreach (var item in ReadAhead.Of(Source, capacity: 3))
        {
            // Produced but not yet consumed: the queue (3) plus the one the producer holds while it waits to add it.
            mostAhead = Math.Max(mostAhead, Volatile.Read(ref produced) - consumed);
            seen.Add(item);
            consumed++;
            if (item % 50 == 0)
            {
                Thread.Sleep(2);
            }
        }

        Assert.Equal(Enumerable.Range(0, 500), seen);
        Assert.InRange(mostAhead, 1, 3 + 2);
    }

    [Fact]
    public void A_source_that_fails_gives_the_items_before_the_failure_then_the_same_exception()
    {
        static IEnumerable<int> Source(CancellationToken token)
        {
            yield return 1;
            yield return 2;
            throw new InvalidDataException("line 3 is broken");
        }

        var seen = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Of(Source, capacity: 8))
            {
                seen.Add(item);
            }
        });

        Assert.Equal([1, 2], seen);
        Assert.Equal("line 3 is broken", error.Message);
    }

    [Fact]
    public void A_consumer_that_stops_early_stops_the_source_and_has_it_disposed_before_it_goes_on()
    {
        var disposed = false;
        IEnumerable<int> Source(CancellationToken token)
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    if (token.IsCancellationRequested)
                    {
                        yield break;
                    }

                    yield return i;
                }
            }
            finally
            {
                disposed = true;
            }
        }

        var taken = ReadAhead.Of(Source, capacity: 2).Take(5).ToList();

        Assert.Equal([0, 1, 2, 3, 4], taken);
        Assert.True(disposed);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadAhead.Of(Source, capacity: 0));
    }

    [Fact]
    public void Cancelling_the_caller_token_ends_the_read_with_a_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        IEnumerable<int> Source(CancellationToken token)
        {
            for (var i = 0; ; i++)
            {
                token.ThrowIfCancellationRequested();
                yield return i;
            }
        }

        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var item in ReadAhead.Of(Source, capacity: 4, cancel.Token))
            {
                if (++seen == 10)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.InRange(seen, 10, 10 + 6);
    }
}
