using Corroborate.Clustering;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Clustering;

public sealed class WeightTableTests
{
    [Fact]
    public void Any_sequence_of_sets_and_removals_leaves_the_weights_a_dictionary_holds()
    {
        // Few distinct ids, so ids collide, removals hit runs and the table grows while entries come and go.
        var operation = Gen.Zip(Gen.Zip(Gen.Choose(0, 2), Gen.Choose(0, 300)), Gen.Choose(-1000, 1000)).Select(t => (Kind: t.Item1.Item1, Id: t.Item1.Item2, Weight: t.Item2));
        Prop.ForAll(Gen.ListOf(operation).ToArbitrary(), operations =>
        {
            var table = new WeightTable();
            var expected = new Dictionary<int, float>();
            foreach (var (kind, id, weight) in operations)
            {
                var key = kind == 2 ? id * 64 : id;
                if (kind == 0 || kind == 2)
                {
                    table.Set(key, weight / 7f);
                    expected[key] = weight / 7f;
                }
                else
                {
                    table.Remove(key);
                    expected.Remove(key);
                }
            }

            return Enumerable.Range(0, 301).SelectMany(i => new[] { i, i * 64 }).All(key =>
                table.TryGetValue(key, out var found) == expected.TryGetValue(key, out var weight) && found == weight);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void A_cleared_table_holds_nothing_and_takes_weights_again()
    {
        var table = new WeightTable();
        table.Set(5, 0.5f);
        table.Clear();

        Assert.False(table.TryGetValue(5, out _));
        table.Set(5, 0.25f);
        Assert.True(table.TryGetValue(5, out var weight));
        Assert.Equal(0.25f, weight);
    }
}
