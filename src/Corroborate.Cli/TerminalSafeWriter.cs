using System.Text;

namespace Corroborate.Cli;

/// <summary>
/// A writer that drops control characters on their way to the terminal: article titles and text are
/// untrusted, and an ESC sequence in a headline could move the cursor, retitle the window, rewrite what
/// was printed before or (on some terminals) answer back. Line feeds and tabs pass; everything else in
/// C0 (including CR and ESC), DEL and C1 is removed.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer underneath, for output that is ours to style (the progress bar).</summary>
    public TextWriter Inner => inner;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine { get => inner.NewLine; set => inner.NewLine = value; }

    public static bool IsUnsafe(char c) => (c < 0x20 && c is not '\n' and not '\t') || c is >= '\u007F' and <= '\u009F';

    public static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAny(UnsafeCharacters))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> UnsafeCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\n' and not '\t').Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    public override void Write(char value)
    {
        if (!IsUnsafe(value))
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(Clean(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Clean(value));

    public override Task WriteAsync(string? value) => inner.WriteAsync(value is null ? null : Clean(value));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(value is null ? null : Clean(value));

    public override Task WriteAsync(char[] buffer, int index, int count) => WriteAsync(new string(buffer, index, count));

    public override Task WriteLineAsync(char[] buffer, int index, int count) => WriteLineAsync(new string(buffer, index, count));

    public override Task WriteLineAsync() => inner.WriteLineAsync();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
}
