using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>
/// An extractive account of a story: a headline taken from one of its articles, a summary of sentences
/// chosen for coverage and support (every one cited), the claims most outlets carry, and per outlet what
/// only it reports. Nothing in it is worded by us.
/// </summary>
public sealed record Briefing(
    string Headline,
    string? HeadlineArticle,
    ImmutableArray<BriefingSentence> Summary,
    ImmutableArray<string> KeyFacts,
    ImmutableArray<OutletCoverage> Outlets);
