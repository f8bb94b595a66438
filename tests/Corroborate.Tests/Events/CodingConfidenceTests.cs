using Corroborate.Events;
using Corroborate.Evaluation.Events;

namespace Corroborate.Tests.Events;

/// <summary>The kinds of evidence a coding rests on, their confidence, and the cross-validated minimum.</summary>
public sealed class CodingConfidenceTests
{
    private static CodingEvidence Evidence(int patternWeight, ArgumentRoute target, string? preposition = null, int particles = 0) =>
        new(patternWeight, patternWeight, particles, ArgumentRoute.Subject, target, preposition, 0, 1, "main", false, "act");

    [Theory]
    [InlineData(2, ArgumentRoute.Preposition, "IN", 0, EvidenceKind.Pattern)]
    [InlineData(0, ArgumentRoute.Object, null, 0, EvidenceKind.Argument)]
    [InlineData(0, ArgumentRoute.Preposition, "AGAINST", 0, EvidenceKind.Argument)]
    [InlineData(0, ArgumentRoute.Preposition, "WITH", 1, EvidenceKind.Argument)]
    [InlineData(0, ArgumentRoute.Preposition, "TO", 1, EvidenceKind.Argument)]
    [InlineData(0, ArgumentRoute.Joint, null, 0, EvidenceKind.Argument)]
    [InlineData(0, ArgumentRoute.Preposition, "TO", 0, EvidenceKind.Adjunct)]
    [InlineData(0, ArgumentRoute.Preposition, "IN", 0, EvidenceKind.Adjunct)]
    public void The_kind_of_evidence_follows_the_pattern_and_the_route_to_the_target(int weight, ArgumentRoute route, string? preposition, int particles, EvidenceKind expected)
    {
        Assert.Equal(expected, CodingConfidence.KindOf(Evidence(weight, route, preposition, particles)));
    }

    [Fact]
    public void Patterns_are_surest_and_the_shipped_minimum_leaves_out_adjuncts_only()
    {
        var (pattern, argument, adjunct) = (CodingConfidence.Of(EvidenceKind.Pattern), CodingConfidence.Of(EvidenceKind.Argument), CodingConfidence.Of(EvidenceKind.Adjunct));

        Assert.True(pattern > argument && argument > adjunct, $"{pattern} {argument} {adjunct}");
        Assert.InRange(CodingConfidence.Minimum, adjunct + 1e-9, argument);
    }

    [Theory]
    [InlineData(0, 0, 0.5)]
    [InlineData(8, 8, 0.9)]
    [InlineData(1, 3, 0.4)]
    public void A_confidence_is_the_share_right_pulled_towards_one_half(int right, int codings, double expected)
    {
        Assert.Equal(expected, CodingConfidence.Estimate(right, codings), 3);
    }

    private static PloverResult Judged(int index, EvidenceKind kind, bool right)
    {
        const string Text = "Northland acted against Southland.";
        var evidence = kind switch
        {
            EvidenceKind.Pattern => Evidence(2, ArgumentRoute.Object),
            EvidenceKind.Argument => Evidence(0, ArgumentRoute.Object),
            _ => Evidence(0, ArgumentRoute.Preposition, "IN"),
        };
        var coding = new EventCoding(new EventActor("NTH", "Northland", 0, 9), new EventActor("STH", "Southland", 24, 33), "111", 10, 15) { Evidence = evidence };
        var sentence = new PloverSentence(Text, null, [new PloverEvent($"s-{index}", "DISAPPROVE", [], [])]);
        return new PloverResult(sentence, [new PloverCoding(coding, "DISAPPROVE", right, right)], right ? 1 : 0, right ? 1 : 0);
    }

    [Fact]
    public void Calibration_keeps_the_kinds_whose_codings_are_worth_their_errors_on_folds_it_did_not_count()
    {
        var results = new List<PloverResult>();
        for (var i = 0; i < 40; i++)
        {
            results.Add(Judged(i, EvidenceKind.Pattern, right: i % 10 != 0));
            results.Add(Judged(100 + i, EvidenceKind.Argument, right: i % 4 != 0));
            results.Add(Judged(200 + i, EvidenceKind.Adjunct, right: i % 2 == 0));
        }

        var calibration = ConfidenceCalibration.Run(results);

        Assert.Equal([EvidenceKind.Pattern, EvidenceKind.Argument], calibration.Kept.ToArray());
        Assert.InRange(calibration.Minimum, calibration.Counts[2].Confidence, calibration.Counts[1].Confidence);
        Assert.Equal(5, calibration.Folds.Length);
        Assert.Equal(80, calibration.HeldCodings);
        Assert.All(calibration.Folds, f => Assert.DoesNotContain(EvidenceKind.Adjunct, f.Kept));
    }

    [Fact]
    public void When_every_kind_is_right_often_enough_nothing_is_left_out()
    {
        var results = Enumerable.Range(0, 30).Select(i => Judged(i, (EvidenceKind)(i % 3), right: i % 7 != 0)).ToList();

        var calibration = ConfidenceCalibration.Run(results);

        Assert.Equal(0, calibration.Minimum);
        Assert.Equal([EvidenceKind.Pattern, EvidenceKind.Argument, EvidenceKind.Adjunct], calibration.Kept.ToArray());
    }
}
