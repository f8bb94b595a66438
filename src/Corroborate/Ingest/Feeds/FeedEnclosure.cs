namespace Corroborate.Ingest.Feeds;

/// <summary>An RSS enclosure or Atom rel="enclosure" link; <see cref="Length"/> in bytes when declared.</summary>
internal sealed record FeedEnclosure(string Url, string? Type, long? Length);
