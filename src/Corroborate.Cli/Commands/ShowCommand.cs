using System.CommandLine;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate show ID</c>: one stored article, as readable text, JSON (the analyze contract's article) or CSV (a row per segment and removal).</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Article id (or its external id)." };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json", "csv");
        var command = new Command("show", "Show one stored article: metadata, clean text, embedded posts and removals.") { id, database, format };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await StoreLocation.OpenExistingAsync(parsed.GetValue(database), cancellationToken).ConfigureAwait(false);
            var article = await store.GetAsync(parsed.GetValue(id)!, cancellationToken).ConfigureAwait(false);
            if (article is null)
            {
                await console.Error.WriteLineAsync($"corroborate: no article with id {ArticlesCommand.Plain(parsed.GetValue(id)!)}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }

            if (parsed.GetValue(format) == "json")
            {
                await using var output = console.OpenStandardOutput();
                await using (var json = ContractJson.Open(output))
                {
                    JsonReportWriter.WriteArticle(json, article);
                }

                await console.Out.WriteLineAsync().ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (parsed.GetValue(format) == "csv")
            {
                await console.Out.WriteAsync(Csv(article)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var o = console.Out;
            await o.WriteLineAsync($"{ArticlesCommand.Plain(article.Title ?? "(untitled)")}").ConfigureAwait(false);
            await o.WriteLineAsync($"id {article.Id} · {ArticlesCommand.Plain(article.Outlet ?? "unknown outlet")} · {article.Published:yyyy-MM-dd} ({article.PublishedFrom ?? "undated"}) · {article.Language} · {ArticlesCommand.Plain(article.Source)}").ConfigureAwait(false);
            await o.WriteLineAsync().ConfigureAwait(false);
            foreach (var segment in article.Segments)
            {
                var label = JsonReportWriter.SegmentKindName(segment.Kind);
                var who = segment.Author is null ? "" : $" {segment.Author} {segment.Handle} {segment.Date:yyyy-MM-dd}";
                await o.WriteLineAsync($"[{label} {segment.Language}{who}]").ConfigureAwait(false);
                await o.WriteLineAsync(new string([.. segment.Span.Of(article.CleanText).Where(c => c == '\n' || !char.IsControl(c))])).ConfigureAwait(false);
                await o.WriteLineAsync().ConfigureAwait(false);
            }

            foreach (var removal in article.Removed)
            {
                await o.WriteLineAsync($"removed ({removal.Reason}): {ArticlesCommand.Plain(removal.Text)}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// One row per part of the article: each segment of its clean text (body, embedded post, quote box…) and each
    /// removal, with the article's fields repeated so rows stand alone in a spreadsheet.
    /// </summary>
    internal static string Csv(Corroborate.Model.Article article)
    {
        string?[] Row(string part, string? kind, string? language, string? author, string? handle, string? date, string text) =>
        [
            article.Id, article.Source, article.Url, article.Title, article.Outlet, CsvExport.Date(article.Published), article.Language,
            part, kind, language, author, handle, date, text,
        ];

        var rows = new List<string?[]>
        {
            new[] { "id", "source", "url", "title", "outlet", "published", "language", "part", "kind", "partLanguage", "author", "handle", "date", "text" },
        };
        rows.AddRange(article.Segments.Select(segment => Row("segment", JsonReportWriter.SegmentKindName(segment.Kind), segment.Language, segment.Author, segment.Handle,
            CsvExport.Date(segment.Date), segment.Span.Of(article.CleanText))));
        rows.AddRange(article.Removed.Select(removal => Row("removed", removal.Reason, null, null, null, null, removal.Text)));
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CsvExport.WriteTable(text, rows);
        return text.ToString();
    }
}
