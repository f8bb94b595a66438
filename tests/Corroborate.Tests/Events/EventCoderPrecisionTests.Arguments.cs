using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>Whose act a verb states, and which phrase names its target (sentences written for these tests).</summary>
public sealed partial class EventCoderPrecisionTests
{
    private static readonly EventCoder Unfiltered = new(EventDictionaries.Default, new EventCoderOptions { MinConfidence = 0 });

    [Fact]
    public void A_participle_set_off_by_a_comma_shares_the_subject_of_the_clause_before_it()
    {
        var codings = Code("Sudanese rebels shelled the town of Malakal on Sunday, killing twelve people.");

        Assert.Contains(codings, c => c.StartsWith("SDNREB ---PPL 19", StringComparison.Ordinal));
        Assert.DoesNotContain(codings, c => c.StartsWith("SSD", StringComparison.Ordinal) || c.StartsWith("SDN ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A strong earthquake struck southern Iran, destroying several villages and killing three people.")]
    [InlineData("The tremor shook Oman and the United Arab Emirates, forcing office workers to leave their buildings.")]
    public void The_object_of_one_verb_is_not_the_subject_of_a_participle_after_it(string sentence)
    {
        Assert.Empty(Code(sentence));
    }

    [Fact]
    public void A_participle_after_a_place_phrase_modifies_the_noun_before_the_place()
    {
        Assert.Empty(Code("Speaking at a conference in Bahrain attended by officials from Qatar, the admiral said talks would continue."));
    }

    [Fact]
    public void Joint_actors_with_no_country_are_not_coded()
    {
        Assert.Empty(Code("Environmentalists and scientists welcomed the ruling on Tuesday."));
    }

    [Fact]
    public void The_originator_of_what_an_act_answers_is_its_target()
    {
        Assert.Contains(Code("Pakistan rejected an offer from Afghanistan for direct talks."), c => c.StartsWith("PAK AFG 12", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sector_after_its_owners_possessive_is_no_target_and_takes_no_place()
    {
        Assert.Empty(Code("Britain mobilized its reservists for a possible war."));
        Assert.Contains(Code("Syria says it is ready to withdraw its troops from Lebanon."), c => c.StartsWith("SYR LBN ", StringComparison.Ordinal));
    }

    [Fact]
    public void Past_a_gerund_after_a_preposition_no_phrase_is_the_verbs_target()
    {
        Assert.DoesNotContain(Code("Kenya ended the talks by meeting the Ugandan president on a visit to discuss trade with Tanzania."),
            c => c.Contains("TZA", StringComparison.Ordinal));
    }

    [Fact]
    public void An_act_on_a_place_with_no_actor_object_targets_the_place_an_in_phrase_names()
    {
        Assert.Contains("TURGOV TUR 1723", Code("The Turkish government imposed a curfew in the town of Cizre in southeastern Turkey."));
        Assert.DoesNotContain(Code("The Iranian president held talks with officials in Havana."), c => c.Contains("CUB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_coding_resting_on_a_phrase_of_direction_or_place_alone_is_below_the_minimum_confidence()
    {
        const string Sentence = "Syria says it is ready to withdraw from Lebanon.";

        var unfiltered = Assert.Single(Unfiltered.Code(Sentence), c => c.Source.Code == "SYR" && c.Target.Code == "LBN" && c.Code.StartsWith("035", StringComparison.Ordinal));
        Assert.Equal(EvidenceKind.Adjunct, CodingConfidence.KindOf(unfiltered.Evidence!));
        Assert.True(unfiltered.Confidence < CodingConfidence.Minimum, $"confidence {unfiltered.Confidence}");
        Assert.Empty(Code(Sentence));
    }

    [Fact]
    public void Every_coding_carries_its_evidence_and_the_confidence_of_that_kind_of_evidence()
    {
        var coding = Assert.Single(Coder.Code("Iran signed a trade agreement with Cuba."), c => c.Source.Code == "IRN");

        Assert.Equal(EvidenceKind.Pattern, CodingConfidence.KindOf(coding.Evidence!));
        Assert.Equal(CodingConfidence.Of(EvidenceKind.Pattern), coding.Confidence);
        Assert.Equal(ArgumentRoute.Subject, coding.Evidence!.SourceRoute);
    }
}
