using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// One sentence of a briefing's summary, copied word for word from <see cref="Article"/> at
/// <see cref="Span"/>, with the articles that state the same claim (<see cref="Citations"/>, the sentence's
/// own article first) and where each of them says it.
/// </summary>
public sealed record BriefingSentence(string Sentence, string Article, TextSpan Span, string ClaimId, ImmutableArray<string> Citations, ImmutableArray<ClaimMention> Sources)
{
    /// <summary>Who speaks when the sentence gives a quotation to "he" or "she": shown beside it so it stands alone; null otherwise.</summary>
    public string? Speaker { get; init; }
}
