using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>
/// How the story's articles stand towards one claim: those that state it support it; the others are
/// read by the stance model (agree, disagree, discuss; unrelated ones are left out).
/// </summary>
public sealed record ClaimStance(ImmutableArray<string> Support, ImmutableArray<string> Agree, ImmutableArray<string> Disagree, ImmutableArray<string> Discuss);
