using System.CommandLine;
using System.Text.Json;
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
        var command = new Command("brief", "The briefing of one story: summary with citations, key facts, discrepancies, quotes, timeline, what only one outlet reports.")
        {
            id, database, format, gazetteer,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (report, _) = await StoriesCommand.LoadAsync(console, parsed.GetValue(database), parsed.GetValue(id)!, parsed.GetValue(gazetteer), cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                return ExitCodes.InputsFailed;
            }

            switch (parsed.GetValue(format))
            {
                case "json":
                    await using (var output = console.OpenStandardOutput())
                    await using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
                    {
                        BriefingWriter.WriteJson(json, report);
                    }

                    await console.Out.WriteLineAsync().ConfigureAwait(false);
                    break;
                case "html":
                    BriefingWriter.WriteHtml(console.Out, report);
                    break;
                default:
                    BriefingWriter.WriteMarkdown(console.Out, report);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
