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
    ImmutableArray<Removal> Removed)
{
    /// <summary>
    /// Per segment, the language guess cleaning already made for exactly that text (null where it made none), so
    /// <see cref="ArticleAssembler"/> does not identify the same paragraph twice.
    /// </summary>
    internal ImmutableArray<string?> SegmentGuesses { get; init; } = [];

    /// <summary>The identifier that made <see cref="SegmentGuesses"/>: another identifier's guesses are not reused.</summary>
    internal LanguageIdentifier? GuessedBy { get; init; }
}
