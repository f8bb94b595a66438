namespace Corroborate.Ingest;

/// <summary>
/// An input could not be read. The message names the input (path, URL, feed item, line or byte
/// position) and the reason; quoted input text is escaped and truncated by <see cref="InputText.Quote"/>.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string source, string reason, long? position = null, Exception? inner = null)
        : base(Format(source, reason, position), inner)
    {
        InputSource = source;
        Reason = reason;
        Position = position;
    }

    /// <summary>The input as the user named it.</summary>
    public string InputSource { get; }

    public string Reason { get; }

    /// <summary>Byte offset, line or record number where reading broke, when known.</summary>
    public long? Position { get; }

    private static string Format(string source, string reason, long? position) =>
        position is { } p ? $"{source} (at {p}): {reason}" : $"{source}: {reason}";
}
