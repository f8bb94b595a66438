using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>Where a quote stands: article, span of the quoted words, and similarity to the quote's chosen wording.</summary>
public sealed record QuoteReference(string ArticleId, TextSpan Span, string Text, double Similarity, TextSpan? SpeakerSpan, string? SpeakerCue);
