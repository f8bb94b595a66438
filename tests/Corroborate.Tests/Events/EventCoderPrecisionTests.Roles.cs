using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>
/// Rules found on real news never used for rules before (FNC-1 training bodies, branch events7): time phrases are no
/// particles, force against people who do not fight is assault, naming, quotations that span sentences, the speaker
/// after a reporting verb, private travel, nationality adjectives, asides (sentences written for these tests).
/// </summary>
public sealed partial class EventCoderPrecisionTests
{
    [Fact]
    public void A_preposition_that_opens_a_time_phrase_is_not_the_particle_of_a_pattern()
    {
        var codings = Coder.Code("The Canadian premier called the Mexican president on Monday.");

        Assert.DoesNotContain(codings, c => c.Code == "020");
        Assert.Contains(codings, c => c.Code == "041" && c.Source.Code == "CANGOV" && c.Target.Code == "MEXGOV");
    }

    [Fact]
    public void A_particle_right_after_the_verb_still_makes_the_appeal()
    {
        Assert.Contains(Coder.Code("The Canadian premier called on the Mexican president to release the prisoners."),
            c => c.Code == "020" && c.Source.Code == "CANGOV" && c.Target.Code == "MEXGOV");
    }

    [Theory]
    [InlineData("Militants beheaded a French journalist in Syria.", "FRAMED")]
    [InlineData("Turkish troops killed Kurdish civilians near the border.", "---CVL")]
    [InlineData("Iranian police beat protesters in Tehran.", "IRNOPP")]
    public void Force_with_no_weapon_named_against_people_who_do_not_fight_is_assault(string sentence, string target)
    {
        var codings = Coder.Code(sentence);

        Assert.Contains(codings, c => c.Code == "180" && c.Target.Code == target);
        Assert.DoesNotContain(codings, c => c.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Turkish troops killed Kurdish rebels near the border.", "190")]
    [InlineData("Israeli jets bombed Palestinian civilians in Gaza.", "195")]
    public void Fighting_an_armed_side_or_naming_the_weapon_stays_military_force(string sentence, string code)
    {
        Assert.Contains(Coder.Code(sentence), c => c.Code == code);
    }

    [Theory]
    [InlineData("A Kenyan journalist runs a blog called Somalia Watch.")]
    [InlineData("The Chilean movement calls itself the voice of Peru.")]
    public void A_naming_participle_after_a_noun_or_a_reflexive_object_names_something(string sentence)
    {
        Assert.DoesNotContain(Coder.Code(sentence), c => c.Code == "041");
    }

    [Theory]
    [InlineData("\u201CSyrian gunmen attacked Lebanese soldiers near the border before dawn.")]
    [InlineData("Syrian gunmen attacked Lebanese soldiers near the border before dawn,\u201D a witness said.")]
    public void A_quotation_that_opens_or_closes_in_another_sentence_is_still_quoted(string sentence)
    {
        Assert.DoesNotContain(Coder.Code(sentence), c => c.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reporting_verb_after_a_closing_quotation_mark_is_not_quoted()
    {
        Assert.Contains(Coder.Code("\u201CThe Syrian ambassador is in Ankara,\u201D said a Turkish military official."), c => c.Code == "010" && c.Source.Code == "TURMIL");
    }

    [Fact]
    public void The_speaker_after_a_trailing_reporting_verb_is_the_source()
    {
        var codings = Coder.Code("The Syrian ambassador is in Ankara, said a Turkish military official.");

        Assert.Contains(codings, c => c.Code == "010" && c.Source.Code == "TURMIL" && c.Target.Code.StartsWith("SYR", StringComparison.Ordinal));
        Assert.DoesNotContain(codings, c => c.Source.Code.StartsWith("SYR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenyan envoy, who spoke at length, told the Somali minister: the talks will go on.")]
    [InlineData("The Kenyan envoy criticised the delay, telling Somali ministers: the talks must go on.")]
    public void The_hearer_after_tell_is_not_the_speaker(string sentence)
    {
        Assert.DoesNotContain(Coder.Code(sentence), c => c.Code == "010" && c.Source.Code.StartsWith("SOM", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_after_a_reporting_verb_that_governs_a_clause_is_not_the_speaker()
    {
        Assert.DoesNotContain(Coder.Code("The Kenyan minister, speaking in Nairobi, said Somalia had closed the border."),
            c => c.Code == "010" && c.Source.Code.StartsWith("SOM", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("An Iraqi lawmaker disclosed that an American plane supplied the militants with rifles.")]
    [InlineData("The Kenyan minister revealed that Somali troops had attacked Kenyan soldiers at the border.")]
    public void What_a_disclosure_reports_is_not_an_act_of_the_sentence(string sentence)
    {
        Assert.DoesNotContain(Coder.Code(sentence), c => c.Code[..2] is "06" or "07" or "19");
    }

    [Fact]
    public void Private_persons_travelling_make_no_visit()
    {
        Assert.DoesNotContain(Coder.Code("Two Canadian students visited Cuba last summer."), c => c.Code is "042" or "043");
        Assert.Contains(Coder.Code("The Canadian prime minister visited Cuba."), c => c.Code == "042" && c.Source.Code == "CANGOV");
    }

    [Fact]
    public void A_verb_form_after_a_nationality_adjective_is_a_noun()
    {
        Assert.False(CodesVerb("The Iraqi forces fighting the militants captured the town.", "forces"));
    }

    [Fact]
    public void A_pattern_does_not_read_into_an_aside_set_off_by_a_comma()
    {
        var codings = Coder.Code("The United States has backed the Somali government, which has pushed the militants out of the capital.");

        Assert.DoesNotContain(codings, c => c.Code.StartsWith("087", StringComparison.Ordinal));
        Assert.Contains(codings, c => c.Source.Code == "USA" && c.Target.Code == "SOMGOV" && c.Code.StartsWith("05", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_after_the_agent_of_a_passive_is_not_the_agent()
    {
        // The agent (a group the dictionaries do not know) ends at "in": Mali is where, not who.
        Assert.DoesNotContain(Code("Troops sent to find Italian tourists kidnapped by Ansar Dine in Mali"), c => c.StartsWith("MLI ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agent_with_its_own_place_is_still_the_agent()
    {
        Assert.Contains("MLICRM ITACVL 181", Code("The army searched for two Italian tourists abducted by bandits in Mali last week."));
    }
}

/// <summary>The fifth corrections review: own codes under roots 08-10 (sentences written for these tests).</summary>
public sealed class EventCoderFifthReviewTests
{
    private static readonly EventCoder Coder = new(EventDictionaries.Default, new EventCoderOptions { MinConfidence = 0 });

    [Theory]
    [InlineData("Islamist fighters swept into northern Iraq.")]
    [InlineData("A Greek historian researched the weapon in Turkey.")]
    [InlineData("The US president authorized air strikes against the militants in Iraq.")]
    [InlineData("The Chilean party campaigned in Peru.")]
    [InlineData("Chile submitted its report to Peru.")]
    public void A_verb_whose_usual_senses_are_no_yielding_probe_or_demand_codes_nothing_of_those(string sentence)
    {
        Assert.DoesNotContain(Coder.Code(sentence), c => c.Code.Length >= 2 && c.Code[..2] is "08" or "09" or "10");
    }

    [Fact]
    public void Negotiating_is_negotiation_not_a_concession()
    {
        Assert.Contains(Coder.Code("Norway negotiated a new fishing accord for Iceland."), c => c.Code == "046" && c.Source.Code == "NOR" && c.Target.Code == "ISL");
    }
}
