namespace Corroborate.Ingest;

/// <summary>The formats Corroborate reads, in the order their content sniffers are asked.</summary>
public static class DocumentFormats
{
    /// <summary>
    /// Structured formats first (their signatures are unambiguous), plain text last as the fallback
    /// that also rejects binary input.
    /// </summary>
    public static IReadOnlyList<IDocumentFormat> Default { get; } =
    [
        new Archives.WarcFormat(),
        new Feeds.FeedFormat(),
        new JsonlFormat(),
        new Html.HtmlFormat(),
        new PlainTextFormat(),
    ];
}
