namespace Corroborate.Cli;

/// <summary>
/// The streams a command talks to; tests pass their own to capture output. Text written to <see cref="Out"/>
/// and <see cref="Error"/> never carries control characters (see <see cref="TerminalSafeWriter"/>).
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardOutput, bool ErrorIsTerminal)
{
    public static CliConsole System() =>
        new(new TerminalSafeWriter(Console.Out), new TerminalSafeWriter(Console.Error), Console.OpenStandardOutput, !Console.IsErrorRedirected);

    /// <summary>The error stream for output that is ours to style (the progress bar draws with escape codes).</summary>
    public TextWriter StyledError => Error is TerminalSafeWriter safe ? safe.Inner : Error;

    /// <summary>A console writing to <paramref name="output"/> and <paramref name="error"/>, never a terminal.</summary>
    public static CliConsole Capture(StringWriter output, StringWriter error) =>
        new(new TerminalSafeWriter(output), new TerminalSafeWriter(error), () => new TextWriterStream(output), false);
}
