using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>
/// What a reader recovers from one input item before cleaning: raw text (paragraphs separated by blank
/// lines) and whatever metadata the format carried. <see cref="Source"/> names the input as the user gave it
/// (a path, URL, or path plus item locator such as <c>feed.xml#3</c> or <c>file.jsonl:12</c>).
/// </summary>
public sealed record SourceDocument
{
    public required string Source { get; init; }
    public required string Text { get; init; }
    public string? ExternalId { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from: field, timestamp, header, dateline, json-ld, meta, url…</summary>
    public string? PublishedFrom { get; init; }

    /// <summary>A language the source declared (ISO 639-1), checked later against the detector.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>Removals the reader already made (HTML boilerplate, header lines).</summary>
    public ImmutableArray<Removal> Removed { get; init; } = [];

    /// <summary>Posts the reader found structurally; plain-text posts are found by the cleaner.</summary>
    public ImmutableArray<EmbeddedPost> EmbeddedPosts { get; init; } = [];

    /// <summary>Lines the reader knows are headings (HTML h2/h3), so the cleaner need not guess.</summary>
    public ImmutableArray<string> Headings { get; init; } = [];
}
