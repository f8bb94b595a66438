using Corroborate.Corroboration.Stance;
using FsCheck;
using FsCheck.Fluent;
using Corroborate.Evaluation.Stance;

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

    [Fact]
    public void Claim_folds_never_test_a_headline_or_a_body_that_trains_the_same_fold()
    {
        var pairs = Gen.Choose(0, 12).SelectMany(h => Gen.Choose(0, 15).SelectMany(b => Gen.Elements(StanceLabel.Agree, StanceLabel.Disagree, StanceLabel.Discuss, StanceLabel.Unrelated)
            .Select(label => new StancePair("claim " + h, "body " + b, label, 0)))).ArrayOf();
        Prop.ForAll(pairs.ToArbitrary(), Gen.Choose(2, 5).ToArbitrary(), (all, folds) =>
        {
            var assignment = StanceFolds.ByClaim(all, folds, seed: 7);
            for (var fold = 0; fold < folds; fold++)
            {
                var test = Enumerable.Range(0, all.Length).Where(i => assignment.IsTest(i, fold)).ToList();
                var train = Enumerable.Range(0, all.Length).Where(i => assignment.IsTrain(i, fold)).ToList();
                if (test.Any(i => train.Any(j => all[j].Headline == all[i].Headline || all[j].BodyId == all[i].BodyId)))
                {
                    return false;
                }
            }

            // A related pair never straddles two folds: a claim and the articles about it stay together.
            return Enumerable.Range(0, all.Length).Where(i => all[i].Gold != StanceLabel.Unrelated)
                .All(i => assignment.HeadlineFold[i] == assignment.BodyFold[i]);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Claim_folds_are_the_same_whatever_the_order_of_the_pairs()
    {
        StancePair[] pairs =
        [
            new("A", "1", StanceLabel.Agree, 2), new("A", "2", StanceLabel.Discuss, 3), new("B", "3", StanceLabel.Disagree, 4),
            new("B", "1", StanceLabel.Unrelated, 5), new("C", "4", StanceLabel.Agree, 6), new("C", "2", StanceLabel.Unrelated, 7),
        ];
        var forward = StanceFolds.ByClaim(pairs, 2, seed: 5);
        var backward = StanceFolds.ByClaim([.. pairs.Reverse()], 2, seed: 5);

        Assert.Equal(forward.HeadlineFold, backward.HeadlineFold.Reverse());
        Assert.Equal(forward.BodyFold, backward.BodyFold.Reverse());
    }
}
