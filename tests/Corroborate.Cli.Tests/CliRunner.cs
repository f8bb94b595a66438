namespace Corroborate.Cli.Tests;

/// <summary>Runs the <c>corroborate</c> command in-process with its output and error captured.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CorroborateCli.RunAsync(args, CliConsole.Capture(output, error));
        return (exitCode, output.ToString(), error.ToString());
    }
}
