namespace Corroborate.Clustering;

/// <summary>
/// The lowest pair score among a story's members, kept from one re-check to the next so that the split check
/// (<see cref="StoryClusterer"/>) scores only the pairs a placement added rather than every pair again: a member that
/// joined at the end adds its pairs with those before it; any other change (a move, a merge, a split, a reorder) starts
/// again from the first member. A pair's score is fixed once both members are weighed (remembered or scored again, the
/// same value to the bit), so the lowest is the one scoring every pair afresh gives.
/// </summary>
internal sealed class MemberPairs
{
    private readonly List<StoryMember> _members = [];

    /// <summary>The lowest pair score among the first <paramref name="count"/> of <paramref name="members"/> (infinity with fewer than two).</summary>
    public double Lowest { get; private set; } = double.PositiveInfinity;

    public double Update(List<StoryMember> members, int count, StoryIndex index)
    {
        var same = 0;
        while (same < _members.Count && same < count && ReferenceEquals(_members[same], members[same]))
        {
            same++;
        }

        if (same < _members.Count)
        {
            _members.Clear();
            Lowest = double.PositiveInfinity;
            same = 0;
        }

        for (var j = same; j < count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                // The same pairs, argument order included, as the check's full pair table (i before j).
                Lowest = Math.Min(Lowest, index.PairSimilarity(members[i], members[j]));
            }

            _members.Add(members[j]);
        }

        return Lowest;
    }
}
