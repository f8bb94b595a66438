namespace Corroborate.Corroboration.Stance;

/// <summary>
/// A multinomial logistic regression over hashed words of a pair: the body's stems and stem pairs, its lead's stems,
/// the stems and stem pairs of the two sentences sharing most words with the headline, and the headline's stems. It
/// reads what the trees cannot split on (which words, not how many), as the bag-of-words models of the published
/// FNC-1 systems do, and gives the trees its agree / disagree / discuss probabilities. Trained on related pairs only,
/// by seeded stochastic gradient descent (same data, same weights); weights are stored as halves.
/// </summary>
internal sealed class StanceLinearModel
{
    public const int Classes = 3;
    private const int Bits = 16;
    private const int Buckets = 1 << Bits;
    private const int Epochs = 8;
    private const float L2 = 1e-6f;
    private const float LearningRate = 0.5f;

    private readonly float[] _weights;
    private readonly float[] _bias;

    private StanceLinearModel(float[] weights, float[] bias) => (_weights, _bias) = (weights, bias);

    public static StanceLinearModel Empty { get; } = new(new float[Classes * Buckets], new float[Classes]);

    public bool IsEmpty => ReferenceEquals(this, Empty);

    /// <summary>The distinct hashed features of a pair, sorted.</summary>
    public static int[] Features(StanceDocument headline, StanceDocument body) => Features(headline, body, BodyFeatures(body));

    /// <summary>As <see cref="Features(StanceDocument, StanceDocument)"/>, given the body's own part (<see cref="BodyFeatures"/>).</summary>
    public static int[] Features(StanceDocument headline, StanceDocument body, int[] bodyFeatures) => MergeDistinct(bodyFeatures, PairFeatures(headline, body));

    /// <summary>
    /// The part of a pair's features the headline brings: the stems and stem pairs of the two body sentences sharing most
    /// of its words, and its own stems; sorted, repeats kept.
    /// </summary>
    public static List<int> PairFeatures(StanceDocument headline, StanceDocument body)
    {
        var pair = new List<int>();
        var stems = body.StemHashes;
        // The sentences that speak of the claim: most headline content stems.
        var (first, second) = ClaimSentences(headline, body);
        foreach (var sentence in (ReadOnlySpan<int>)[first, second])
        {
            if (sentence < 0)
            {
                continue;
            }

            var end = body.SentenceEnd(sentence);
            for (var w = body.SentenceStarts[sentence]; w < end; w++)
            {
                pair.Add(Bucket(4, stems[w]));
                if (w + 1 < end)
                {
                    pair.Add(Bucket(5, (stems[w] * 31) ^ stems[w + 1]));
                }
            }
        }

        foreach (var hash in headline.StemHashes)
        {
            pair.Add(Bucket(6, hash));
        }

        pair.Sort();
        return pair;
    }

    /// <summary>The body's part of every pair's features: its stems, stem pairs and lead stems, sorted and distinct.</summary>
    public static int[] BodyFeatures(StanceDocument body)
    {
        var features = new HashSet<int>();
        var stems = body.StemHashes;
        for (var s = 0; s < body.SentenceStarts.Length; s++)
        {
            var end = body.SentenceEnd(s);
            for (var w = body.SentenceStarts[s]; w < end; w++)
            {
                features.Add(Bucket(1, stems[w]));
                if (w + 1 < end)
                {
                    features.Add(Bucket(2, (stems[w] * 31) ^ stems[w + 1]));
                }

                if (w < body.LeadWords)
                {
                    features.Add(Bucket(3, stems[w]));
                }
            }
        }

        var sorted = features.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The sorted union, without repeats, of a sorted distinct array and a sorted list (which may repeat).</summary>
    internal static int[] MergeDistinct(int[] a, List<int> b)
    {
        var merged = new List<int>(a.Length + b.Count);
        var walk = new MergedFeatures(a, b);
        while (walk.MoveNext())
        {
            merged.Add(walk.Current);
        }

        return [.. merged];
    }

    /// <summary>
    /// <see cref="Predict(ReadOnlySpan{int}, Span{float})"/> over <see cref="MergeDistinct"/> of the body's and the pair's
    /// features, walking the union instead of building it (a body has thousands; a story reads it against twenty claims):
    /// the same additions in the same order, so the same probabilities.
    /// </summary>
    public void Predict(int[] body, List<int> pair, Span<float> probabilities)
    {
        // One walk of the merged features for all three classes: each class's sum still adds its weights in feature
        // order, so the same floats as a walk per class (the walk over a body's thousands of features was most of a
        // stance prediction).
        var count = 0;
        float agree = 0, disagree = 0, discuss = 0;
        var weights = _weights;
        var walk = new MergedFeatures(body, pair);
        while (walk.MoveNext())
        {
            count++;
            var f = walk.Current;
            agree += weights[f];
            disagree += weights[Buckets + f];
            discuss += weights[(2 * Buckets) + f];
        }

        var norm = 1f / MathF.Sqrt(Math.Max(1, count));
        probabilities[0] = _bias[0] + (agree * norm);
        probabilities[1] = _bias[1] + (disagree * norm);
        probabilities[2] = _bias[2] + (discuss * norm);
        GradientBoostedTrees.Softmax(probabilities[..Classes]);
    }

    /// <summary>Walks the sorted union, without repeats, of a sorted distinct array and a sorted list.</summary>
    private ref struct MergedFeatures(int[] a, List<int> b)
    {
        private readonly ReadOnlySpan<int> _a = a;
        private readonly ReadOnlySpan<int> _b = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(b);
        private int _i;
        private int _j;
        private bool _started;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (_i < _a.Length || _j < _b.Length)
            {
                int next;
                if (_j >= _b.Length || (_i < _a.Length && _a[_i] <= _b[_j]))
                {
                    next = _a[_i++];
                }
                else
                {
                    next = _b[_j++];
                }

                if (!_started || next != Current)
                {
                    _started = true;
                    Current = next;
                    return true;
                }
            }

            return false;
        }
    }

    public void Predict(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        // Binary features scaled to unit length, so a long body does not outweigh a short one.
        var norm = 1f / MathF.Sqrt(Math.Max(1, features.Length));
        for (var c = 0; c < Classes; c++)
        {
            float sum = 0;
            var row = _weights.AsSpan(c * Buckets, Buckets);
            foreach (var f in features)
            {
                sum += row[f];
            }

            probabilities[c] = _bias[c] + (sum * norm);
        }

        GradientBoostedTrees.Softmax(probabilities[..Classes]);
    }

    /// <summary>Fits on (features, label, weight) rows of related pairs; labels are agree, disagree, discuss.</summary>
    public static StanceLinearModel Fit(IReadOnlyList<(int[] Features, int Label, float Weight)> rows, int seed)
    {
        if (rows.Count == 0)
        {
            return Empty;
        }

        var weights = new float[Classes * Buckets];
        var bias = new float[Classes];
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(seed);
        Span<float> p = stackalloc float[Classes];
        var model = new StanceLinearModel(weights, bias);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + epoch);
            foreach (var i in order)
            {
                var (features, label, weight) = rows[i];
                model.Predict(features, p);
                var norm = 1f / MathF.Sqrt(Math.Max(1, features.Length));
                for (var c = 0; c < Classes; c++)
                {
                    var gradient = (p[c] - (label == c ? 1f : 0f)) * weight;
                    bias[c] -= rate * gradient;
                    var row = weights.AsSpan(c * Buckets, Buckets);
                    foreach (var f in features)
                    {
                        row[f] -= rate * ((gradient * norm) + (L2 * row[f]));
                    }
                }
            }
        }

        return model;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(IsEmpty);
        if (IsEmpty)
        {
            return;
        }

        foreach (var b in _bias)
        {
            writer.Write(b);
        }

        foreach (var w in _weights)
        {
            writer.Write((Half)w);
        }
    }

    public static StanceLinearModel Read(BinaryReader reader)
    {
        if (reader.ReadBoolean())
        {
            return Empty;
        }

        var bias = new float[Classes];
        for (var c = 0; c < Classes; c++)
        {
            bias[c] = reader.ReadSingle();
        }

        var weights = new float[Classes * Buckets];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }

        return new StanceLinearModel(weights, bias);
    }

    private static int Bucket(ulong space, ulong hash) => (int)((((hash ^ (space * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL) >> 32) & (Buckets - 1));

    private static (int First, int Second) ClaimSentences(StanceDocument headline, StanceDocument body)
    {
        int first = -1, second = -1, firstScore = 0, secondScore = 0;
        for (var s = 0; s < body.SentenceStemCounts.Length; s++)
        {
            var score = 0;
            foreach (var stem in body.SentenceStemCounts[s].Keys)
            {
                if (headline.StemCounts.ContainsKey(stem))
                {
                    score++;
                }
            }

            if (score > firstScore)
            {
                (second, secondScore) = (first, firstScore);
                (first, firstScore) = (s, score);
            }
            else if (score > secondScore)
            {
                (second, secondScore) = (s, score);
            }
        }

        return (first, second);
    }
}
