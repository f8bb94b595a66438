using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>
/// A cleaned article. <see cref="CleanText"/> is written once by the Text stage and never rewritten:
/// body and heading paragraphs come first (the body is <c>CleanText[..BodyLength]</c>), embedded posts
/// follow. Every span in this and later records indexes <see cref="CleanText"/>.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id derived from <see cref="ContentHash"/> (12 hex digits).</summary>
    public required string Id { get; init; }
    public required string Source { get; init; }
    public string? ExternalId { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? PublishedFrom { get; init; }

    /// <summary>ISO 639-1 code of the body, or "und" when undetermined.</summary>
    public required string Language { get; init; }
    public required string CleanText { get; init; }
    public required int BodyLength { get; init; }
    public required ImmutableArray<Segment> Segments { get; init; }
    public required ImmutableArray<TextSpan> Sentences { get; init; }
    public required ImmutableArray<Removal> Removed { get; init; }

    /// <summary>SHA-256 (hex) of outlet, title and normalised clean text: equal hashes mean the same article.</summary>
    public required string ContentHash { get; init; }

    public string Body => CleanText[..BodyLength];

    public DateTimeOffset? ReceivedAt { get; init; }
}
