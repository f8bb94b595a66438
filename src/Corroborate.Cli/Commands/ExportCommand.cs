using Corroborate.Reporting;
using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Events;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Storage;
using System.CommandLine;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate export gdelt --db DB --out DIR</c>: the stored stories' events as GDELT 2.0 Events and Mentions files;
/// <c>corroborate export csv --db DB --out DIR [--what …]</c>: articles, entities, quotes, claims and events as CSV tables.
/// </summary>
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
                var stored = await StoredStories.OpenAsync(store, cancellationToken).ConfigureAwait(false);
                // One analysis with the user's places and dictionaries: the events written are the reports' own.
                var analyzer = CommonOptions.Analyzer(parsed.GetValue(gazetteer), parsed.GetValue(dictionaries));
                var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
                var events = ImmutableArray.CreateBuilder<StoryEvent>();
                foreach (var story in await stored.ListStoriesAsync(cancellationToken).ConfigureAwait(false))
                {
                    var members = await StoredStories.ArticlesAsync(stored, story, cancellationToken).ConfigureAwait(false);
                    foreach (var (id, article) in members)
                    {
                        articles[id] = article;
                    }

                    // Events only: each story read once, whole (a grown report's replay would cost more and change no event).
                    events.AddRange(analyzer.AnalyzeWithoutIdentity(story, members, cancellationToken).Events);
                }

                var (eventsPath, mentionsPath) = GdeltExport.Write(parsed.GetValue(output)!, events.ToImmutable(), articles, analyzer.Options.Gazetteer);
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

        var what = new Option<string[]>("--what")
        {
            Description = $"Tables to write, comma-separated or repeated: {string.Join(", ", CsvExport.Tables)} (default: all).",
            AllowMultipleArgumentsPerToken = true,
        };
        var csv = new Command("csv", "Write the stored stories as CSV tables (TABLE.csv, a header row, a row per article, entity, quote, claim or event, each naming its story).")
        {
            database, output, what, gazetteer, dictionaries,
        };
        csv.SetAction(async (parsed, cancellationToken) =>
        {
            var tables = (parsed.GetValue(what) ?? []).SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            if (tables.FirstOrDefault(t => !CsvExport.Tables.Contains(t)) is { } unknown)
            {
                await console.Error.WriteLineAsync($"corroborate: --what {unknown}: not a table (known: {string.Join(", ", CsvExport.Tables)})").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            try
            {
                await using var store = await StoreLocation.OpenExistingAsync(parsed.GetValue(database), cancellationToken).ConfigureAwait(false);
                var stored = await StoredStories.OpenAsync(store, cancellationToken).ConfigureAwait(false);
                var analyzer = CommonOptions.Analyzer(parsed.GetValue(gazetteer), parsed.GetValue(dictionaries));
                var stories = await stored.ListStoriesAsync(cancellationToken).ConfigureAwait(false);
                var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
                foreach (var story in stories)
                {
                    foreach (var (id, article) in await StoredStories.ArticlesAsync(stored, story, cancellationToken).ConfigureAwait(false))
                    {
                        articles.TryAdd(id, article);
                    }
                }

                // One registry in story order: an entity in two stories has one entityId in entities.csv.
                var reports = analyzer.AnalyzeAll(stories, articles, cancellationToken: cancellationToken);
                var paths = CsvExport.Write(parsed.GetValue(output)!, reports, articles, tables.Count > 0 ? tables : CsvExport.Tables, analyzer.Options.Gazetteer);
                await console.Out.WriteLineAsync($"{Counts.Of(reports.Length, "story")}: {string.Join(", ", paths)}").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or StoreException or InvalidDataException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }
        });
        export.Add(csv);
        return export;
    }
}
