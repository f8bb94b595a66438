using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Corroboration.Stance;

/// <summary>
/// A body's headline-independent features are computed once and kept: reading it against one claim after another
/// must give each claim exactly what a freshly analysed body gives.
/// </summary>
public sealed class StanceBodyFeaturesTests
{
    private const string Body = "The harbour board voted on Tuesday to close the old ferry pier for repairs. Engineers said the pilings were not safe. "
        + "A spokesman denied reports that the pier would be demolished, calling them false. Ferries will use the north quay until May, "
        + "the board said. Residents may comment on the plan at a meeting next week, although no date has been confirmed.";

    private static readonly string[] Claims =
    [
        "The harbour board closed the ferry pier for repairs",
        "The pier will be demolished",
        "Ferries will use the north quay until May",
        "A volcano erupted overnight in the far north",
        "Engineers said the pilings were safe",
    ];

    [Fact]
    public void A_body_read_against_many_claims_scores_each_as_a_fresh_body_does()
    {
        var classifier = StanceClassifier.Load();
        var reused = classifier.Prepare(Body);
        foreach (var claim in Claims.Concat(Claims.Reverse()))
        {
            var fresh = classifier.Predict(claim, classifier.Prepare(Body));
            var again = classifier.Predict(claim, reused);

            Assert.Equal(fresh, again);
        }
    }

    [Fact]
    public void The_story_reader_gives_what_classifying_each_article_gives()
    {
        var model = FncStanceModel.Default;
        var reader = ((IStanceModel)model).ReaderFor(Claims);
        int[][] open = [[0, 1, 2, 3, 4], [4, 2], [], [1]];
        foreach (var indexes in open)
        {
            Assert.Equal(model.Classify([.. indexes.Select(i => Claims[i])], Body), reader(indexes, Body));
        }
    }

    [Fact]
    public void Pair_features_are_the_sorted_union_of_the_body_part_and_the_pair_part()
    {
        var headline = StanceDocument.Analyze(Claims[1]);
        var body = StanceDocument.Analyze(Body);
        var features = StanceLinearModel.Features(headline, body);

        Assert.True(features.Zip(features.Skip(1)).All(p => p.First < p.Second));
        Assert.Subset(features.ToHashSet(), StanceLinearModel.BodyFeatures(body).ToHashSet());
        Assert.True(features.Length > StanceLinearModel.BodyFeatures(body).Length);
    }

    [Fact]
    public void Predicting_over_the_walked_union_gives_the_probabilities_of_the_built_union()
    {
        var body = StanceDocument.Analyze(Body);
        var rows = Claims.Select((claim, i) => (StanceLinearModel.Features(StanceDocument.Analyze(claim), body), i % StanceLinearModel.Classes, 1f)).ToList();
        var model = StanceLinearModel.Fit(rows, seed: 5);
        Span<float> walked = stackalloc float[StanceLinearModel.Classes];
        Span<float> built = stackalloc float[StanceLinearModel.Classes];
        foreach (var claim in Claims)
        {
            var headline = StanceDocument.Analyze(claim);
            model.Predict(StanceLinearModel.BodyFeatures(body), StanceLinearModel.PairFeatures(headline, body), walked);
            model.Predict(StanceLinearModel.Features(headline, body), built);

            Assert.True(walked.SequenceEqual(built));
        }
    }

    [Fact]
    public void Merging_sorted_features_equals_a_set_union_sorted()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int[]>(), ArbMap.Default.ArbFor<int[]>(), (a, b) =>
            {
                var body = a.Distinct().Order().ToArray();
                var pair = b.Order().ToList();
                var expected = body.Union(pair).Order().ToArray();
                return StanceLinearModel.MergeDistinct(body, pair).SequenceEqual(expected);
            })
            .QuickCheckThrowOnFailure();
    }
}
