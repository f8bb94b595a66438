namespace Corroborate.Model;

/// <summary>
/// One paragraph-level piece of an article's clean text. Segments tile the clean text in order
/// (separators between them excepted). Author, handle and date are set for embedded posts.
/// </summary>
public sealed record Segment(
    SegmentKind Kind,
    TextSpan Span,
    string? Language = null,
    string? Author = null,
    string? Handle = null,
    DateTimeOffset? Date = null);
