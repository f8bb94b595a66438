namespace Corroborate.Model;

/// <summary>What a segment of clean text is. JSON names: body, heading, embedded-post.</summary>
public enum SegmentKind
{
    Body,
    Heading,
    EmbeddedPost,
}
