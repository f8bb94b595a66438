using System.CommandLine;
using System.Globalization;
using Corroborate.Corroboration.Stance;
using Corroborate.Ingest;
using Corroborate.Evaluation.Stance;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate train stance [--data DIR] [--test DIR] [--out FILE]</c>: cross-validates the stance classifier on
/// the FNC-1 training split (folds disjoint in headlines and bodies), trains on all of it, scores the model on the
/// test half (unseen claims) with the FNC score, macro-F1, per-class F1 and the precision of gated "disagree", and
/// writes the model that the assembly embeds. Seeds are fixed: a rerun writes the same bytes.
/// </summary>
internal static class TrainCommand
{
    private const string DefaultModel = "src/Corroborate/Resources/Stance/stance-model.bin.gz";

    public static Command Create(CliConsole console)
    {
        var train = new Command("train", "Train a model shipped with Corroborate.");
        var data = new Option<string?>("--data") { Description = "Folder with the training bodies.csv and stances.csv (default: ../shared/data/fnc-1-train, the official training split; also looked for above the program)." };
        var testData = new Option<string?>("--test") { Description = "Folder with labelled pairs to score the trained model on (default: ../shared/data/fnc-1 when present; 'none' skips)." };
        var output = new Option<string?>("--out", "-o") { Description = $"Model file to write (default: {DefaultModel} in the repository holding the current folder)." };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds, disjoint in headlines and bodies; 0 skips validation.", DefaultValueFactory = _ => 5 };
        var rounds = new Option<int?>("--rounds") { Description = "Boosting rounds (default 150)." };
        var depth = new Option<int?>("--depth") { Description = "Tree depth (default 3)." };
        var learningRate = new Option<float?>("--learning-rate") { Description = "Shrinkage of each tree (default 0.1)." };
        var weightPower = new Option<float?>("--class-weight") { Description = "Class-weight power, 0 (none) to 1 (balanced); default 1." };
        var lexiconFolds = new Option<int?>("--lexicon-folds") { Description = "Inner folds for the body-word lexicon features; 0 turns them off (default 3)." };
        var linearFolds = new Option<int?>("--linear-folds") { Description = "Inner folds (by claim) for the linear word model's features; 0 (default) turns it off." };
        var noOffsets = new Option<bool>("--no-offsets") { Description = "Do not tune agree/disagree class offsets on the cross-validation predictions." };
        var stance = new Command("stance", "Cross-validate and train the agree/disagree/discuss/unrelated classifier on the FNC-1 training split; score it on the test half.")
        {
            data, testData, output, folds, rounds, depth, learningRate, weightPower, lexiconFolds, linearFolds, noOffsets,
        };
        stance.SetAction(async (parsed, cancellationToken) =>
        {
            var folder = parsed.GetValue(data) ?? FindData("fnc-1-train");
            if (folder is null)
            {
                await console.Error.WriteLineAsync("corroborate: FNC-1 data not found; pass --data DIR (a folder with bodies.csv and stances.csv)").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var target = parsed.GetValue(output) ?? FindDefaultModelPath();
            if (target is null)
            {
                await console.Error.WriteLineAsync($"corroborate: not inside the repository (no {Path.GetDirectoryName(DefaultModel)}); pass --out FILE").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            try
            {
                var dataset = StanceDataset.Load(Path.Combine(folder, "bodies.csv"), Path.Combine(folder, "stances.csv"));
                if (!dataset.HasGold)
                {
                    await console.Error.WriteLineAsync($"corroborate: {Path.Combine(folder, "stances.csv")}: training needs a Stance column with a label on every row").ConfigureAwait(false);
                    return ExitCodes.InputsFailed;
                }

                var defaults = new StanceTrainingOptions();
                var options = defaults with
                {
                    Folds = parsed.GetValue(folds),
                    ClassWeightPower = parsed.GetValue(weightPower) ?? defaults.ClassWeightPower,
                    LexiconFolds = parsed.GetValue(lexiconFolds) ?? defaults.LexiconFolds,
                    TuneOffsets = !parsed.GetValue(noOffsets),
                    LinearFolds = parsed.GetValue(linearFolds) ?? defaults.LinearFolds,
                    Boosting = defaults.Boosting with
                    {
                        Rounds = parsed.GetValue(rounds) ?? defaults.Boosting.Rounds,
                        MaxDepth = parsed.GetValue(depth) ?? defaults.Boosting.MaxDepth,
                        LearningRate = parsed.GetValue(learningRate) ?? defaults.Boosting.LearningRate,
                    },
                };
                await console.Out.WriteLineAsync(Invariant($"{dataset.Pairs.Length} pairs over {dataset.Bodies.Count} bodies from {folder}; {options.Boosting.Rounds} rounds, depth {options.Boosting.MaxDepth}, learning rate {options.Boosting.LearningRate}, class-weight power {options.ClassWeightPower}")).ConfigureAwait(false);
                var trainer = new StanceTrainer(dataset, options);
                float[] offsets = new float[StanceLabels.Count];
                if (options.Folds >= 2)
                {
                    var report = trainer.CrossValidate(line => console.Error.WriteLine(line));
                    var pooled = report.Pooled;
                    await console.Out.WriteLineAsync(Invariant($"cross-validated ({options.Folds} folds disjoint in headlines and bodies, {pooled.Total} test pairs): FNC score {pooled.FncPercent:F2} %, macro-F1 {pooled.MacroF1:F4}, accuracy {pooled.Accuracy:F4}; unrelated reweighted to the data's mix: FNC {report.Reweighted.FncPercent:F2} %, macro-F1 {report.Reweighted.MacroF1:F4} in {report.Elapsed.TotalSeconds:F0} s")).ConfigureAwait(false);
                    await console.Out.WriteAsync(pooled.ToTable()).ConfigureAwait(false);
                    offsets = [.. report.ClassOffsets];
                    var tuned = report.WithOffsetsReweighted;
                    await console.Out.WriteLineAsync(Invariant($"class offsets chosen on the out-of-fold predictions (log-odds agree {offsets[0]:F2}, disagree {offsets[1]:F2}): FNC {report.WithOffsets.FncPercent:F2} %, reweighted FNC {tuned.FncPercent:F2} %, macro-F1 {tuned.MacroF1:F4}; F1 agree {tuned.F1(StanceLabel.Agree):F3}, disagree {tuned.F1(StanceLabel.Disagree):F3}, discuss {tuned.F1(StanceLabel.Discuss):F3}, unrelated {tuned.F1(StanceLabel.Unrelated):F3}")).ConfigureAwait(false);
                    await console.Out.WriteAsync(report.WithOffsets.ToTable()).ConfigureAwait(false);
                    await WriteGate(console, "cross-validation", report.OutOfFold).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                var classifier = trainer.TrainAll(offsets);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
                classifier.Save(target);
                await console.Out.WriteLineAsync(Invariant($"model: {classifier.TreeCount} trees, {classifier.VocabularySize} stems, {new FileInfo(target).Length / 1024.0:F0} KiB -> {target}")).ConfigureAwait(false);
                var testFolder = parsed.GetValue(testData) is { } given ? given == "none" ? null : given : FindData("fnc-1");
                if (testFolder is not null)
                {
                    var test = StanceDataset.Load(Path.Combine(testFolder, "bodies.csv"), Path.Combine(testFolder, "stances.csv"));
                    var evaluation = StanceEvaluation.Run(classifier, test);
                    await WriteEvaluation(console, testFolder, test, evaluation).ConfigureAwait(false);
                }
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }
        });
        train.Add(stance);
        return train;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The test half's FNC score, macro-F1, per-class F1, and what the story gate lets through as "disagree".</summary>
    private static async Task WriteEvaluation(CliConsole console, string folder, StanceDataset test, StanceEvaluation evaluation)
    {
        var c = evaluation.Confusion;
        var headlines = test.Pairs.Select(p => p.Headline).Distinct(StringComparer.Ordinal).Count();
        await console.Out.WriteLineAsync(Invariant($"test on {folder} ({test.Pairs.Length} pairs, {headlines} headlines, {test.Bodies.Count} bodies): FNC score {c.FncPercent:F2} % ({c.FncPoints:F2} of {c.FncMaximum:F2}), macro-F1 {c.MacroF1:F4}, accuracy {c.Accuracy:F4}; F1 agree {c.F1(StanceLabel.Agree):F3}, disagree {c.F1(StanceLabel.Disagree):F3}, discuss {c.F1(StanceLabel.Discuss):F3}, unrelated {c.F1(StanceLabel.Unrelated):F3}")).ConfigureAwait(false);
        await console.Out.WriteAsync(c.ToTable()).ConfigureAwait(false);
        await WriteGate(console, "test", evaluation).ConfigureAwait(false);
    }

    /// <summary>How many pairs each threshold lets stand as "disagree", and how many of them are right.</summary>
    private static async Task WriteGate(CliConsole console, string part, StanceEvaluation evaluation)
    {
        foreach (var threshold in new[] { 0f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f })
        {
            var gate = new StanceGate(threshold);
            var (shown, right, precision, recall) = evaluation.GatedDisagree(gate);
            var marker = threshold == StanceGate.Default.MinDisagree ? "  <- stories" : "";
            await console.Out.WriteLineAsync(Invariant($"{part}: disagree shown when p >= {threshold:F1}: {shown} pairs, {right} right, precision {precision:F3}, recall {recall:F3}{marker}")).ConfigureAwait(false);
        }
    }

    private static string? FindData(string name)
    {
        var candidates = new List<string> { Path.Combine("..", "shared", "data", name) };
        if (Environment.GetEnvironmentVariable("CORROBORATE_SHARED") is { Length: > 0 } shared)
        {
            candidates.Insert(0, Path.Combine(shared, "data", name));
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, "shared", "data", name));
        }

        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "stances.csv")));
    }

    private static string? FindDefaultModelPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "Corroborate", "Resources")))
            {
                return Path.Combine(dir.FullName, DefaultModel);
            }
        }

        return null;
    }
}
