using System.Collections.Immutable;
using System.Diagnostics;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>
/// Trains the stance classifier on labelled pairs: the IDF vocabulary is fitted on the training bodies and
/// headlines only, then the boosted trees on the pair features. Cross-validation holds out whole bodies.
/// </summary>
internal sealed class StanceTrainer
{
    private readonly StanceDataset _data;
    private readonly StanceTrainingOptions _options;
    private readonly Dictionary<string, StanceDocument> _bodies;
    private readonly Dictionary<string, StanceDocument> _headlines;

    public StanceTrainer(StanceDataset data, StanceTrainingOptions options)
    {
        if (!data.HasGold)
        {
            throw new ArgumentException("every pair needs a gold stance to train on", nameof(data));
        }

        _data = data;
        _options = options;
        _bodies = data.Bodies.ToDictionary(b => b.Key, b => StanceDocument.Analyze(b.Value), StringComparer.Ordinal);
        _headlines = new Dictionary<string, StanceDocument>(StringComparer.Ordinal);
        foreach (var pair in data.Pairs)
        {
            if (!_headlines.ContainsKey(pair.Headline))
            {
                _headlines[pair.Headline] = StanceDocument.Analyze(pair.Headline);
            }
        }
    }

    /// <summary>
    /// K-fold cross-validation on unseen claims: folds disjoint in headlines and bodies (<see cref="StanceFolds.ByClaim"/>);
    /// <paramref name="progress"/> hears about each fold.
    /// </summary>
    public StanceTrainingReport CrossValidate(Action<string>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        var folds = StanceFolds.ByClaim(_data.Pairs, _options.Folds, _options.Seed);
        var pooled = new StanceConfusion();
        var perFold = ImmutableArray.CreateBuilder<StanceConfusion>(_options.Folds);
        var outOfFold = new List<(StanceLabel Gold, float[] Probabilities)>();
        for (var fold = 0; fold < _options.Folds; fold++)
        {
            var train = Enumerable.Range(0, _data.Pairs.Length).Where(i => folds.IsTrain(i, fold)).ToArray();
            var test = Enumerable.Range(0, _data.Pairs.Length).Where(i => folds.IsTest(i, fold)).ToArray();
            var classifier = Fit(train);
            var confusion = new StanceConfusion();
            foreach (var i in test)
            {
                var pair = _data.Pairs[i];
                var prediction = classifier.Predict(_headlines[pair.Headline], _bodies[pair.BodyId]);
                confusion.Add(pair.Gold!.Value, prediction.Label);
                outOfFold.Add((pair.Gold!.Value, [prediction.Agree, prediction.Disagree, prediction.Discuss, prediction.Unrelated]));
            }

            pooled.Add(confusion);
            perFold.Add(confusion);
            progress?.Invoke($"fold {fold + 1}/{_options.Folds}: trained on {train.Length} pairs, tested on {test.Length}: FNC {confusion.FncPercent:F2} %, macro-F1 {confusion.MacroF1:F4}, disagree F1 {confusion.F1(StanceLabel.Disagree):F3} ({watch.Elapsed.TotalSeconds:F0} s)");
        }

        var offsets = _options.TuneOffsets ? ChooseOffsets(outOfFold) : new float[StanceLabels.Count];
        var withOffsets = new StanceConfusion();
        var predictions = ImmutableArray.CreateBuilder<(StanceLabel, StancePrediction)>(outOfFold.Count);
        var p = new float[StanceLabels.Count];
        foreach (var (gold, probabilities) in outOfFold)
        {
            probabilities.CopyTo(p, 0);
            StanceClassifier.Offset(p, offsets);
            var label = ArgMax(p);
            withOffsets.Add(gold, label);
            predictions.Add((gold, new StancePrediction(label, p[0], p[1], p[2], p[3])));
        }

        return new StanceTrainingReport(pooled, perFold.MoveToImmutable(), watch.Elapsed, pooled.WithMixOf(_data))
        {
            ClassOffsets = offsets,
            WithOffsets = withOffsets,
            WithOffsetsReweighted = withOffsets.WithMixOf(_data),
            OutOfFold = new StanceEvaluation(withOffsets, predictions.MoveToImmutable()),
        };
    }

    /// <summary>
    /// Log-odds offsets for agree and disagree (discuss and unrelated stay at 0) that maximise the macro-F1 of the
    /// out-of-fold predictions, with unrelated pairs weighted back to the data's mix; a grid of 0.25 steps, the
    /// smallest offsets winning ties, so the choice is deterministic.
    /// </summary>
    private float[] ChooseOffsets(List<(StanceLabel Gold, float[] Probabilities)> outOfFold)
    {
        var best = new float[StanceLabels.Count];
        var bestScore = double.NegativeInfinity;
        Span<float> p = stackalloc float[StanceLabels.Count];
        for (var agree = 0f; agree <= 2f; agree += 0.25f)
        {
            for (var disagree = 0f; disagree <= 3f; disagree += 0.25f)
            {
                float[] offsets = [agree, disagree, 0, 0];
                var confusion = new StanceConfusion();
                foreach (var (gold, probabilities) in outOfFold)
                {
                    probabilities.CopyTo(p);
                    StanceClassifier.Offset(p, offsets);
                    confusion.Add(gold, ArgMax(p));
                }

                var score = confusion.WithMixOf(_data).MacroF1;
                if (score > bestScore + 1e-9)
                {
                    (bestScore, best) = (score, offsets);
                }
            }
        }

        return best;
    }

    private static StanceLabel ArgMax(ReadOnlySpan<float> p)
    {
        var best = 0;
        for (var k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        return (StanceLabel)best;
    }

    /// <summary>The model trained on every pair, with class offsets (from <see cref="CrossValidate"/>) applied to its decisions.</summary>
    public StanceClassifier TrainAll(float[] classOffsets) => TrainAll().WithOffsets(classOffsets);

    /// <summary>The model trained on every pair.</summary>
    public StanceClassifier TrainAll() => Fit(Enumerable.Range(0, _data.Pairs.Length).ToArray());

    private StanceClassifier Fit(int[] train)
    {
        var trainBodies = train.Select(i => _data.Pairs[i].BodyId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => _bodies[id]);
        var trainHeadlines = train.Select(i => _data.Pairs[i].Headline).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(h => _headlines[h]);
        var vocabulary = StanceVocabulary.Fit(trainBodies, trainHeadlines);

        // The lexicon learns from body words, so a training row scored by a lexicon that saw its own body would
        // look far more certain than a new body will: score each training row with a lexicon fitted without it.
        var inner = _options.LexiconFolds >= 2 ? StanceFolds.ByBody(train.Select(i => _data.Pairs[i].BodyId).ToArray(), _options.LexiconFolds, _options.Seed + 1) : new int[train.Length];
        var lexicons = new StanceLexicon[Math.Max(1, _options.LexiconFolds)];
        for (var fold = 0; fold < lexicons.Length; fold++)
        {
            lexicons[fold] = _options.LexiconFolds >= 2 ? FitLexicon(train.Where((_, r) => inner[r] != fold)) : StanceLexicon.Empty;
        }

        // The linear model reads headline words too, so its training rows are scored by models that saw neither
        // their claim nor their body (inner folds disjoint in headlines and bodies), as a new claim will be.
        var labels = train.Select(i => (int)_data.Pairs[i].Gold!.Value).ToArray();
        var classCounts = new int[StanceLabels.Count];
        foreach (var label in labels)
        {
            classCounts[label]++;
        }

        var classWeights = classCounts.Select(c => c == 0 ? 0f : MathF.Pow((float)train.Length / (StanceLabels.Count * c), _options.ClassWeightPower)).ToArray();
        var (linears, linearFold, finalLinear) = FitLinear(train, labels, classWeights);
        var rows = new float[train.Length][];
        for (var r = 0; r < train.Length; r++)
        {
            var pair = _data.Pairs[train[r]];
            rows[r] = new float[StanceFeatures.Count];
            StanceFeatures.Compute(_headlines[pair.Headline], _bodies[pair.BodyId], vocabulary, lexicons[inner[r]], linears[linearFold[r]], rows[r]);
        }

        var weights = labels.Select(l => classWeights[l]).ToArray();
        var trees = GradientBoostedTrees.Train(rows, labels, weights, StanceLabels.Count, _options.Boosting);
        var finalLexicon = _options.LexiconFolds >= 2 ? FitLexicon(train) : StanceLexicon.Empty;
        return new StanceClassifier(vocabulary, finalLexicon, trees, finalLinear);
    }

    /// <summary>Inner-fold linear models (one per fold, by claim), each row's fold, and the model fitted on all rows.</summary>
    private (StanceLinearModel[] Models, int[] FoldOf, StanceLinearModel Final) FitLinear(int[] train, int[] labels, float[] classWeights)
    {
        if (_options.LinearFolds < 2)
        {
            return ([StanceLinearModel.Empty], new int[train.Length], StanceLinearModel.Empty);
        }

        var pairs = train.Select(i => _data.Pairs[i]).ToArray();
        var folds = StanceFolds.ByClaim(pairs, _options.LinearFolds, _options.Seed + 2);
        var features = pairs.Select(p => p.Gold == StanceLabel.Unrelated ? [] : StanceLinearModel.Features(_headlines[p.Headline], _bodies[p.BodyId])).ToArray();
        List<(int[], int, float)> Related(Func<int, bool> keep) =>
            [.. Enumerable.Range(0, train.Length).Where(r => labels[r] != (int)StanceLabel.Unrelated && keep(r)).Select(r => (features[r], labels[r], classWeights[labels[r]]))];

        var models = new StanceLinearModel[_options.LinearFolds];
        for (var fold = 0; fold < models.Length; fold++)
        {
            models[fold] = StanceLinearModel.Fit(Related(r => folds.IsTrain(r, fold)), _options.Seed + 3 + fold);
        }

        return (models, [.. folds.BodyFold], StanceLinearModel.Fit(Related(_ => true), _options.Seed + 3));
    }

    /// <summary>The lexicon of the related pairs among <paramref name="pairs"/>, each (body, label) once, in a fixed order.</summary>
    private StanceLexicon FitLexicon(IEnumerable<int> pairs) => StanceLexicon.Fit(pairs
        .Select(i => _data.Pairs[i])
        .Where(p => p.Gold != StanceLabel.Unrelated)
        .Select(p => (p.BodyId, Label: p.Gold!.Value))
        .Distinct()
        .OrderBy(p => p.BodyId, StringComparer.Ordinal).ThenBy(p => p.Label)
        .Select(p => (_bodies[p.BodyId], p.Label)));
}
