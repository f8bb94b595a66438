namespace Corroborate.Ingest;

/// <summary>Size limits that keep hostile input from exhausting memory.</summary>
public sealed record ReadLimits
{
    /// <summary>Largest single file or document read into memory (bytes). 32 MiB: far above any real article page.</summary>
    public long MaxDocumentBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Largest decompressed record in an archive (bytes), guarding against gzip bombs.</summary>
    public long MaxDecompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Largest archive record skipped (not kept) to reach the records after it (bytes). A record over
    /// <see cref="MaxDocumentBytes"/> is streamed past in constant memory and named as skipped; one declaring
    /// more than this is taken for damage or a decompression bomb, and ends the archive.
    /// </summary>
    public long MaxSkippedRecordBytes { get; init; } = 8L * 1024 * 1024 * 1024;

    /// <summary>Deepest element nesting accepted in HTML or XML.</summary>
    public int MaxNestingDepth { get; init; } = 512;

    public static ReadLimits Default { get; } = new();
}
