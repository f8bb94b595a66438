using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Events;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;
using System.CommandLine;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate export gdelt --db DB --out DIR</c>: the stored stories' events as GDELT 2.0 Events and Mentions files.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var export = new Command("export", "Export the stored stories in other formats.");
        var database = CommonOptions.Database();
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the files into (created if missing).", Required = true };
        var gazetteer = CommonOptions.Gazetteer();
        var dictionaries = EventsCommand.Dictionaries();
        var gdelt = new Command("gdelt", "Write every story's events as GDELT 2.0 files: STAMP.export.CSV (61 columns) and STAMP.mentions.CSV (16 columns).") { database, output, gazetteer, dictionaries };
        gdelt.SetAction(async (parsed, cancellationToken) =>
        {
            try
            {
                await using var store = await StoreLocation.OpenExistingAsync(parsed.GetValue(database), cancellationToken).ConfigureAwait(false);
                var pipeline = await IngestPipeline.OpenAsync(store, cancellationToken).ConfigureAwait(false);
                var extractor = CommonOptions.Extractor(parsed.GetValue(gazetteer));
                var coder = parsed.GetValue(dictionaries) is { } folder
                    ? new StoryEventCoder(new EventCoder(EventDictionaries.FromDirectory(folder, gazetteer: Corroborate.Extraction.Gazetteer.Default)))
                    : null;
                var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
                var events = ImmutableArray.CreateBuilder<StoryEvent>();
                foreach (var story in pipeline.Stories.Stories())
                {
                    var members = new Dictionary<string, Article>(StringComparer.Ordinal);
                    foreach (var id in story.ArticleIds)
                    {
                        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } article)
                        {
                            members[article.Id] = article;
                            articles[article.Id] = article;
                        }
                    }

                    var report = StoryReports.Build(story, members, extractor);
                    // The user's dictionaries recode the story; the report's own events use the built-in ones.
                    events.AddRange(coder is not null && report.Extraction is { } extraction
                        ? coder.Code([.. members.Values.Where(a => !story.Duplicates.Any(d => d.ArticleId == a.Id))], extraction)
                        : report.Events);
                }

                var (eventsPath, mentionsPath) = GdeltExport.Write(parsed.GetValue(output)!, events.ToImmutable(), articles);
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{Counts.Of(events.Count, "event")}, {Counts.Of(events.Sum(e => e.Mentions.Length), "mention")}: {eventsPath}, {mentionsPath}")).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or StoreException or InvalidDataException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }
        });
        export.Add(gdelt);
        return export;
    }
}
