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

    /// <summary>Reads one file (or "-") and yields its documents.</summary>
    public IEnumerable<SourceDocument> Read(string path, CancellationToken cancellationToken = default)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = CopyBounded(stdin, "(standard input)");
            foreach (var document in Read(buffer, "(standard input)", cancellationToken))
            {
                yield return document;
            }

            yield break;
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, Directory.Exists(path) ? "is a folder" : "no such file");
        }

        using var stream = OpenFile(path);
        foreach (var document in Read(stream, path, cancellationToken))
        {
            yield return document;
        }
    }

    /// <summary>Reads documents from a seekable or buffered stream named <paramref name="source"/>.</summary>
    public IEnumerable<SourceDocument> Read(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        var format = Detect(stream, source);
        return format.Read(stream, source, limits, cancellationToken);
    }

    /// <summary>Picks the first format that recognises the stream's first bytes; rewinds the stream.</summary>
    public IDocumentFormat Detect(Stream stream, string source)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable so its head can be sniffed.", nameof(stream));
        }

        Span<byte> head = stackalloc byte[SniffBytes];
        var read = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == 0)
        {
            throw new InputException(source, "empty file");
        }

        foreach (var format in formats)
        {
            if (format.Recognizes(head[..read], source))
            {
                return format;
            }
        }

        throw new InputException(source, $"not a format Corroborate reads (starts with {InputText.Hex(head[..read])})");
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

    private MemoryStream CopyBounded(Stream input, string source)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = input.Read(chunk)) > 0)
        {
            if (buffer.Length + n > limits.MaxDocumentBytes)
            {
                throw new InputException(source, $"larger than the {limits.MaxDocumentBytes:N0}-byte limit");
            }

            buffer.Write(chunk, 0, n);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static bool IsHidden(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part.Length > 1 && part[0] == '.' && part != "..");
}
