using System.IO.Compression;
using System.Text;
using Corroborate.Text;

namespace Corroborate.Corroboration.Stance;

/// <summary>
/// Decides whether an article body agrees with, disagrees with, discusses or is unrelated to a headline (or any
/// claim sentence). <see cref="Load()"/> gives the model shipped in the assembly, trained on FNC-1 by
/// <c>corroborate train stance</c>. Immutable and safe to share between threads.
/// </summary>
internal sealed class StanceClassifier
{
    /// <summary>The embedded model, under Resources (see Corroborate.csproj).</summary>
    public const string ResourceName = "Stance/stance-model.bin.gz";

    private const string Magic = "CORROBORATE-STANCE";
    private const int FormatVersion = 3;

    private static readonly Lazy<StanceClassifier> Embedded = new(LoadEmbedded);

    private readonly StanceVocabulary _vocabulary;
    private readonly StanceLexicon _lexicon;
    private readonly GradientBoostedTrees _trees;
    private readonly float[] _classOffsets;
    private readonly StanceLinearModel _linear;

    internal StanceClassifier(StanceVocabulary vocabulary, StanceLexicon lexicon, GradientBoostedTrees trees, StanceLinearModel? linear = null, float[]? classOffsets = null)
    {
        if (trees.FeatureCount != StanceFeatures.Count || trees.ClassCount != StanceLabels.Count)
        {
            throw new InvalidDataException($"stance model expects {trees.FeatureCount} features and {trees.ClassCount} classes; this build computes {StanceFeatures.Count} and {StanceLabels.Count}: retrain it with 'corroborate train stance'");
        }

        _vocabulary = vocabulary;
        _lexicon = lexicon;
        _trees = trees;
        _linear = linear ?? StanceLinearModel.Empty;
        _classOffsets = classOffsets ?? new float[StanceLabels.Count];
        if (_classOffsets.Length != StanceLabels.Count)
        {
            throw new InvalidDataException($"stance model has {_classOffsets.Length} class offsets; expected {StanceLabels.Count}");
        }
    }

    /// <summary>
    /// Log-odds added to each label's score before the softmax, chosen by cross-validation (see
    /// <see cref="Evaluation.Stance.StanceTrainer"/>): they move the decision towards the rare labels as far as macro-F1 gains.
    /// </summary>
    public IReadOnlyList<float> ClassOffsets => _classOffsets;

    /// <summary>The same model with other class offsets.</summary>
    internal StanceClassifier WithOffsets(float[] offsets) => new(_vocabulary, _lexicon, _trees, _linear, offsets);

    /// <summary>Stems known to the vocabulary (a size indication for reports).</summary>
    public int VocabularySize => _vocabulary.Idf.Count;

    public int TreeCount => _trees.TreeCount;

    /// <summary>The model embedded in the Corroborate assembly (loaded once, then shared).</summary>
    public static StanceClassifier Load() => Embedded.Value;

    public static StanceClassifier Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/> (gzip-compressed binary).</summary>
    public static StanceClassifier Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("not a Corroborate stance model");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"stance model format {version}; this build reads {FormatVersion}");
        }

        var unseen = reader.ReadSingle();
        var averageLength = reader.ReadSingle();
        var count = reader.ReadInt32();
        var idf = new Dictionary<string, float>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var stem = reader.ReadString();
            idf[stem] = reader.ReadSingle();
        }

        var ratios = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var lexiconCount = reader.ReadInt32();
        for (var i = 0; i < lexiconCount; i++)
        {
            var stem = reader.ReadString();
            var ratio = new float[StanceLexicon.Classes];
            for (var c = 0; c < ratio.Length; c++)
            {
                ratio[c] = reader.ReadSingle();
            }

            ratios[stem] = ratio;
        }

        var trees = GradientBoostedTrees.Read(reader);
        var offsets = new float[StanceLabels.Count];
        for (var c = 0; c < offsets.Length; c++)
        {
            offsets[c] = reader.ReadSingle();
        }

        var linear = StanceLinearModel.Read(reader);
        return new StanceClassifier(new StanceVocabulary(idf, unseen, averageLength), new StanceLexicon(ratios), trees, linear, offsets);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Writes the model; the same model always gives the same bytes (vocabulary in ordinal order).</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_vocabulary.UnseenIdf);
        writer.Write(_vocabulary.AverageBodyLength);
        writer.Write(_vocabulary.Idf.Count);
        foreach (var stem in _vocabulary.Idf.Keys.Order(StringComparer.Ordinal))
        {
            writer.Write(stem);
            writer.Write(_vocabulary.Idf[stem]);
        }

        writer.Write(_lexicon.Ratios.Count);
        foreach (var stem in _lexicon.Ratios.Keys.Order(StringComparer.Ordinal))
        {
            writer.Write(stem);
            foreach (var ratio in _lexicon.Ratios[stem])
            {
                writer.Write(ratio);
            }
        }

        _trees.Write(writer);
        foreach (var offset in _classOffsets)
        {
            writer.Write(offset);
        }

        _linear.Write(writer);
    }

    /// <summary>Analyses a body once for several <see cref="Predict(string, StanceBody)"/> calls.</summary>
    public StanceBody Prepare(string body) => new(StanceDocument.Analyze(body));

    public StancePrediction Predict(string headline, string body) => Predict(headline, Prepare(body));

    public StancePrediction Predict(string headline, StanceBody body) =>
        Predict(StanceDocument.Analyze(headline), body.Document);

    internal StancePrediction Predict(StanceDocument headline, StanceDocument body)
    {
        Span<float> features = stackalloc float[StanceFeatures.Count];
        StanceFeatures.Compute(headline, body, _vocabulary, _lexicon, _linear, features);
        return FromFeatures(features);
    }

    internal StancePrediction FromFeatures(ReadOnlySpan<float> features)
    {
        Span<float> p = stackalloc float[StanceLabels.Count];
        _trees.PredictProbabilities(features, p);
        Offset(p, _classOffsets);
        var best = 0;
        for (var k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        return new StancePrediction((StanceLabel)best, p[0], p[1], p[2], p[3]);
    }

    /// <summary>Multiplies each probability by e^offset and renormalises (adds the offsets to the scores before the softmax).</summary>
    internal static void Offset(Span<float> probabilities, ReadOnlySpan<float> offsets)
    {
        float sum = 0;
        for (var k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] *= MathF.Exp(offsets[k]);
            sum += probabilities[k];
        }

        for (var k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] /= sum;
        }
    }

    private static StanceClassifier LoadEmbedded()
    {
        using var stream = ResourceText.OpenBytes(ResourceName, "run 'corroborate train stance'.");
        return Load(stream);
    }
}
