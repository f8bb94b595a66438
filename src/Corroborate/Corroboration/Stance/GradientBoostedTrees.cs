namespace Corroborate.Corroboration.Stance;

/// <summary>
/// Multi-class gradient-boosted decision trees with a softmax loss: each round fits one regression tree per
/// class to the gradient and hessian of the log loss (second-order leaves, L2 penalty), splitting on per-feature
/// quantile histograms. Training is single-threaded with a seeded row sampler, so the same data gives the same
/// model, byte for byte.
/// </summary>
internal sealed class GradientBoostedTrees
{
    private readonly RegressionTree[] _trees;
    private readonly float[] _baseScores;

    // The same trees as one array (FlatTreeNode) and each tree's root in it: what prediction walks.
    private readonly FlatTreeNode[] _nodes;
    private readonly int[] _roots;

    private GradientBoostedTrees(int featureCount, float[] baseScores, RegressionTree[] trees)
    {
        FeatureCount = featureCount;
        _baseScores = baseScores;
        _trees = trees;
        var nodes = new List<FlatTreeNode>();
        _roots = new int[trees.Length];
        for (var t = 0; t < trees.Length; t++)
        {
            _roots[t] = nodes.Count;
            trees[t].AppendTo(nodes);
        }

        _nodes = [.. nodes];
    }

    public int ClassCount => _baseScores.Length;

    public int FeatureCount { get; }

    public int TreeCount => _trees.Length;

    public void PredictProbabilities(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        var k = ClassCount;
        _baseScores.CopyTo(probabilities);
        var nodes = _nodes;
        var roots = _roots;
        var klass = 0;
        for (var t = 0; t < roots.Length; t++)
        {
            // The same leaf values added to the same class in the same order as tree by tree: the same floats.
            ref readonly var node = ref nodes[roots[t]];
            while (node.Feature >= 0)
            {
                node = ref nodes[features[node.Feature] <= node.Threshold ? node.Left : node.Right];
            }

            probabilities[klass] += node.Threshold;
            if (++klass == k)
            {
                klass = 0;
            }
        }

        Softmax(probabilities[..k]);
    }

    public static GradientBoostedTrees Train(IReadOnlyList<float[]> rows, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, int classCount, GradientBoostingOptions options)
    {
        var n = rows.Count;
        if (n == 0)
        {
            throw new ArgumentException("no training pairs (a fold held out every body: use fewer folds or more bodies)", nameof(rows));
        }

        var featureCount = rows[0].Length;
        var thresholds = new float[featureCount][];
        var bins = new byte[featureCount][];
        for (var f = 0; f < featureCount; f++)
        {
            thresholds[f] = CutPoints(rows, f, Math.Clamp(options.Bins, 2, 256));
            bins[f] = new byte[n];
            for (var i = 0; i < n; i++)
            {
                bins[f][i] = (byte)BinOf(thresholds[f], rows[i][f]);
            }
        }

        var priors = new double[classCount];
        for (var i = 0; i < n; i++)
        {
            priors[labels[i]] += weights[i];
        }

        var total = priors.Sum();
        var baseScores = priors.Select(p => (float)Math.Log(Math.Max(p, 1e-6) / total)).ToArray();
        var scores = new float[n * classCount];
        for (var i = 0; i < n; i++)
        {
            baseScores.CopyTo(scores, i * classCount);
        }

        var gradients = new float[classCount][];
        var hessians = new float[classCount][];
        for (var k = 0; k < classCount; k++)
        {
            gradients[k] = new float[n];
            hessians[k] = new float[n];
        }

        var builder = new TreeBuilder(bins, thresholds, options);
        var random = new Random(options.Seed);
        var trees = new List<RegressionTree>(options.Rounds * classCount);
        var sample = new List<int>(n);
        var probabilities = new float[classCount];
        for (var round = 0; round < options.Rounds; round++)
        {
            for (var i = 0; i < n; i++)
            {
                scores.AsSpan(i * classCount, classCount).CopyTo(probabilities);
                Softmax(probabilities);
                for (var k = 0; k < classCount; k++)
                {
                    var p = probabilities[k];
                    gradients[k][i] = (p - (labels[i] == k ? 1f : 0f)) * weights[i];
                    hessians[k][i] = Math.Max(p * (1 - p), 1e-6f) * weights[i];
                }
            }

            sample.Clear();
            for (var i = 0; i < n; i++)
            {
                if (options.RowSample >= 1 || random.NextSingle() < options.RowSample)
                {
                    sample.Add(i);
                }
            }

            for (var k = 0; k < classCount; k++)
            {
                var tree = builder.Build(sample, gradients[k], hessians[k]);
                trees.Add(tree);
                for (var i = 0; i < n; i++)
                {
                    scores[(i * classCount) + k] += tree.Predict(rows[i]);
                }
            }
        }

        return new GradientBoostedTrees(featureCount, baseScores, [.. trees]);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(FeatureCount);
        writer.Write(ClassCount);
        foreach (var score in _baseScores)
        {
            writer.Write(score);
        }

        writer.Write(_trees.Length);
        foreach (var tree in _trees)
        {
            tree.Write(writer);
        }
    }

    public static GradientBoostedTrees Read(BinaryReader reader)
    {
        var featureCount = reader.ReadInt32();
        var baseScores = new float[reader.ReadInt32()];
        for (var k = 0; k < baseScores.Length; k++)
        {
            baseScores[k] = reader.ReadSingle();
        }

        var trees = new RegressionTree[reader.ReadInt32()];
        for (var t = 0; t < trees.Length; t++)
        {
            trees[t] = RegressionTree.Read(reader);
        }

        return new GradientBoostedTrees(featureCount, baseScores, trees);
    }

    internal static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        float sum = 0;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = MathF.Exp(scores[k] - max);
            sum += scores[k];
        }

        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] /= sum;
        }
    }

    /// <summary>Quantile cut points of one feature: a value goes to the first bin whose cut point is not below it.</summary>
    private static float[] CutPoints(IReadOnlyList<float[]> rows, int feature, int maxBins)
    {
        var values = new float[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = rows[i][feature];
        }

        Array.Sort(values);
        var distinct = new List<float>();
        foreach (var v in values)
        {
            if (distinct.Count == 0 || v != distinct[^1])
            {
                distinct.Add(v);
            }
        }

        var cuts = new List<float>();
        if (distinct.Count <= maxBins)
        {
            cuts.AddRange(distinct.Take(distinct.Count - 1));
        }
        else
        {
            for (var b = 1; b < maxBins; b++)
            {
                var v = values[(int)((long)b * values.Length / maxBins)];
                if ((cuts.Count == 0 || v > cuts[^1]) && v < distinct[^1])
                {
                    cuts.Add(v);
                }
            }
        }

        return [.. cuts];
    }

    private static int BinOf(float[] cuts, float value)
    {
        int lo = 0, hi = cuts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (value <= cuts[mid])
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>Grows one depth-limited tree on the sampled rows from their binned features.</summary>
    private sealed class TreeBuilder(byte[][] bins, float[][] thresholds, GradientBoostingOptions options)
    {
        private readonly double[] _histogramGradient = new double[256];
        private readonly double[] _histogramHessian = new double[256];
        private readonly List<int> _feature = [];
        private readonly List<float> _threshold = [];
        private readonly List<int> _left = [];
        private readonly List<int> _right = [];
        private readonly List<float> _value = [];
        private int[] _rows = [];
        private int[] _scratch = [];
        private float[] _gradient = [];
        private float[] _hessian = [];

        public RegressionTree Build(List<int> sample, float[] gradient, float[] hessian)
        {
            _feature.Clear();
            _threshold.Clear();
            _left.Clear();
            _right.Clear();
            _value.Clear();
            _rows = [.. sample];
            _scratch = new int[_rows.Length];
            _gradient = gradient;
            _hessian = hessian;
            Grow(0, _rows.Length, 0);
            return new RegressionTree([.. _feature], [.. _threshold], [.. _left], [.. _right], [.. _value]);
        }

        private int Grow(int start, int count, int depth)
        {
            double g = 0, h = 0;
            for (var r = start; r < start + count; r++)
            {
                g += _gradient[_rows[r]];
                h += _hessian[_rows[r]];
            }

            var node = _feature.Count;
            _feature.Add(-1);
            _threshold.Add(0);
            _left.Add(-1);
            _right.Add(-1);
            _value.Add((float)(-g / (h + options.L2) * options.LearningRate));
            if (depth >= options.MaxDepth || h < 2 * options.MinChildWeight)
            {
                return node;
            }

            var parentScore = g * g / (h + options.L2);
            var bestGain = 1e-6;
            var bestFeature = -1;
            var bestBin = -1;
            for (var f = 0; f < bins.Length; f++)
            {
                var cuts = thresholds[f];
                if (cuts.Length == 0)
                {
                    continue;
                }

                var column = bins[f];
                Array.Clear(_histogramGradient, 0, cuts.Length + 1);
                Array.Clear(_histogramHessian, 0, cuts.Length + 1);
                for (var r = start; r < start + count; r++)
                {
                    var row = _rows[r];
                    var b = column[row];
                    _histogramGradient[b] += _gradient[row];
                    _histogramHessian[b] += _hessian[row];
                }

                double gl = 0, hl = 0;
                for (var b = 0; b < cuts.Length; b++)
                {
                    gl += _histogramGradient[b];
                    hl += _histogramHessian[b];
                    var hr = h - hl;
                    if (hl < options.MinChildWeight || hr < options.MinChildWeight)
                    {
                        continue;
                    }

                    var gr = g - gl;
                    var gain = (gl * gl / (hl + options.L2)) + (gr * gr / (hr + options.L2)) - parentScore;
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        bestFeature = f;
                        bestBin = b;
                    }
                }
            }

            if (bestFeature < 0)
            {
                return node;
            }

            // Stable partition: rows going left keep their order, then rows going right.
            var splitColumn = bins[bestFeature];
            var leftCount = 0;
            var rightCount = 0;
            for (var r = start; r < start + count; r++)
            {
                if (splitColumn[_rows[r]] <= bestBin)
                {
                    _rows[start + leftCount++] = _rows[r];
                }
                else
                {
                    _scratch[rightCount++] = _rows[r];
                }
            }

            Array.Copy(_scratch, 0, _rows, start + leftCount, rightCount);
            _feature[node] = bestFeature;
            _threshold[node] = thresholds[bestFeature][bestBin];
            _left[node] = Grow(start, leftCount, depth + 1);
            _right[node] = Grow(start + leftCount, rightCount, depth + 1);
            return node;
        }
    }
}
