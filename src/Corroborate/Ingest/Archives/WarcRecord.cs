using System.Collections.Immutable;

namespace Corroborate.Ingest.Archives;

/// <summary>
/// One WARC (or ARC) record. <see cref="Number"/> is 1-based; <see cref="Offset"/> is the byte offset of the
/// record's first line in the (decompressed) stream. <see cref="Payload"/> is loaded only for response and
/// resource records (the HTTP body, de-chunked and decompressed, for HTTP responses) and is null otherwise.
/// </summary>
internal sealed record WarcRecord
{
    public required long Number { get; init; }
    public required long Offset { get; init; }

    /// <summary>WARC-Type (warcinfo, response, resource, request, revisit, metadata…); ARC records are "response".</summary>
    public required string Type { get; init; }

    public string? TargetUri { get; init; }
    public DateTimeOffset? Date { get; init; }

    /// <summary>The record's Content-Type (e.g. "application/http; msgtype=response").</summary>
    public string? ContentType { get; init; }

    /// <summary>The payload's media type: the HTTP Content-Type for HTTP responses, else <see cref="ContentType"/>.</summary>
    public string? PayloadType { get; init; }

    /// <summary>HTTP status code of a response record, when its block is an HTTP message.</summary>
    public int? HttpStatus { get; init; }

    public long ContentLength { get; init; }
    public ImmutableDictionary<string, string> Headers { get; init; } = ImmutableDictionary<string, string>.Empty;
    public byte[]? Payload { get; init; }

    /// <summary>True when the block was larger than <see cref="ReadLimits.MaxDocumentBytes"/> and was streamed past, not kept.</summary>
    public bool TooLarge { get; init; }
}
