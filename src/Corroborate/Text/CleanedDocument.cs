using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Text;

/// <summary>
/// The output of <see cref="ArticleCleaner"/>: the clean text (body and headings first, embedded posts
/// after <see cref="BodyLength"/>), its segments (languages still unknown) and every removal.
/// </summary>
public sealed record CleanedDocument(
    SourceDocument Source,
    string CleanText,
    int BodyLength,
    ImmutableArray<Segment> Segments,
    ImmutableArray<Removal> Removed);
