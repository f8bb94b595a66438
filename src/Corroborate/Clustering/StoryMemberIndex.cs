namespace Corroborate.Clustering;

/// <summary>
/// The members a story compares for the best-member similarity (its first <see cref="StoryClusteringOptions.MaxMembersCompared"/>
/// originals), inverted per kind (<see cref="MemberPostings"/>). Kept beside the story and brought up to date when asked:
/// a member joining at the end is added, any other change (a move, a merge, re-ordering) rebuilds it, so it always holds
/// exactly the members it is asked about, in their order.
/// </summary>
internal sealed class StoryMemberIndex
{
    private readonly List<StoryMember> _members = [];

    public MemberPostings Terms { get; } = new();

    public MemberPostings Entities { get; } = new();

    public MemberPostings Numbers { get; } = new();

    public MemberPostings Headline { get; } = new();

    /// <summary>Makes the index hold the first <paramref name="compared"/> of <paramref name="members"/>, numbered by their place.</summary>
    public void Sync(List<StoryMember> members, int compared)
    {
        var same = 0;
        while (same < _members.Count && same < compared && ReferenceEquals(_members[same], members[same]))
        {
            same++;
        }

        if (same < _members.Count)
        {
            _members.Clear();
            Terms.Clear();
            Entities.Clear();
            Numbers.Clear();
            Headline.Clear();
            same = 0;
        }

        for (var i = same; i < compared; i++)
        {
            var member = members[i];
            _members.Add(member);
            var features = member.Features;
            Terms.Add(i, features.Terms);
            Entities.Add(i, features.Entities);
            Numbers.Add(i, features.Numbers);
            Headline.Add(i, features.Headline);
        }
    }
}
