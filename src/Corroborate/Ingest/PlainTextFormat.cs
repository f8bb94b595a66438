using Corroborate.Model;

namespace Corroborate.Ingest;

/// <summary>
/// Plain-text articles (<c>.txt</c> or no extension): one article a file, its metadata sniffed from the
/// head of the text by <see cref="PlainTextHeaderReader"/>. The fallback format: it recognises anything
/// and rejects binary content while decoding.
/// </summary>
internal sealed class PlainTextFormat : IDocumentFormat
{
    public string Name => "text";

    public bool Recognizes(ReadOnlySpan<byte> head, string source) => true;

    public IEnumerable<ReadItem> Read(Stream content, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        var bytes = StreamBytes.ReadAll(content, source, limits.MaxDocumentBytes);
        var text = TextDecoder.Decode(bytes, source);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(source, "no text (only white space)");
        }

        return [PlainTextHeaderReader.Read(text, source)];
    }
}
