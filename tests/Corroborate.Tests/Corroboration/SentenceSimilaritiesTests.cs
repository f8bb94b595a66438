using Corroborate.Corroboration;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Corroboration;

/// <summary>The aligner's table of sentence similarities answers what a dictionary of the same pairs answers, and keeps their order.</summary>
public sealed class SentenceSimilaritiesTests
{
    private static bool SameAsDictionary(int seed, int count, int density)
    {
        var random = new Random(seed);
        var expected = new Dictionary<(int, int), double>();
        var order = new List<(int, int, double)>();
        for (var a = 0; a < count; a++)
        {
            for (var b = a + 1; b < count; b++)
            {
                if (random.Next(100) < density)
                {
                    var value = 0.05 + (random.NextDouble() * 0.95);
                    expected[(a, b)] = value;
                    order.Add((a, b, value));
                }
            }
        }

        // Pairs are added in an order of their own (the aligner's compared order), not sorted.
        order = [.. order.OrderBy(_ => random.Next())];
        var table = new SentenceSimilarities(order.Count);
        foreach (var (a, b, value) in order)
        {
            table.Add(a, b, value);
        }

        if (table.Count != order.Count || !table.Pairs.ToArray().SequenceEqual(order))
        {
            return false;
        }

        for (var a = 0; a < count; a++)
        {
            for (var b = 0; b < count; b++)
            {
                var want = a == b ? 1 : expected.GetValueOrDefault(a < b ? (a, b) : (b, a));
                if (BitConverter.DoubleToInt64Bits(table.Of(a, b)) != BitConverter.DoubleToInt64Bits(want))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Fact]
    public void Any_set_of_pairs_reads_as_a_dictionary_of_them_reads_in_either_order()
    {
        Prop.ForAll(Gen.Choose(0, 10_000).ToArbitrary(), Gen.Choose(1, 90).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(),
            (seed, count, density) => SameAsDictionary(seed, count, density)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_empty_table_knows_no_pair_but_a_sentence_with_itself()
    {
        var table = new SentenceSimilarities(0);
        Assert.Equal(0, table.Of(3, 7));
        Assert.Equal(1, table.Of(5, 5));
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Pairs_of_sentences_far_apart_do_not_meet_in_one_slot()
    {
        // Indices that share their low or high halves (the two halves of the packed key) are told apart.
        var table = new SentenceSimilarities(4);
        table.Add(0, 1 << 20, 0.25);
        table.Add(1 << 20, (1 << 20) + 1, 0.5);
        table.Add(1, 1 << 20, 0.75);
        Assert.Equal(0.25, table.Of(1 << 20, 0));
        Assert.Equal(0.5, table.Of(1 << 20, (1 << 20) + 1));
        Assert.Equal(0.75, table.Of(1, 1 << 20));
        Assert.Equal(0, table.Of(0, 1));
    }

    [Fact]
    public void A_table_that_let_its_order_go_still_answers_but_lists_no_pairs()
    {
        var table = new SentenceSimilarities(2);
        table.Add(2, 9, 0.5);
        table.ForgetOrder();
        Assert.Equal(0.5, table.Of(9, 2));
        Assert.Throws<InvalidOperationException>(() => table.Pairs.Length);
    }

    [Fact]
    public void A_table_on_arrays_given_back_by_another_knows_none_of_its_pairs()
    {
        // The arrays come from the shared pool: the next table of that size likely gets the same ones, with the old pairs in them.
        for (var round = 0; round < 3; round++)
        {
            var table = new SentenceSimilarities(1000);
            for (var i = 0; i < 1000; i++)
            {
                Assert.Equal(0, table.Of(i + round, i + round + 1));
            }

            for (var i = 0; i < 1000; i++)
            {
                table.Add(i, i + 1, 0.5);
            }

            Assert.Equal(0.5, table.Of(500, 501));
            table.Return();
        }
    }
}
