using System.Text;
using Corroborate.Ingest;
using Corroborate.Model;

namespace Corroborate.Tests.Ingest.Archives;

/// <summary>Stand-in for the HTML extractor behind the readers' HTML seam: strips tags, keeps all text.</summary>
public sealed class TagStrippingHtmlFormat : IDocumentFormat
{
    public string Name => "html";

    public bool Recognizes(ReadOnlySpan<byte> head, string source) => head.IndexOf("<html"u8) >= 0;

    public IEnumerable<ReadItem> Read(Stream content, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        var html = Encoding.UTF8.GetString(StreamBytes.ReadAll(content, source, limits.MaxDocumentBytes));
        yield return new SourceDocument { Source = source, Text = MarkupText.ToPlainText(html) };
    }
}
