using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Corroborate.Model;

namespace Corroborate.Ingest.Html;

/// <summary>
/// HTML pages: one article a file. Decodes the bytes (<see cref="HtmlDecoder"/>), refuses markup nested past
/// <see cref="ReadLimits.MaxNestingDepth"/> before parsing, then reads metadata
/// (<see cref="HtmlMetadataReader"/>) and the main text (<see cref="ArticleExtractor"/>) from the AngleSharp DOM.
/// </summary>
internal sealed class HtmlFormat : IDocumentFormat
{
    /// <summary>
    /// Comments, style text and source positions are never read, and skipping them saves about a third of
    /// the parse time. Script text is kept: JSON-LD metadata lives in scripts.
    /// </summary>
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        SkipComments = true,
        SkipRawText = true,
        DisableElementPositionTracking = true,
    };

    private readonly ArticleExtractor _extractor;

    public HtmlFormat() : this(new ArticleExtractor())
    {
    }

    public HtmlFormat(ArticleExtractor extractor) => _extractor = extractor;

    public string Name => "html";

    public bool Recognizes(ReadOnlySpan<byte> head, string source) => HtmlSniffer.LooksLikeHtml(head);

    public IEnumerable<ReadItem> Read(Stream content, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        var bytes = StreamBytes.ReadAll(content, source, limits.MaxDocumentBytes);
        return [ReadDocument(bytes, source, limits, cancellationToken)];
    }

    /// <summary>
    /// Reads one page from its bytes. Throws <see cref="InputException"/> naming <paramref name="source"/> for
    /// a page over the size limit, nested too deeply, undecodable, or without any text.
    /// </summary>
    public SourceDocument ReadDocument(ReadOnlySpan<byte> bytes, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        if (bytes.Length > limits.MaxDocumentBytes)
        {
            throw new InputException(source, $"{bytes.Length:N0} bytes is larger than the {limits.MaxDocumentBytes:N0}-byte limit");
        }

        var html = HtmlDecoder.Decode(bytes, source);
        return ReadDocument(html, source, limits, cancellationToken);
    }

    /// <summary>The DOM of decoded markup, parsed with this reader's options (no nesting check: callers do it).</summary>
    internal static IHtmlDocument Parse(string html) => new HtmlParser(ParserOptions).ParseDocument(html);

    /// <summary>Reads one page from decoded markup; see <see cref="ReadDocument(ReadOnlySpan{byte}, string, ReadLimits, CancellationToken)"/>.</summary>
    public SourceDocument ReadDocument(string html, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        // The HTML tree builder checks scopes by walking the open-element stack, so parsing n nested elements
        // costs O(n²): 100,000 nested divs take half a minute. Refuse such input before parsing.
        var depth = MarkupDepth.Measure(html, limits.MaxNestingDepth);
        if (depth > limits.MaxNestingDepth)
        {
            throw new InputException(source, $"markup nested deeper than {limits.MaxNestingDepth} elements");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var document = Parse(html);
        var metadata = HtmlMetadataReader.Read(document);
        var content = _extractor.Extract(document, metadata.Title, cancellationToken);
        if (string.IsNullOrWhiteSpace(content.Text) && content.EmbeddedPosts.IsEmpty)
        {
            throw new InputException(source, "no article text found in the page");
        }

        return new SourceDocument
        {
            Source = source,
            Text = content.Text,
            Url = metadata.Url,
            Title = metadata.Title,
            Outlet = metadata.Outlet,
            Author = metadata.Author,
            Published = metadata.Published,
            PublishedFrom = metadata.PublishedFrom,
            DeclaredLanguage = metadata.Language,
            Removed = content.Removed,
            EmbeddedPosts = content.EmbeddedPosts,
            Headings = content.Headings,
        };
    }
}
