namespace Corroborate.Corroboration.Stance;

/// <summary>
/// One boosted tree as parallel arrays: node i tests <c>features[Feature[i]] &lt;= Threshold[i]</c> and goes to
/// Left[i] or Right[i]; a node with Feature -1 is a leaf returning Value[i].
/// </summary>
internal sealed class RegressionTree(int[] feature, float[] threshold, int[] left, int[] right, float[] value)
{
    public int NodeCount => feature.Length;

    public float Predict(ReadOnlySpan<float> features)
    {
        var node = 0;
        while (feature[node] >= 0)
        {
            node = features[feature[node]] <= threshold[node] ? left[node] : right[node];
        }

        return value[node];
    }

    /// <summary>Appends this tree's nodes to <paramref name="nodes"/>, children shifted to absolute indices; a leaf carries its value as threshold.</summary>
    public void AppendTo(List<FlatTreeNode> nodes)
    {
        var offset = nodes.Count;
        for (var i = 0; i < feature.Length; i++)
        {
            nodes.Add(feature[i] >= 0
                ? new FlatTreeNode(feature[i], threshold[i], offset + left[i], offset + right[i])
                : new FlatTreeNode(-1, value[i], -1, -1));
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(feature.Length);
        for (var i = 0; i < feature.Length; i++)
        {
            writer.Write((short)feature[i]);
            if (feature[i] >= 0)
            {
                writer.Write(threshold[i]);
                writer.Write((short)left[i]);
                writer.Write((short)right[i]);
            }
            else
            {
                writer.Write(value[i]);
            }
        }
    }

    public static RegressionTree Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var feature = new int[count];
        var threshold = new float[count];
        var left = new int[count];
        var right = new int[count];
        var value = new float[count];
        for (var i = 0; i < count; i++)
        {
            feature[i] = reader.ReadInt16();
            if (feature[i] >= 0)
            {
                threshold[i] = reader.ReadSingle();
                left[i] = reader.ReadInt16();
                right[i] = reader.ReadInt16();
            }
            else
            {
                value[i] = reader.ReadSingle();
            }
        }

        return new RegressionTree(feature, threshold, left, right, value);
    }
}
