using Corroborate.Corroboration.Stance;

namespace Corroborate.Tests.Corroboration.Stance;

public sealed class GradientBoostedTreesTests
{
    /// <summary>Three classes by quadrant of two informative features, with a noise feature the trees must ignore.</summary>
    private static (float[][] Rows, int[] Labels) Quadrants(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new float[count][];
        var labels = new int[count];
        for (var i = 0; i < count; i++)
        {
            var x = random.NextSingle() * 2 - 1;
            var y = random.NextSingle() * 2 - 1;
            rows[i] = [x, y, random.NextSingle()];
            labels[i] = x < 0 ? 0 : y < 0 ? 1 : 2;
        }

        return (rows, labels);
    }

    [Fact]
    public void Learns_a_separable_problem_and_generalises_to_fresh_points()
    {
        var (rows, labels) = Quadrants(600, 1);
        var options = new GradientBoostingOptions { Rounds = 30, MaxDepth = 3, Bins = 32 };
        var model = GradientBoostedTrees.Train(rows, labels, Enumerable.Repeat(1f, rows.Length).ToArray(), 3, options);

        var (test, truth) = Quadrants(300, 2);
        var correct = 0;
        Span<float> p = stackalloc float[3];
        for (var i = 0; i < test.Length; i++)
        {
            model.PredictProbabilities(test[i], p);
            Assert.Equal(1f, p[0] + p[1] + p[2], 4);
            var best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            correct += best == truth[i] ? 1 : 0;
        }

        Assert.True(correct >= 285, $"{correct}/300 correct");
    }

    [Fact]
    public void Training_is_deterministic_and_survives_a_write_read_round_trip()
    {
        var (rows, labels) = Quadrants(200, 3);
        var weights = Enumerable.Repeat(1f, rows.Length).ToArray();
        var options = new GradientBoostingOptions { Rounds = 10, MaxDepth = 4 };
        var first = GradientBoostedTrees.Train(rows, labels, weights, 3, options);
        var second = GradientBoostedTrees.Train(rows, labels, weights, 3, options);

        var bytes = Serialize(first);
        Assert.Equal(bytes, Serialize(second));
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var read = GradientBoostedTrees.Read(reader);
        Span<float> expected = stackalloc float[3];
        Span<float> actual = stackalloc float[3];
        foreach (var row in rows.Take(20))
        {
            first.PredictProbabilities(row, expected);
            read.PredictProbabilities(row, actual);
            Assert.True(expected.SequenceEqual(actual));
        }
    }

    [Fact]
    public void Class_weights_pull_predictions_toward_a_rare_class()
    {
        // Feature 0 only partly separates: the rare class 1 lives at x > 0.8, mixed with class 0 there.
        var random = new Random(4);
        var rows = new List<float[]>();
        var labels = new List<int>();
        for (var i = 0; i < 1000; i++)
        {
            var x = random.NextSingle();
            rows.Add([x]);
            labels.Add(x > 0.8f && random.NextSingle() < 0.3f ? 1 : 0);
        }

        var options = new GradientBoostingOptions { Rounds = 20, MaxDepth = 2 };
        var plain = GradientBoostedTrees.Train(rows, labels.ToArray(), labels.Select(_ => 1f).ToArray(), 2, options);
        var weighted = GradientBoostedTrees.Train(rows, labels.ToArray(), labels.Select(l => l == 1 ? 5f : 1f).ToArray(), 2, options);

        Span<float> p = stackalloc float[2];
        plain.PredictProbabilities([0.9f], p);
        var plainRare = p[1];
        weighted.PredictProbabilities([0.9f], p);
        Assert.True(plainRare < 0.5f && p[1] > 0.5f, $"rare-class probability {plainRare} unweighted, {p[1]} weighted");
    }

    private static byte[] Serialize(GradientBoostedTrees model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        return stream.ToArray();
    }
}
