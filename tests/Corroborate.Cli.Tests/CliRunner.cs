namespace Corroborate.Cli.Tests;

/// <summary>Runs the <c>corroborate</c> command in-process with its output and error captured.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithEnvironmentAsync(null, args);

    /// <summary>Runs with <paramref name="environment"/> as the only environment variables the command sees (null: the process's).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CorroborateCli.RunAsync(args, CliConsole.Capture(output, error), CancellationToken.None,
            environment is null ? null : name => environment.GetValueOrDefault(name));
        return (exitCode, output.ToString(), error.ToString());
    }
}
