using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>The minimum-evidence gate (<see cref="CodingGate"/>): what it leaves out, what it keeps, what it never scores (sentences written for these tests).</summary>
public sealed class CodingGateTests
{
    private static readonly EventCoder Gated = new(EventDictionaries.Default);

    private static readonly EventCoder Ungated = new(EventDictionaries.Default, new EventCoderOptions { Gate = false });

    [Fact]
    public void A_cooperative_act_by_a_side_with_no_country_reached_through_a_preposition_is_left_out()
    {
        const string sentence = "Activists met with lawmakers in Kenya.";

        var weak = Assert.Single(Ungated.Code(sentence), c => c.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.True(weak.GateScore < CodingGate.Threshold, $"gate score {weak.GateScore:F3}");
        Assert.Contains("source_no_country", CodingFeatures.Names.Where((_, i) => weak.Features[i] > 0));
        Assert.DoesNotContain(Gated.Code(sentence), c => c.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pattern_between_two_named_countries_passes()
    {
        var coding = Assert.Single(Gated.Code("Iran signed an agreement with Cuba."), c => c.Source.Code == "IRN");

        Assert.True(coding.GateScore >= CodingGate.Threshold, $"gate score {coding.GateScore:F3}");
    }

    [Fact]
    public void Statements_are_not_scored_by_the_gate()
    {
        var statement = Assert.Single(Gated.Code("The Iranian president said Cuba was a friend."), c => c.Code.StartsWith("01", StringComparison.Ordinal));

        Assert.Equal(1, statement.GateScore);
        Assert.Equal(CodingFeatures.Names.Count, statement.Features.Count);
    }

    [Fact]
    public void The_score_grows_with_the_evidence()
    {
        var none = new double[CodingFeatures.Names.Count];
        var pattern = (double[])none.Clone();
        pattern[IndexOf("pattern")] = 1;
        var noCountry = (double[])none.Clone();
        noCountry[IndexOf("source_no_country")] = 1;

        Assert.True(CodingGate.Score(pattern) > CodingGate.Score(none));
        Assert.True(CodingGate.Score(noCountry) < CodingGate.Score(none));
    }

    private static int IndexOf(string name) => CodingFeatures.Names.ToList().IndexOf(name);
}
