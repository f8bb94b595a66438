using Corroborate.Reporting;
using System.CommandLine;
using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Ingest;
using Corroborate.Evaluation.Stories;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate eval stories FILE.jsonl</c>: BCubed precision, recall and F1 of story clustering against gold stories;
/// <c>corroborate eval extraction DIR</c>: main-text extraction scored with the article-extraction benchmark's metric.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var eval = new Command("eval", "Measure a stage against a gold-standard data set.");
        var file = new Argument<string>("file") { Description = "JSON Lines with id, title, text and the gold story of each article (and its topic, for --folds)." };
        var orders = new Option<int>("--orders") { Description = "Also cluster this many seeded shuffles of the file and report mean and worst.", DefaultValueFactory = _ => 0 };
        var folds = new Option<int>("--folds") { Description = "Leave-topics-out cross-validation with this many folds (each fold's topics clustered on their own, --orders orders each).", DefaultValueFactory = _ => 0 };
        var grid = new Option<bool>("--grid") { Description = "With --folds: choose among the settings grid around the defaults, not just the defaults." };
        var stories = new Command("stories", "Cluster the articles in file order and score the stories with BCubed against 'story'.") { file, orders, folds, grid };
        stories.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            try
            {
                var result = StoryEvaluation.Run(path, cancellationToken: cancellationToken);
                var s = result.Score;
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"BCubed P={s.Precision:F4} R={s.Recall:F4} F1={s.F1:F4} over {Counts.Of(result.Articles, "article")}: {Counts.Of(result.PredictedStories, "story")} formed, {result.GoldStories} gold, {Counts.Of(result.Duplicates, "copy")}")).ConfigureAwait(false);
                await StoryEvaluationReport.WriteAsync(console.Out, path, parsed.GetValue(orders), parsed.GetValue(folds), parsed.GetValue(grid), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return e is ArgumentException ? ExitCodes.Usage : ExitCodes.InputsFailed;
            }
        });
        eval.Add(stories);
        var folder = new Argument<string>("dir") { Description = "A folder with html/<id>.html.gz pages and ground-truth.json." };
        var extraction = new Command("extraction", "Extract the main text of each page and score it with the benchmark's shingle metric.") { folder };
        extraction.SetAction(async (parsed, cancellationToken) =>
        {
            try
            {
                var report = new Corroborate.Evaluation.Html.ExtractionEvaluation().Run(parsed.GetValue(folder)!, cancellationToken);
                var s = report.Score;
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"extraction P={s.Precision:F4} R={s.Recall:F4} F1={s.F1:F4} over {Counts.Of(s.Pages.Length, "page")} ({report.Failures.Length} failed) in {report.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
                foreach (var failure in report.Failures)
                {
                    await console.Error.WriteLineAsync($"corroborate: {failure}").ConfigureAwait(false);
                }

                return report.Failures.IsEmpty ? ExitCodes.Success : ExitCodes.InputsFailed;
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }
        });
        eval.Add(extraction);
        eval.Add(EventsCommand.CreateEval(console));
        eval.Add(EntityEvaluationCommand.CreateEval(console));
        return eval;
    }
}
