using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>Where an entity is mentioned: the article and the span of the name in its clean text.</summary>
public sealed record EntityMentionRef(string ArticleId, TextSpan Span, string Text);
