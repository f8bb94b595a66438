using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>One time expression backing a timeline entry: the article, and the half-open span of the expression in its clean text.</summary>
public sealed record TimelineMention(string ArticleId, TextSpan Span, string Text);
