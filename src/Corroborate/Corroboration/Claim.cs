using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>
/// One claim across a story: every article sentence that states it, told in whatever words, with the
/// outlets behind it and the slots on which they disagree. <see cref="Text"/> is copied from
/// <see cref="Representative"/>, never reworded.
/// </summary>
public sealed record Claim(
    string Id,
    string Text,
    ClaimMention Representative,
    ImmutableArray<ClaimMention> Mentions,
    ImmutableArray<string> Articles,
    ImmutableArray<string> Outlets,
    ImmutableArray<ClaimConflict> Conflicts)
{
    /// <summary>
    /// How many independent sources tell the claim: the outlets, with an article and its near copies, articles
    /// crediting one agency, and sentences in near-identical words each counted once (<see cref="StorySources"/>).
    /// </summary>
    public int IndependentSources { get; init; } = 1;

    /// <summary>What other articles of the story say about the claim, when a stance model was run.</summary>
    public ClaimStance? Stance { get; init; }
}
