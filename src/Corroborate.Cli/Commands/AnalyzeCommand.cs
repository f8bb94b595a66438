using System.CommandLine;
using Corroborate.Clustering;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate analyze PATH… [--format json|markdown|csv]</c>: one-shot analysis; nothing is kept (csv: the claims table; the other tables through <c>export csv</c>). Articles go
/// to a scratch store on disk (deleted at the end) and the report is written story by story, each story's
/// articles read back, analysed, written and let go: memory holds the story index, not the corpus.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("markdown", "json", "csv");
        var quiet = CommonOptions.Quiet();
        var gazetteer = CommonOptions.Gazetteer();
        var dictionaries = EventsCommand.Dictionaries();
        var command = new Command("analyze", "Analyse articles in memory and print the report (nothing is stored).") { paths, format, quiet, gazetteer, dictionaries };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var scratch = Path.Combine(Path.GetTempPath(), $"corroborate-analyze-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
            try
            {
                await using var store = await ArticleStores.OpenScratchAsync(scratch, cancellationToken).ConfigureAwait(false);
                var analyzer = CommonOptions.Analyzer(parsed.GetValue(gazetteer), parsed.GetValue(dictionaries));
                var (result, pipeline) = await IngestRunner.RunAsync(parsed.GetValue(paths)!, store, console, parsed.GetValue(quiet), cancellationToken, keepCopies: true)
                    .ConfigureAwait(false);
                var stories = pipeline.Stories.Stories().ToList();
                var analysis = new StreamedAnalysis(store, stories, analyzer, result.Errors, result.Copies);
                var failed = parsed.GetValue(format) switch
                {
                    "json" => await analysis.WriteJsonAsync(console, cancellationToken).ConfigureAwait(false),
                    "csv" => await analysis.WriteClaimsCsvAsync(console, cancellationToken).ConfigureAwait(false),
                    _ => await analysis.WriteMarkdownAsync(console, cancellationToken).ConfigureAwait(false),
                };
                foreach (var error in failed.Skip(result.Errors.Length))
                {
                    await console.Error.WriteLineAsync($"corroborate: {error.Source}: {error.Message}").ConfigureAwait(false);
                }

                return failed.Count == 0 ? ExitCodes.Success : ExitCodes.InputsFailed;
            }
            finally
            {
                foreach (var file in new[] { scratch, scratch + "-wal", scratch + "-shm", scratch + "-journal" })
                {
                    File.Delete(file);
                }
            }
        });
        return command;
    }

    /// <summary>The report of one analysis, written piece by piece from the scratch store.</summary>
    private sealed class StreamedAnalysis(IArticleStore store, List<Story> stories, StoryAnalyzer analyzer,
        System.Collections.Immutable.ImmutableArray<InputError> inputErrors, System.Collections.Immutable.ImmutableArray<ArticleCopy> copies)
    {
        private const int Page = 500;

        /// <summary>Writes the JSON contract; returns every error (inputs, then stories).</summary>
        public async Task<List<InputError>> WriteJsonAsync(CliConsole console, CancellationToken cancellationToken)
        {
            var errors = new List<InputError>(inputErrors);
            await using var output = console.OpenStandardOutput();
            await using (var json = JsonReportWriter.Open(output))
            {
                json.WriteStartObject();
                json.WriteStartArray("articles");
                await foreach (var article in ArticlesAsync(cancellationToken).ConfigureAwait(false))
                {
                    JsonReportWriter.WriteArticle(json, article);
                    await FlushIfLargeAsync(json, cancellationToken).ConfigureAwait(false);
                }

                json.WriteEndArray();
                json.WriteStartArray("stories");
                await foreach (var report in ReportsAsync(cancellationToken).ConfigureAwait(false))
                {
                    errors.AddRange(report.Errors);
                    StoryJsonWriter.Write(json, report);
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }

                json.WriteEndArray();
                JsonReportWriter.WriteEnd(json, errors, copies);
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync().ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return errors;
        }

        /// <summary>Writes the claims of every story as one CSV table (the table `export csv --what claims` writes); returns every error.</summary>
        public async Task<List<InputError>> WriteClaimsCsvAsync(CliConsole console, CancellationToken cancellationToken)
        {
            var output = console.Out;
            var errors = new List<InputError>(inputErrors);
            CsvExport.WriteTable(output, [CsvExport.ClaimHeader]);
            await foreach (var report in ReportsAsync(cancellationToken).ConfigureAwait(false))
            {
                errors.AddRange(report.Errors);
                CsvExport.WriteTable(output, CsvExport.ClaimRowsOf(report));
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return errors;
        }

        /// <summary>Writes the report for people; returns every error (inputs, then stories).</summary>
        public async Task<List<InputError>> WriteMarkdownAsync(CliConsole console, CancellationToken cancellationToken)
        {
            var output = console.Out;
            var errors = new List<InputError>(inputErrors);
            var count = await store.CountAsync(cancellationToken).ConfigureAwait(false);
            MarkdownReportWriter.WriteHeader(output, count, stories.Count, inputErrors.Length);
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            await foreach (var article in ArticlesAsync(cancellationToken).ConfigureAwait(false))
            {
                titles[article.Id] = MarkdownReportWriter.TitleOf(article);
            }

            await foreach (var report in ReportsAsync(cancellationToken).ConfigureAwait(false))
            {
                errors.AddRange(report.Errors);
                MarkdownReportWriter.WriteStory(output, report, titles, copies);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            output.WriteLine("# Articles");
            output.WriteLine();
            await foreach (var article in ArticlesAsync(cancellationToken).ConfigureAwait(false))
            {
                MarkdownReportWriter.WriteArticle(output, article);
            }

            MarkdownReportWriter.WriteErrors(output, errors);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return errors;
        }

        /// <summary>
        /// The stories' reports in story order, up to <see cref="AnalysisOptions.MaxParallelism"/> stories analysed at once
        /// ahead of the writer: the store is read on this thread, one story at a time, and only the analysis runs in
        /// parallel. Entity identity runs as each report is taken, in story order, through one registry for the run
        /// (the same person in two stories has one entityId), so the output is the same on any number of cores;
        /// memory holds the stories in flight, not the corpus.
        /// </summary>
        private async IAsyncEnumerable<StoryReport> ReportsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var window = Math.Max(1, analyzer.Options.MaxParallelism);
            var registry = new EntityRegistry();
            var ahead = new Queue<Task<StoryReport>>(window);
            var next = 0;
            while (next < stories.Count || ahead.Count > 0)
            {
                while (next < stories.Count && ahead.Count < window)
                {
                    var story = stories[next++];
                    var members = await MembersAsync(story, cancellationToken).ConfigureAwait(false);
                    ahead.Enqueue(Task.Run(() => analyzer.AnalyzeWithoutIdentity(story, members, cancellationToken), cancellationToken));
                }

                yield return StoryAnalyzer.Identify(await ahead.Dequeue().ConfigureAwait(false), registry);
            }
        }

        private async Task<Dictionary<string, Article>> MembersAsync(Story story, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = new Dictionary<string, Article>(StringComparer.Ordinal);
            foreach (var id in story.ArticleIds)
            {
                if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } article)
                {
                    members[id] = article;
                }
            }

            return members;
        }

        /// <summary>Every stored article, in the order read, a page at a time.</summary>
        private async IAsyncEnumerable<Article> ArticlesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var offset = 0; ; offset += Page)
            {
                var page = await store.ListAsync(offset, Page, cancellationToken).ConfigureAwait(false);
                foreach (var summary in page)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (await store.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } article)
                    {
                        yield return article;
                    }
                }

                if (page.Count < Page)
                {
                    yield break;
                }
            }
        }

        private static async Task FlushIfLargeAsync(System.Text.Json.Utf8JsonWriter json, CancellationToken cancellationToken)
        {
            if (json.BytesPending > 1 << 20)
            {
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
