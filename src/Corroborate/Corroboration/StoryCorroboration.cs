using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>The claims of one story, aligned across its articles, with their conflicts and the briefing built on them.</summary>
public sealed record StoryCorroboration(ImmutableArray<Claim> Claims, Briefing Briefing)
{
    /// <summary>
    /// Reports of a growing story since its last rebuild: 0 for a whole report (what a report from scratch gives), n when
    /// the claims and conflicts of n added articles were placed against the rebuilt ones (see <c>StoryEpoch</c>).
    /// </summary>
    public int SinceRebuild { get; init; }

    public Claim? Find(string id) => Claims.FirstOrDefault(c => c.Id == id);
}
