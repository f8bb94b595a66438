using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>
/// What one outlet brings to a story: the claims it alone reports, and the consensus claims (told by
/// most other outlets) it leaves out.
/// </summary>
public sealed record OutletCoverage(string Outlet, ImmutableArray<string> Articles, ImmutableArray<string> OnlyHere, ImmutableArray<string> LeavesOut)
{
    /// <summary>False when no outlet is known and <see cref="Outlet"/> is the article's title standing in for one.</summary>
    public bool Named { get; init; } = true;
}
