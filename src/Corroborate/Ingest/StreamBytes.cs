namespace Corroborate.Ingest;

/// <summary>Reads a whole stream into memory, refusing anything past the document limit.</summary>
internal static class StreamBytes
{
    public static byte[] ReadAll(Stream content, string source, long maxBytes)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            throw new InputException(source, $"{content.Length:N0} bytes is larger than the {maxBytes:N0}-byte limit");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = content.Read(chunk)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                throw new InputException(source, $"larger than the {maxBytes:N0}-byte limit");
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}
