using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;

namespace Corroborate.Ingest.Archives;

/// <summary>
/// Streams the records of a WARC 1.0/1.1 or ARC v1 file, uncompressed or gzipped (one member per record or
/// the whole file), in constant memory: each record is read as it comes and only response/resource blocks
/// up to <see cref="ReadLimits.MaxDocumentBytes"/> are kept; larger ones are streamed past and marked
/// <see cref="WarcRecord.TooLarge"/>, so the records after them are still read. A record declaring more than
/// <see cref="ReadLimits.MaxSkippedRecordBytes"/> (damage or a gzip bomb's signature) is refused. Any damage throws an
/// <see cref="InputException"/> naming the source, the record number and the byte offset (in the
/// decompressed stream); the records before it have already been yielded.
/// </summary>
internal sealed class WarcReader(string source, ReadLimits limits)
{
    /// <summary>Longest header line accepted; real WARC header lines are under a few KiB.</summary>
    private const int MaxHeaderLine = 64 * 1024;

    private const int MaxHeaderLines = 1024;

    /// <summary>Blank bytes tolerated between records (the spec has four); more means runaway padding.</summary>
    private const int MaxGap = 64 * 1024;

    /// <summary>True when <paramref name="head"/> starts with gzip's magic bytes.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>Reads the records of <paramref name="content"/>, which must be seekable so its first bytes can be sniffed.</summary>
    public IEnumerable<WarcRecord> Read(Stream content, CancellationToken cancellationToken = default)
    {
        Span<byte> magic = stackalloc byte[2];
        var sniffed = content.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        content.Seek(-sniffed, SeekOrigin.Current);
        using var decompressed = IsGzip(magic[..sniffed]) ? new GZipStream(content, CompressionMode.Decompress, leaveOpen: true) : null;
        var reader = new ArchiveByteReader(decompressed ?? content);
        bool? isArc = null;
        for (long number = 1; ; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = reader.Position;
            WarcRecord? record;
            try
            {
                SkipGap(reader);
                offset = reader.Position;
                if (reader.AtEnd)
                {
                    yield break;
                }

                isArc ??= reader.Peek() == 'f';
                record = isArc.Value ? ReadArcRecord(reader, number, offset) : ReadWarcRecord(reader, number, offset);
            }
            catch (FormatException e)
            {
                throw new InputException(source, $"record {number} at byte {offset}: {e.Message}", offset, e);
            }
            catch (InvalidDataException e)
            {
                throw new InputException(source, $"record {number} at byte {offset}: corrupt compressed data ({e.Message})", offset, e);
            }

            yield return record;
        }
    }

    private static void SkipGap(ArchiveByteReader reader)
    {
        for (var skipped = 0; reader.Peek() is '\r' or '\n'; skipped++)
        {
            if (skipped > MaxGap)
            {
                throw new FormatException($"more than {MaxGap:N0} blank bytes between records");
            }

            reader.Skip(1);
        }
    }

    private WarcRecord ReadWarcRecord(ArchiveByteReader reader, long number, long offset)
    {
        var version = reader.ReadLine(MaxHeaderLine) ?? throw new FormatException("unexpected end of file");
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new FormatException($"expected a \"WARC/1.x\" version line, found {InputText.Quote(version)}");
        }

        var headers = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        for (var count = 0; ; count++)
        {
            var line = reader.ReadLine(MaxHeaderLine) ?? throw new FormatException("truncated in the record header");
            if (line.Length == 0)
            {
                break;
            }

            if (count > MaxHeaderLines)
            {
                throw new FormatException($"more than {MaxHeaderLines} header lines");
            }

            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim(); // folded continuation line
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new FormatException($"header line without a colon: {InputText.Quote(line)}");
            }

            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }

        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new FormatException($"missing or invalid Content-Length {InputText.Quote(lengthText ?? "")}");
        }

        var type = headers.GetValueOrDefault("WARC-Type", "").ToLowerInvariant();
        var contentType = headers.GetValueOrDefault("Content-Type");
        var wanted = type is "response" or "resource";
        var block = ReadBlock(reader, length, keep: wanted);
        var record = new WarcRecord
        {
            Number = number,
            Offset = offset,
            Type = type,
            TargetUri = headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>'),
            Date = DateTimeOffset.TryParse(headers.GetValueOrDefault("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null,
            ContentType = contentType,
            PayloadType = contentType,
            ContentLength = length,
            Headers = headers.ToImmutable(),
            TooLarge = wanted && length > limits.MaxDocumentBytes,
        };
        return WithPayload(record, block, isHttp: contentType?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) == true && type == "response");
    }

    private WarcRecord ReadArcRecord(ArchiveByteReader reader, long number, long offset)
    {
        var line = reader.ReadLine(MaxHeaderLine) ?? throw new FormatException("unexpected end of file");
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5)
        {
            throw new FormatException($"ARC header line needs URL, IP, date, type and length: {InputText.Quote(line)}");
        }

        // URL may itself contain spaces; the four fields after it are fixed (ARC v1).
        var url = string.Join(' ', fields[..^4]);
        var (dateText, mime, lengthText) = (fields[^3], fields[^2], fields[^1]);
        if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new FormatException($"ARC length {InputText.Quote(lengthText)} is not a byte count");
        }

        if (!DateTimeOffset.TryParseExact(dateText, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            throw new FormatException($"ARC date {InputText.Quote(dateText)} is not yyyyMMddHHmmss");
        }

        var isFileHeader = url.StartsWith("filedesc:", StringComparison.OrdinalIgnoreCase);
        var block = ReadBlock(reader, length, keep: !isFileHeader);
        var record = new WarcRecord
        {
            Number = number,
            Offset = offset,
            Type = isFileHeader ? "warcinfo" : "response",
            TargetUri = url,
            Date = date,
            ContentType = mime,
            PayloadType = mime,
            ContentLength = length,
            TooLarge = !isFileHeader && length > limits.MaxDocumentBytes,
        };
        return WithPayload(record, block, isHttp: !isFileHeader && url.StartsWith("http", StringComparison.OrdinalIgnoreCase));
    }

    private WarcRecord WithPayload(WarcRecord record, byte[]? block, bool isHttp)
    {
        if (block is null || !isHttp)
        {
            return record with { Payload = block };
        }

        var http = HttpMessage.Parse(block, limits.MaxDecompressedBytes);
        return http is null
            ? record with { Payload = block }
            : record with { Payload = http.Body, HttpStatus = http.Status, PayloadType = http.Headers.GetValueOrDefault("Content-Type") };
    }

    /// <summary>Reads (or skips) a block of <paramref name="length"/> bytes; blocks too large to keep are skipped.</summary>
    private byte[]? ReadBlock(ArchiveByteReader reader, long length, bool keep)
    {
        if (length > limits.MaxSkippedRecordBytes)
        {
            throw new FormatException($"declares {length:N0} bytes, past the {limits.MaxSkippedRecordBytes:N0}-byte record limit");
        }

        keep &= length <= limits.MaxDocumentBytes;
        using var buffer = keep ? new MemoryStream((int)length) : null;
        var copied = reader.CopyTo(buffer, length);
        if (copied < length)
        {
            throw new FormatException($"truncated: the block declares {length:N0} bytes but the file ends after {copied:N0}");
        }

        return buffer?.ToArray();
    }
}
