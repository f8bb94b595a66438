using System.Collections.Immutable;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// A parsed RSS/Atom/RDF feed. <see cref="Bozo"/> is true when the document was not well-formed (or its
/// declared encoding was wrong) and was read by the lenient pass; <see cref="BozoReason"/> says why.
/// </summary>
internal sealed record Feed
{
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Language { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Author { get; init; }

    /// <summary>Feed dialect: rss20, rss094…rss090, rss091u/rss091n, rss10, atom10, atom03, or "" when unknown.</summary>
    public string Version { get; init; } = "";

    /// <summary>The character encoding the bytes were decoded with, as declared (e.g. "utf-8", "EUC-KR").</summary>
    public string Encoding { get; init; } = "utf-8";

    public bool Bozo { get; init; }
    public string? BozoReason { get; init; }

    /// <summary>
    /// Set when even the lenient pass stopped early (a truncated or damaged feed): what came after this
    /// point was not read, and the entries hold only what came before it.
    /// </summary>
    public string? UnreadAfter { get; init; }
    public ImmutableArray<FeedEntry> Entries { get; init; } = [];
}
