namespace Corroborate.Ingest.Feeds;

/// <summary>A content body: its value and MIME type ("text/html", "text/plain", "application/xhtml+xml").</summary>
public sealed record FeedContent(string Value, string Type);
