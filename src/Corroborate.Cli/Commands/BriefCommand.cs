using System.CommandLine;
using Corroborate.Reporting;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate brief STORY [--format markdown|html|json]</c>: the sourced briefing of one stored story.</summary>
internal static class BriefCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("story") { Description = "Story id (as listed by 'corroborate stories')." };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("markdown", "html", "json");
        var gazetteer = CommonOptions.Gazetteer();
        var dictionaries = EventsCommand.Dictionaries();
        var command = new Command("brief", "The briefing of one story: summary with citations, key facts, discrepancies, quotes, timeline, what only one outlet reports.")
        {
            id, database, format, gazetteer, dictionaries,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var read = await StoriesCommand.ReadAsync(console, parsed.GetValue(database), parsed.GetValue(id)!,
                CommonOptions.Analyzer(parsed.GetValue(gazetteer), parsed.GetValue(dictionaries)), cancellationToken).ConfigureAwait(false);
            if (read is null)
            {
                return ExitCodes.InputsFailed;
            }

            var titles = read.Articles.Values.Where(a => a.Title is not null).ToDictionary(a => a.Id, a => a.Title!, StringComparer.Ordinal);
            switch (parsed.GetValue(format))
            {
                case "json":
                    await using (var output = console.OpenStandardOutput())
                    await using (var json = ContractJson.Open(output))
                    using (var document = System.Text.Json.JsonDocument.Parse(read.Document))
                    {
                        BriefingWriter.WriteJson(json, document.RootElement);
                    }

                    await console.Out.WriteLineAsync().ConfigureAwait(false);
                    break;
                case "html":
                    BriefingWriter.WriteHtml(console.Out, read.View, titles);
                    break;
                default:
                    BriefingWriter.WriteMarkdown(console.Out, read.View, titles: titles);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
