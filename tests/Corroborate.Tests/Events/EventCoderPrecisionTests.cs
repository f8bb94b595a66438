using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>
/// Precision first: what a sentence does not assert is not coded as an act (sentences written for these tests).
/// </summary>
public sealed partial class EventCoderPrecisionTests
{
    private static readonly EventCoder Coder = new(EventDictionaries.Default);

    private static List<string> Code(string sentence) =>
        [.. Coder.Code(sentence, new DateOnly(2024, 3, 5)).Select(c => $"{c.Source.Code} {c.Target.Code} {c.Code}")];

    private static string Root(string coding) => coding.Split(' ')[2][..2];

    [Theory]
    [InlineData("The president began a regional tour that first took him to Venezuela.")]
    [InlineData("The Iranian president held talks in Havana.")]
    public void A_place_the_verb_does_not_take_as_its_argument_is_not_a_target(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => c.Contains("VEN", StringComparison.Ordinal) || c.Contains("CUB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reported_act_is_not_coded_as_the_reported_actor_doing_it()
    {
        var codings = Code("Iran said the United States had attacked its ship in the Gulf.");

        Assert.DoesNotContain(codings, c => Root(c) is "18" or "19" or "20");
    }

    [Fact]
    public void An_act_attributed_at_the_end_of_the_sentence_is_asserted()
    {
        Assert.Contains(Code("Iranian forces attacked Iraqi positions near the border, officials said."), c => c.StartsWith("IRN IRQ 19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Will Iran attack Iraq?")]
    [InlineData("The minister hopes to visit Cuba next month.")]
    [InlineData("Israel denied that its jets had bombed Gaza.")]
    public void Questions_hopes_and_denials_are_not_acts(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => Root(c) is "04" or "18" or "19" or "20");
    }

    [Theory]
    [InlineData("Japan agreed to provide aid to Kenya.")]
    [InlineData("Japan will provide aid to Kenya.")]
    public void A_commitment_to_a_cooperative_act_is_the_intention_to_do_it(string sentence)
    {
        var codings = Code(sentence);

        Assert.Contains(codings, c => c.StartsWith("JPN KEN 03", StringComparison.Ordinal));
        Assert.DoesNotContain(codings, c => Root(c) is "06" or "07");
    }

    [Fact]
    public void A_commitment_to_attack_is_a_threat()
    {
        Assert.Contains("IRN IRQ 138", Code("Iran vowed to attack Iraq."));
    }

    [Fact]
    public void A_reported_obligation_laid_on_another_actor_is_the_speakers_demand()
    {
        var codings = Code("Russia said Sudan must return the captured helicopter.");

        Assert.Contains(codings, c => c.StartsWith("RUS SDN 10", StringComparison.Ordinal));
        Assert.DoesNotContain(codings, c => c.StartsWith("SDN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reported_intention_of_the_speaker_is_coded_as_the_speakers()
    {
        Assert.Contains(Code("Syria says it is ready to withdraw its troops from Lebanon."), c => c.StartsWith("SYR LBN 035", StringComparison.Ordinal));
    }

    [Fact]
    public void What_someone_is_accused_of_is_not_an_act_of_theirs()
    {
        var codings = Code("Iran accused Iraq of attacking its border posts.");

        Assert.Contains("IRN IRQ 112", codings);
        Assert.DoesNotContain(codings, c => c.StartsWith("IRQ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Japan will provide aid to Kenya.", "aid")]
    [InlineData("Iranian forces attacked Iraqi positions near the border.", "forces")]
    public void A_verb_form_used_as_a_noun_is_not_coded(string sentence, string noun)
    {
        var codings = Coder.Code(sentence);

        Assert.DoesNotContain(codings, c => sentence[c.VerbStart..c.VerbEnd] == noun);
    }

    [Fact]
    public void A_capitalised_word_inside_a_sentence_is_a_name_not_a_verb()
    {
        Assert.Equal(["USA TUN 111"], Code("The US State Department criticized Tunisia."));
    }

    [Fact]
    public void Two_actors_placed_nowhere_are_not_coded()
    {
        Assert.Empty(Code("The rebels attacked the police."));
    }

    [Fact]
    public void Words_inside_a_quotation_are_the_speakers_not_acts()
    {
        Assert.DoesNotContain(Code("\"Iran attacked Iraq,\" the minister said."), c => Root(c) is "18" or "19" or "20");
        Assert.Contains(Code("Iran attacked Iraq, the minister said."), c => c.StartsWith("IRN IRQ 19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The minister thanked Cuba for its help in the war Iran waged against Iraq.", "IRN IRQ 19")]
    [InlineData("There were ten Iranian soldiers killed in Iraq on Sunday.", null)]
    public void A_participle_after_an_actor_is_its_verb_only_in_a_relative_clause(string sentence, string? expected)
    {
        var codings = Code(sentence);

        if (expected is null)
        {
            Assert.DoesNotContain(codings, c => c.StartsWith("IRN", StringComparison.Ordinal) && Root(c) is "18" or "19" or "20");
        }
        else
        {
            Assert.DoesNotContain(codings, c => c.StartsWith("IRQ IRN", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_region_named_with_a_country_word_is_not_the_country()
    {
        Assert.DoesNotContain(Code("The Iranian president visited three Latin American states this week."), c => c.Contains("USA", StringComparison.Ordinal));
    }
}
