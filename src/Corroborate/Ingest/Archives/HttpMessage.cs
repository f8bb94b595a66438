using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Corroborate.Ingest.Archives;

/// <summary>
/// The HTTP response inside a WARC response block: status, headers and the entity body with chunked
/// transfer coding removed and gzip/deflate/br content coding undone, bounded by the decompression limit.
/// </summary>
internal sealed record HttpMessage(int Status, ImmutableDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>Parses <paramref name="block"/>; returns null when it does not start with an HTTP status line.</summary>
    public static HttpMessage? Parse(byte[] block, long maxDecompressed)
    {
        var headerEnd = HeaderEnd(block, out var separator);
        var head = Encoding.Latin1.GetString(block, 0, headerEnd < 0 ? Math.Min(block.Length, 8192) : headerEnd);
        var lines = head.Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], out var code))
        {
            return null;
        }

        var headers = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = headerEnd < 0 ? [] : block[(headerEnd + separator)..];
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            // Archivers often store the de-chunked body but keep the header; like warcio, fall back to the raw
            // body when it is not valid chunked coding rather than lose the record.
            body = Dechunk(body) ?? body;
        }

        if (headers.TryGetValue("Content-Encoding", out var coding) && body.Length > 0)
        {
            body = Decode(body, coding.Trim().ToLowerInvariant(), maxDecompressed);
        }

        return new HttpMessage(code, headers.ToImmutable(), body);
    }

    private static int HeaderEnd(byte[] block, out int separator)
    {
        var span = block.AsSpan();
        var crlf = span.IndexOf("\r\n\r\n"u8);
        var lf = span.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            separator = 4;
            return crlf;
        }

        separator = 2;
        return lf;
    }

    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0)
            {
                return null;
            }

            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd - position).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.AllowHexSpecifier, null, out var size) || size < 0)
            {
                return null;
            }

            position = lineEnd + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            if (position + size > body.Length)
            {
                return null;
            }

            output.Write(body, position, size);
            position += size;
            position += position < body.Length && body[position] == '\r' ? 1 : 0;
            position += position < body.Length && body[position] == '\n' ? 1 : 0;
        }

        return output.ToArray(); // a missing last-chunk is common in captures; keep what arrived
    }

    private static byte[] Decode(byte[] body, string coding, long maxDecompressed)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding switch
        {
            "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
            "deflate" => new ZLibStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => input,
        };
        if (ReferenceEquals(decoder, input))
        {
            return body;
        }

        using var output = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = decoder.Read(chunk)) > 0)
        {
            if (output.Length + n > maxDecompressed)
            {
                throw new FormatException($"the {coding} body expands past the {maxDecompressed:N0}-byte decompression limit");
            }

            output.Write(chunk, 0, n);
        }

        return output.ToArray();
    }
}
