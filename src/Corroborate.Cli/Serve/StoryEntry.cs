using System.IO.Compression;
using System.Security.Cryptography;
using Corroborate.Reporting;

namespace Corroborate.Cli.Serve;

/// <summary>
/// A story's report JSON (UTF-8, as the contract writes it), also kept compressed (Brotli, gzip): a story is read far
/// more often than it changes, so it is compressed once rather than per request. Read from the store's reports or built.
/// </summary>
internal record StoryDocument(ReadOnlyMemory<byte> Json)
{
    public ReadOnlyMemory<byte> Brotli { get; } = Compress(Json, s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true));

    public ReadOnlyMemory<byte> Gzip { get; } = Compress(Json, s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true));

    /// <summary>A strong validator of the JSON's bytes.</summary>
    public string ETag { get; } = "\"" + Convert.ToHexStringLower(SHA256.HashData(Json.Span)[..12]) + "\"";

    private static byte[] Compress(ReadOnlyMemory<byte> bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(bytes.Span);
        }

        return output.ToArray();
    }
}

/// <summary>A story's report, built here, with its JSON; valid while the story has the articles it was built from.</summary>
internal sealed record StoryEntry(int ArticleCount, StoryReport Report, ReadOnlyMemory<byte> Json) : StoryDocument(Json);
