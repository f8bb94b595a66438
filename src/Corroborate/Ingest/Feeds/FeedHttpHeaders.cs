namespace Corroborate.Ingest.Feeds;

/// <summary>
/// The HTTP response headers that change how a feed is read: Content-Type (its charset overrides the XML
/// declaration, and text/* without one means us-ascii per RFC 3023), Content-Location (the base URI) and
/// Content-Language (the default language).
/// </summary>
internal sealed record FeedHttpHeaders(string? ContentType = null, string? ContentLocation = null, string? ContentLanguage = null);
