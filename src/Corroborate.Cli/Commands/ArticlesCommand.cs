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
        var command = new Command("articles", "List the articles in the store.") { database, limit, offset };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await StoreLocation.OpenExistingAsync(parsed.GetValue(database), cancellationToken).ConfigureAwait(false);
            foreach (var article in await store.ListAsync(parsed.GetValue(offset), parsed.GetValue(limit), cancellationToken).ConfigureAwait(false))
            {
                var date = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated   ";
                await console.Out.WriteLineAsync(
                    $"{article.Id}  {date}  {article.Language,-3}  {Plain(article.Outlet ?? "-"),-20}  {Plain(article.Title ?? article.Source)}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One line of untrusted text for a terminal: control characters (escape sequences) dropped.</summary>
    internal static string Plain(string text) => new([.. text.Where(c => !char.IsControl(c))]);
}
