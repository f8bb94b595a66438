using System.Collections.Immutable;

namespace Corroborate.Extraction;

/// <summary>
/// One statement across a story: its wording as most outlets give it, its speaker (entity id when
/// resolved), every mention in every article with its similarity to that wording, and whether all
/// mentions agree word for word.
/// </summary>
public sealed record Quote(string Id, string? Speaker, string? SpeakerName, string Text, ImmutableArray<QuoteReference> Mentions, bool Verbatim);
