using Corroborate.Corroboration.Stance;

namespace Corroborate.Tests.Corroboration.Stance;

/// <summary>The linear word model on bodies written for these tests.</summary>
public sealed class StanceLinearModelTests
{
    private static (int[], int, float) Row(string headline, string body, StanceLabel label) =>
        (StanceLinearModel.Features(StanceDocument.Analyze(headline), StanceDocument.Analyze(body)), (int)label, 1f);

    private static List<(int[] Features, int Label, float Weight)> Rows() =>
    [
        Row("Mayor resigns after audit", "The mayor resigned on Monday after the audit, the council confirmed.", StanceLabel.Agree),
        Row("Bridge closes for repairs", "The bridge closed for repairs on Friday, officials confirmed.", StanceLabel.Agree),
        Row("Singer dies at 40", "The report that the singer died is a hoax; her agent said she is alive and well.", StanceLabel.Disagree),
        Row("Shark seen in river", "Claims of a shark in the river are false, a hoax spread online, the wardens said.", StanceLabel.Disagree),
        Row("Zoo panda is pregnant", "The zoo panda may be pregnant, according to unconfirmed reports.", StanceLabel.Discuss),
        Row("Factory to close", "The factory could close next year, according to reports that have not been confirmed.", StanceLabel.Discuss),
    ];

    [Fact]
    public void It_learns_which_words_go_with_which_stance()
    {
        var model = StanceLinearModel.Fit(Rows(), seed: 3);
        Span<float> p = stackalloc float[StanceLinearModel.Classes];

        model.Predict(StanceLinearModel.Features(StanceDocument.Analyze("Actor arrested at airport"), StanceDocument.Analyze("The arrest story is a hoax and false, his agent said.")), p);

        Assert.Equal((int)StanceLabel.Disagree, p.IndexOf(MaxOf(p)));
        Assert.Equal(1f, p[0] + p[1] + p[2], 4);
    }

    [Fact]
    public void The_same_rows_and_seed_give_the_same_model_byte_for_byte()
    {
        static byte[] Bytes(StanceLinearModel model)
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                model.Write(writer);
            }

            return stream.ToArray();
        }

        var first = Bytes(StanceLinearModel.Fit(Rows(), seed: 3));

        Assert.Equal(first, Bytes(StanceLinearModel.Fit(Rows(), seed: 3)));
        using var reader = new BinaryReader(new MemoryStream(first));
        Assert.Equal(first, Bytes(StanceLinearModel.Read(reader)));
    }

    [Fact]
    public void No_rows_give_the_empty_model()
    {
        Assert.True(StanceLinearModel.Fit([], seed: 1).IsEmpty);
    }

    private static float MaxOf(ReadOnlySpan<float> values)
    {
        var max = values[0];
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }
}
