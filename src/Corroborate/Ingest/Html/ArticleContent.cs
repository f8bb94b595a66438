using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Ingest.Html;

/// <summary>
/// What <see cref="ArticleExtractor"/> found: the main text (paragraphs separated by a blank line, headings
/// included), the headings again, text taken out near the article with its reason, and embedded posts.
/// </summary>
internal sealed record ArticleContent(
    string Text,
    ImmutableArray<string> Headings,
    ImmutableArray<Removal> Removed,
    ImmutableArray<EmbeddedPost> EmbeddedPosts);
