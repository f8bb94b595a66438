using System.CommandLine;
using System.Globalization;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate articles [--db FILE]</c>: list stored articles, oldest first.</summary>
internal static class ArticlesCommand
{
    public static Command Create(CliConsole console)
    {
        var database = CommonOptions.Database();
        var limit = new Option<int>("--limit") { Description = "At most this many articles.", DefaultValueFactory = _ => 100 };
        var offset = new Option<int>("--offset") { Description = "Skip this many articles first.", DefaultValueFactory = _ => 0 };
        var format = CommonOptions.Format("text", "json", "csv");
        var command = new Command("articles", "List the articles in the store.") { database, limit, offset, format };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await StoreLocation.OpenExistingAsync(parsed.GetValue(database), cancellationToken).ConfigureAwait(false);
            var articles = await store.ListAsync(parsed.GetValue(offset), parsed.GetValue(limit), cancellationToken).ConfigureAwait(false);
            switch (parsed.GetValue(format))
            {
                case "json":
                    await console.Out.WriteLineAsync(ContractJson.ToText(json => ListJson(json, articles), indented: true)).ConfigureAwait(false);
                    break;
                case "csv":
                    await console.Out.WriteAsync(ListCsv(articles)).ConfigureAwait(false);
                    break;
                default:
                    foreach (var article in articles)
                    {
                        var date = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated   ";
                        await console.Out.WriteLineAsync(
                            $"{article.Id}  {date}  {article.Language,-3}  {Plain(article.Outlet ?? "-"),-20}  {Plain(article.Title ?? article.Source)}").ConfigureAwait(false);
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>{"articles": [...]}</c> with the article fields of the analyze contract a listing knows, plus the text's length.</summary>
    private static void ListJson(System.Text.Json.Utf8JsonWriter json, IReadOnlyList<ArticleSummary> articles)
    {
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var article in articles)
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("source", article.Source);
            json.WriteString("title", article.Title);
            json.WriteString("outlet", article.Outlet);
            JsonParts.WriteDate(json, "published", article.Published);
            json.WriteString("language", article.Language);
            json.WriteNumber("length", article.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string ListCsv(IReadOnlyList<ArticleSummary> articles)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        CsvExport.WriteTable(text, articles.Select(article => new[]
        {
            article.Id, article.Source, article.Title, article.Outlet, CsvExport.Date(article.Published), article.Language, article.Length.ToString(CultureInfo.InvariantCulture),
        }).Prepend(["id", "source", "title", "outlet", "published", "language", "length"]));
        return text.ToString();
    }

    /// <summary>One line of untrusted text for a terminal: control characters (escape sequences) dropped.</summary>
    internal static string Plain(string text) => new([.. text.Where(c => !char.IsControl(c))]);
}
