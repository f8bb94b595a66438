using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// A direct quotation in one article. <see cref="Span"/> covers the quoted words without the quote
/// marks; <see cref="SpeakerSpan"/> the words naming the speaker as written ("he", "the Iranian
/// President", "Raisi"), and <see cref="SpeakerMention"/> the name they resolve to in the article, when found.
/// </summary>
public sealed record QuoteMention(
    TextSpan Span,
    string Text,
    TextSpan? SpeakerSpan,
    string? SpeakerCue,
    TextSpan? SpeakerMention,
    string? SpeakerRole,
    string? SpeakerCountry,
    bool IsPartial);
