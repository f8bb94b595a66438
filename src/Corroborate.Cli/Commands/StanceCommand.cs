using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Corroborate.Corroboration.Stance;
using Corroborate.Ingest;
using Corroborate.Evaluation.Stance;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate stance --bodies B.csv --stances S.csv [--out P.csv]</c>: labels each (headline, body) pair
/// agree, disagree, discuss or unrelated and writes <c>Headline,Body ID,Stance</c> in input order. When S.csv
/// already holds a Stance column, the FNC score and macro-F1 against it go to standard error.
/// </summary>
internal static class StanceCommand
{
    public static Command Create(CliConsole console)
    {
        var bodies = new Option<string>("--bodies") { Description = "CSV with 'Body ID,articleBody'.", Required = true };
        var stances = new Option<string>("--stances") { Description = "CSV with 'Headline,Body ID' (a Stance column is optional, used for scoring).", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "CSV to write (default: standard output)." };
        var model = new Option<string?>("--model") { Description = "A model written by 'corroborate train stance' (default: the embedded one)." };
        var quiet = CommonOptions.Quiet();
        var command = new Command("stance", "Decide whether each article body agrees with, disagrees with, discusses or is unrelated to its headline.")
        {
            bodies, stances, output, model, quiet,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            try
            {
                var dataset = StanceDataset.Load(parsed.GetValue(bodies)!, parsed.GetValue(stances)!);
                var classifier = parsed.GetValue(model) is { } modelPath ? StanceClassifier.Load(modelPath) : StanceClassifier.Load();
                var watch = Stopwatch.StartNew();
                var prepared = new Dictionary<string, StanceBody>(StringComparer.Ordinal);
                var confusion = new StanceConfusion();
                var target = parsed.GetValue(output);
                await using var file = target is null ? null : new StreamWriter(target, append: false, new UTF8Encoding(false));
                var writer = file ?? console.Out;
                CsvWriter.WriteRecord(writer, "Headline", "Body ID", "Stance");
                foreach (var pair in dataset.Pairs)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!prepared.TryGetValue(pair.BodyId, out var body))
                    {
                        prepared[pair.BodyId] = body = classifier.Prepare(dataset.Bodies[pair.BodyId]);
                    }

                    var label = classifier.Predict(pair.Headline, body).Label;
                    CsvWriter.WriteRecord(writer, pair.Headline, pair.BodyId, label.ToFncName());
                    if (pair.Gold is { } gold)
                    {
                        confusion.Add(gold, label);
                    }
                }

                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (!parsed.GetValue(quiet))
                {
                    await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"corroborate: {dataset.Pairs.Length} pairs labelled in {watch.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
                    if (confusion.Total > 0)
                    {
                        await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"corroborate: against the Stance column: FNC score {confusion.FncPercent:F2} %, macro-F1 {confusion.MacroF1:F4}")).ConfigureAwait(false);
                        await console.Error.WriteAsync(confusion.ToTable()).ConfigureAwait(false);
                    }
                }

                return ExitCodes.Success;
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }
        });
        return command;
    }
}
