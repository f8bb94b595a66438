using System.Collections.Immutable;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// One item or entry. <see cref="Summary"/> and <see cref="Content"/> hold sanitised HTML when their type
/// is HTML, plain text otherwise; links are absolute when a base (xml:base or document URI) allowed it.
/// </summary>
internal sealed record FeedEntry
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public ImmutableArray<string> Links { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    public string? Summary { get; init; }
    public ImmutableArray<FeedContent> Content { get; init; } = [];
    public ImmutableArray<FeedEnclosure> Enclosures { get; init; } = [];

    /// <summary>The entry's declared language (xml:lang or the feed's), when any.</summary>
    public string? Language { get; init; }
}
