using Corroborate.Model;

namespace Corroborate.Ingest;

/// <summary>
/// Turns the paths a user names (files, folders read recursively, or "-" for standard input) into
/// documents, choosing each file's format by its content. Errors surface as <see cref="InputException"/>
/// while enumerating the file that caused them, so the caller keeps what came before.
/// </summary>
public sealed class InputReader(IReadOnlyList<IDocumentFormat> formats, ReadLimits limits)
{
    private const int SniffBytes = 4096;

    public InputReader() : this(DocumentFormats.Default, ReadLimits.Default)
    {
    }

    public IReadOnlyList<IDocumentFormat> Formats => formats;

    /// <summary>Expands <paramref name="paths"/> into input files in a stable order; throws for a path that does not exist.</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !IsHidden(f))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Reads one file (or "-") and yields its documents and the items it could not read.</summary>
    public IEnumerable<ReadItem> Read(string path, CancellationToken cancellationToken = default)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = CopyBounded(stdin, "(standard input)", limits.MaxDocumentBytes);
            foreach (var item in Read(buffer, "(standard input)", cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, Directory.Exists(path) ? "is a folder" : "no such file");
        }

        using var stream = OpenFile(path);
        foreach (var item in Read(stream, path, cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>Reads documents from a seekable or buffered stream named <paramref name="source"/>.</summary>
    public IEnumerable<ReadItem> Read(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        var (format, content) = Open(stream, source);
        return content == stream ? format.Read(content, source, limits, cancellationToken) : ReadOwned(format, content, source, cancellationToken);
    }

    private IEnumerable<ReadItem> ReadOwned(IDocumentFormat format, Stream content, string source, CancellationToken cancellationToken)
    {
        using (content)
        {
            foreach (var item in format.Read(content, source, limits, cancellationToken))
            {
                yield return item;
            }
        }
    }

    /// <summary>Picks the first format that recognises the stream's first bytes; rewinds the stream.</summary>
    public IDocumentFormat Detect(Stream stream, string source)
    {
        var (format, content) = Open(stream, source);
        if (content != stream)
        {
            content.Dispose();
        }

        return format;
    }

    /// <summary>
    /// The format of the stream and the bytes to give it. A gzip file that is not a web archive (a saved
    /// page.html.gz, a feed.xml.gz) is read through its decompressed bytes; UTF-16 text that no format
    /// claims as it is (HTML and JSON Lines sniff bytes as ASCII) is transcoded to UTF-8 and sniffed again,
    /// rather than left to the plain-text fallback with its markup.
    /// </summary>
    private (IDocumentFormat Format, Stream Content) Open(Stream stream, string source, int depth = 0)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable so its head can be sniffed.", nameof(stream));
        }

        var head = new byte[SniffBytes];
        var read = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == 0)
        {
            throw new InputException(source, "empty file");
        }

        var sniffed = head.AsSpan(0, read);
        foreach (var format in formats)
        {
            var isFallback = ReferenceEquals(format, formats[^1]);
            if (isFallback && depth == 0 && Archives.WarcReader.IsGzip(sniffed))
            {
                return Open(Decompress(stream, source), source, depth + 1);
            }

            if (isFallback && depth == 0 && IsUtf16(sniffed))
            {
                var text = TextDecoder.Decode(StreamBytes.ReadAll(stream, source, limits.MaxDocumentBytes), source);
                var transcoded = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text), writable: false);
                return Open(transcoded, source, depth + 1);
            }

            if (format.Recognizes(sniffed, source))
            {
                return (format, stream);
            }
        }

        throw new InputException(source, $"not a format Corroborate reads (starts with {InputText.Hex(sniffed)})");
    }

    private static bool IsUtf16(ReadOnlySpan<byte> head) =>
        head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));

    /// <summary>The whole gzip member chain decompressed, refusing more than the decompression limit (a gzip bomb).</summary>
    private MemoryStream Decompress(Stream stream, string source)
    {
        try
        {
            using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress, leaveOpen: true);
            return CopyBounded(gzip, source, limits.MaxDecompressedBytes);
        }
        catch (InvalidDataException e)
        {
            throw new InputException(source, $"corrupt gzip data ({e.Message})", inner: e);
        }
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, e.Message, inner: e);
        }
    }

    private static MemoryStream CopyBounded(Stream input, string source, long maxBytes)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = input.Read(chunk)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                throw new InputException(source, $"larger than the {maxBytes:N0}-byte limit");
            }

            buffer.Write(chunk, 0, n);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static bool IsHidden(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part.Length > 1 && part[0] == '.' && part != "..");
}
