namespace Corroborate.Cli;

/// <summary>The streams a command talks to; tests pass their own to capture output.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardOutput, bool ErrorIsTerminal)
{
    public static CliConsole System() =>
        new(Console.Out, Console.Error, Console.OpenStandardOutput, !Console.IsErrorRedirected);

    /// <summary>A console writing to <paramref name="output"/> and <paramref name="error"/>, never a terminal.</summary>
    public static CliConsole Capture(StringWriter output, StringWriter error) =>
        new(output, error, () => new TextWriterStream(output), false);
}
