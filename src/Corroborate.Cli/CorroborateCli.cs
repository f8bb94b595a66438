using System.CommandLine;
using Corroborate.Cli.Commands;
using Corroborate.Cli.Configuration;
using Corroborate.Storage;

namespace Corroborate.Cli;

/// <summary>Builds the <c>corroborate</c> command tree and runs it: parse first, then invoke the chosen action.</summary>
internal static class CorroborateCli
{
    public static RootCommand Build(CliConsole console)
    {
        // The usage line names the installed command, not the assembly (Corroborate.Cli) the runtime sees.
        var root = new RootCommand("Corroborate: many news reports of the same events, one sourced and cross-checked account.") { HelpName = "corroborate" };
        root.Add(AnalyzeCommand.Create(console));
        root.Add(IngestCommand.Create(console));
        root.Add(ArticlesCommand.Create(console));
        root.Add(ShowCommand.Create(console));
        root.Add(WatchCommand.Create(console));
        root.Add(StoriesCommand.CreateList(console));
        root.Add(StoriesCommand.CreateShow(console));
        root.Add(BriefCommand.Create(console));
        root.Add(EvalCommand.Create(console));
        root.Add(EventsCommand.Create(console));
        root.Add(ExportCommand.Create(console));
        root.Add(TrainCommand.Create(console));
        root.Add(StanceCommand.Create(console));
        root.Add(ServeCommand.Create(console));
        root.Add(WorkerCommand.Create(console));
        root.Options.Add(new Option<string?>(ConfigOptionName)
        {
            Description = $"Configuration file (default: ./{CorroborateConfig.FileName} when present); flags and CORROBORATE_* variables override it.",
            Recursive = true,
        });
        return root;
    }

    /// <summary>Every command reads its settings from this file too (flags > environment > file > defaults).</summary>
    private const string ConfigOptionName = "--config";

    /// <param name="environment">Reads an environment variable; the process environment when null (tests pass their own).</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default, Func<string, string?>? environment = null)
    {
        var root = Build(console);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var misspelt = parsed.UnmatchedTokens.Select(token => (Token: token, Suggestions: CommandSuggestions.For(parsed.CommandResult.Command, token)))
                .FirstOrDefault(t => t.Suggestions.Count > 0);
            foreach (var error in parsed.Errors)
            {
                // "Required command was not provided" only repeats what the suggestion below says better.
                if (misspelt.Token is null || parsed.CommandResult.Command != root || parsed.UnmatchedTokens.Any(error.Message.Contains))
                {
                    await console.Error.WriteLineAsync($"corroborate: {error.Message}").ConfigureAwait(false);
                }
            }

            if (misspelt.Token is { } typo)
            {
                await console.Error.WriteLineAsync($"Did you mean {string.Join(" or ", misspelt.Suggestions.Take(3).Select(s => $"'{s}'"))} (not '{typo}')?").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Run 'corroborate --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        CorroborateConfig file;
        try
        {
            file = CorroborateConfig.Load(parsed.GetValue<string?>(ConfigOptionName), Directory.GetCurrentDirectory());
        }
        catch (ConfigException e)
        {
            await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var settings = CliSettings.Use(new CliSettings(file, environment ?? Environment.GetEnvironmentVariable));

        // Program.Main turns Ctrl-C and SIGTERM into cancellationToken; System.CommandLine's own handling would
        // end the process after two seconds whatever was half-written.
        var configuration = new InvocationConfiguration
        {
            Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            // A store that cannot be opened or written (not a database, unreachable, its assigner role held
            // by a worker) is the user's to fix: say which and why, without a stack trace.
            await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
            return ExitCodes.InputsFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: every stage checks the token, each batch commits whole or not at all, so stopping is clean.
            await console.Error.WriteLineAsync("corroborate: interrupted; everything committed so far is kept").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("CORROBORATE_DEBUG") is not { Length: > 0 } && e is not (OutOfMemoryException or OperationCanceledException))
        {
            // Inputs, articles and stories are isolated where they fail; anything reaching here is our bug,
            // reported in one line (the stack trace with CORROBORATE_DEBUG=1) rather than as a crash dump.
            await console.Error.WriteLineAsync($"corroborate: internal error: {e.GetType().Name}: {e.Message} (set CORROBORATE_DEBUG=1 for the stack trace)").ConfigureAwait(false);
            return ExitCodes.InputsFailed;
        }
    }

}
