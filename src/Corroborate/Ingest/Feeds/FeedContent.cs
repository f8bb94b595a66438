namespace Corroborate.Ingest.Feeds;

/// <summary>A content body: its value and MIME type ("text/html", "text/plain", "application/xhtml+xml").</summary>
internal sealed record FeedContent(string Value, string Type);
