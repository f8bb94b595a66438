using Corroborate.Model;

namespace Corroborate.Ingest;

/// <summary>
/// One input format (plain text, JSONL, CSV/TSV, HTML, RSS/Atom, WARC…). Formats are chosen by content:
/// <see cref="InputReader"/> asks each, in order, whether it recognises the first bytes.
/// </summary>
public interface IDocumentFormat
{
    /// <summary>Short name used in messages and <c>--format</c> hints: "text", "jsonl", "csv", "html", "feed", "warc".</summary>
    string Name { get; }

    /// <summary>True when <paramref name="head"/> (the first bytes, at most 4 KiB, possibly fewer) looks like this format.</summary>
    bool Recognizes(ReadOnlySpan<byte> head, string source);

    /// <summary>
    /// Reads every document in <paramref name="content"/>. An item it cannot read (a line, an entry, a
    /// record) is yielded as <see cref="ReadItem.Skipped"/> and the reading goes on; input it cannot read
    /// at all throws <see cref="InputException"/> naming <paramref name="source"/>, and documents yielded
    /// before the throw are valid.
    /// </summary>
    IEnumerable<ReadItem> Read(Stream content, string source, ReadLimits limits, CancellationToken cancellationToken);
}
