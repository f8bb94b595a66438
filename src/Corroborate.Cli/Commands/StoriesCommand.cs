using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate stories</c> lists the stored stories; <c>corroborate story ID</c> shows one with its entities and quotes.</summary>
internal static class StoriesCommand
{
    public static Command CreateList(CliConsole console)
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json", "csv");
        var command = new Command("stories", "List the stories in the store, newest first.") { database, format };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await StoreLocation.OpenExistingAsync(parsed.GetValue(database), cancellationToken).ConfigureAwait(false);
            // The stored stories, in the order they started; the sort is stable, so equal dates keep that order.
            var stored = await (await StoredStories.OpenAsync(store, cancellationToken).ConfigureAwait(false)).ListStoriesAsync(cancellationToken).ConfigureAwait(false);
            var stories = stored.OrderByDescending(s => s.LastSeen ?? DateTimeOffset.MinValue).ToList();
            switch (parsed.GetValue(format))
            {
                case "json":
                    await console.Out.WriteLineAsync(ContractJson.ToText(json => StoryListJson(json, stories), indented: true)).ConfigureAwait(false);
                    break;
                case "csv":
                    await console.Out.WriteAsync(StoryListCsv(stories)).ConfigureAwait(false);
                    break;
                default:
                    foreach (var story in stories)
                    {
                        var date = story.LastSeen?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated   ";
                        await console.Out.WriteLineAsync($"{story.Id}  {date}  {Counts.Of(story.ArticleIds.Length, "article"),12}  {Counts.Of(story.OutletCount, "outlet"),10}  {ArticlesCommand.Plain(story.Title)}").ConfigureAwait(false);
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>{"stories": [...]}</c>, each story with the fields of the analyze contract's story object that a listing knows.</summary>
    private static void StoryListJson(System.Text.Json.Utf8JsonWriter json, List<Clustering.Story> stories)
    {
        json.WriteStartObject();
        json.WriteStartArray("stories");
        foreach (var story in stories)
        {
            json.WriteStartObject();
            json.WriteString("id", story.Id);
            json.WriteString("title", story.Title);
            JsonParts.WriteStrings(json, "articles", story.ArticleIds);
            json.WriteNumber("outletCount", story.OutletCount);
            JsonParts.WriteStrings(json, "keywords", story.Keywords);
            JsonParts.WriteDate(json, "firstSeen", story.FirstSeen);
            JsonParts.WriteDate(json, "lastSeen", story.LastSeen);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string StoryListCsv(List<Clustering.Story> stories)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        CsvExport.WriteTable(text, stories.Select(story => new[]
        {
            story.Id, story.Title, story.ArticleIds.Length.ToString(CultureInfo.InvariantCulture), story.OutletCount.ToString(CultureInfo.InvariantCulture),
            CsvExport.Date(story.FirstSeen), CsvExport.Date(story.LastSeen), string.Join(" | ", story.Keywords),
        }).Prepend(["id", "title", "articles", "outlets", "firstSeen", "lastSeen", "keywords"]));
        return text.ToString();
    }

    public static Command CreateShow(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Story id (as listed by 'corroborate stories')." };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("markdown", "json", "csv");
        var gazetteer = CommonOptions.Gazetteer();
        var dictionaries = EventsCommand.Dictionaries();
        var command = new Command("story", "Show one story: its articles, entities with their variants, and quotes by speaker.") { id, database, format, gazetteer, dictionaries };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var analyzer = CommonOptions.Analyzer(parsed.GetValue(gazetteer), parsed.GetValue(dictionaries));
            if (await ReadAsync(console, parsed.GetValue(database), parsed.GetValue(id)!, analyzer, cancellationToken).ConfigureAwait(false) is not { } read)
            {
                return ExitCodes.InputsFailed;
            }

            var articles = read.Articles.Values.ToList();
            var errors = read.View.Errors.Select(e => new InputError(e.Source, e.Message) { Story = e.Story }).ToList();
            if (parsed.GetValue(format) == "json")
            {
                // The contract's envelope, as analyze writes it: the story's articles, the story (as stored), its errors.
                await using var output = console.OpenStandardOutput();
                using (var json = JsonReportWriter.Open(output))
                using (var document = JsonDocument.Parse(read.Document))
                {
                    json.WriteStartObject();
                    json.WriteStartArray("articles");
                    foreach (var article in articles)
                    {
                        JsonReportWriter.WriteArticle(json, article);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("stories");
                    StoryJsonWriter.WriteStored(json, document.RootElement);
                    json.WriteEndArray();
                    JsonReportWriter.WriteEnd(json, errors, []);
                }

                await console.Out.WriteLineAsync().ConfigureAwait(false);
            }
            else if (parsed.GetValue(format) == "csv")
            {
                // The story's claims, as `analyze --format csv` and `export csv --what claims` write them, from the
                // stored story object like the other formats (no analysis when a report is stored).
                using var document = JsonDocument.Parse(read.Document);
                CsvExport.WriteTable(console.Out, [CsvExport.ClaimHeader, .. CsvExport.ClaimRowsOf(document.RootElement)]);
            }
            else
            {
                MarkdownReportWriter.Write(console.Out, articles, [read.View], []);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One stored story as a read command shows it (<see cref="StoryRead"/>); null (with the reason written) when there is no such story.</summary>
    internal static async Task<StoryRead?> ReadAsync(CliConsole console, string? database, string storyId, StoryAnalyzer analyzer, CancellationToken cancellationToken)
    {
        await using var store = await StoreLocation.OpenExistingAsync(database, cancellationToken).ConfigureAwait(false);
        if (await StoryRead.ReadAsync(store, analyzer, storyId, cancellationToken).ConfigureAwait(false) is not { } read)
        {
            await console.Error.WriteLineAsync($"corroborate: no story with id {ArticlesCommand.Plain(storyId)}").ConfigureAwait(false);
            return null;
        }

        return read;
    }
}
