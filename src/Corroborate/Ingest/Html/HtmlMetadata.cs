namespace Corroborate.Ingest.Html;

/// <summary>
/// Metadata read from a page's head and markup. <see cref="PublishedFrom"/> names the source of
/// <see cref="Published"/>: "json-ld", "open-graph", "time-element", "meta" or "url".
/// </summary>
internal sealed record HtmlMetadata
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? PublishedFrom { get; init; }

    /// <summary>Primary language subtag of <c>&lt;html lang&gt;</c>, lower case ("en" for "en-GB").</summary>
    public string? Language { get; init; }
}
