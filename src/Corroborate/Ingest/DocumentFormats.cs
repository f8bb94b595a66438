namespace Corroborate.Ingest;

/// <summary>The formats Corroborate reads, in the order their content sniffers are asked.</summary>
internal static class DocumentFormats
{
    private static readonly Html.HtmlFormat Html = new();

    /// <summary>
    /// Structured formats first (their signatures are unambiguous), then CSV (by its extension or a header row
    /// of article fields, after HTML so a page is never a table), plain text last as the fallback that also
    /// rejects binary input. Pages inside archives go through the same main-text extraction
    /// as pages read from files; feed entries are fragments, so their markup is only turned into text.
    /// </summary>
    public static IReadOnlyList<IDocumentFormat> Default { get; } =
    [
        new Archives.WarcFormat(Html),
        new Feeds.FeedFormat(),
        new JsonlFormat(),
        Html,
        new CsvFormat(),
        new PlainTextFormat(),
    ];
}
