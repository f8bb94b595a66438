namespace Corroborate.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => CorroborateCli.RunAsync(args, CliConsole.System());
}
