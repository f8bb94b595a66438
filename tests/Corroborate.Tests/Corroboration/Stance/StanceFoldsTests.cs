using Corroborate.Corroboration.Stance;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Corroboration.Stance;

public sealed class StanceFoldsTests
{
    [Fact]
    public void No_body_is_ever_in_two_folds()
    {
        var bodyIds = Gen.Choose(0, 40).Select(i => "b" + i).ArrayOf();
        Prop.ForAll(bodyIds.ToArbitrary(), Gen.Choose(2, 7).ToArbitrary(), (ids, folds) =>
        {
            var assignment = StanceFolds.ByBody(ids, folds, seed: 11);
            var foldsOfBody = ids.Select((id, i) => (id, fold: assignment[i])).GroupBy(p => p.id).Select(g => g.Select(p => p.fold).Distinct().Count());
            return assignment.Length == ids.Length
                && assignment.All(f => f >= 0 && f < folds)
                && foldsOfBody.All(c => c == 1);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Folds_are_near_equal_and_the_same_for_the_same_seed()
    {
        var ids = Enumerable.Range(0, 500).Select(i => "body" + (i % 97)).ToArray();
        var assignment = StanceFolds.ByBody(ids, 5, seed: 3);

        var sizes = assignment.GroupBy(f => f).Select(g => g.Count()).ToArray();
        Assert.Equal(5, sizes.Length);
        Assert.True(sizes.Max() - sizes.Min() <= 6, string.Join(",", sizes));
        Assert.Equal(assignment, StanceFolds.ByBody(ids, 5, seed: 3));
    }
}
