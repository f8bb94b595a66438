using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>The claims of one story, aligned across its articles, with their conflicts and the briefing built on them.</summary>
public sealed record StoryCorroboration(ImmutableArray<Claim> Claims, Briefing Briefing)
{
    public Claim? Find(string id) => Claims.FirstOrDefault(c => c.Id == id);
}
