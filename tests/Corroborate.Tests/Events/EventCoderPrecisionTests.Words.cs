using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>Verb forms that are nouns, and words that are no verb of acting (sentences written for these tests).</summary>
public sealed partial class EventCoderPrecisionTests
{
    private static bool CodesVerb(string sentence, string word) => Coder.Code(sentence).Any(c => sentence[c.VerbStart..c.VerbEnd] == word);

    [Theory]
    [InlineData("Swedish doctors treated refugees in Bam, Iran, according to the Swedish government.", "according")]
    [InlineData("Serbian forces were engaged in attacks on Albanian villages in Kosovo.", "forces")]
    [InlineData("Kurdish rebels hurled stones at Turkish soldiers and exploded a series of bombs on the Turkish border.", "bombs")]
    [InlineData("Indian commandos boarded the boat, seizing twelve Somali and eleven Yemeni nationals as well as arms and ammunition.", "arms")]
    [InlineData("Somali pirates, who decided not to hold out as they were no match for the Indian warship, surrendered.", "match")]
    [InlineData("Kenya and Uganda were having phone and Internet difficulties after the cable cut.", "phone")]
    [InlineData("Iranian rescue workers handed out tents to survivors of the quake.", "rescue")]
    [InlineData("Northwind, a Spanish fixed-line phone company, rerouted traffic around the cut cable.", "phone")]
    [InlineData("Indian anti-piracy patrols escort Kenyan freighters off Somalia.", "patrols")]
    public void A_verb_form_in_a_place_only_a_noun_can_stand_is_not_coded(string sentence, string noun)
    {
        Assert.False(CodesVerb(sentence, noun), $"'{noun}' coded as a verb");
    }

    [Fact]
    public void The_second_verb_of_a_coordinated_infinitive_is_an_infinitive_too()
    {
        Assert.DoesNotContain(Code("A Syrian newspaper called on Arabs to unite and mobilize against Israel."), c => Root(c) is "14" or "15");
    }

    [Fact]
    public void A_commitment_not_to_act_codes_nothing()
    {
        Assert.False(CodesVerb("Somali pirates, who decided not to hold out as they were no match for the Indian warship, surrendered.", "decided"));
    }

    [Theory]
    [InlineData("A British climber died in New Zealand on Sunday.", "died")]
    [InlineData("Tens of thousands of students who have taken to the streets of a dozen Greek cities marched again.", "taken")]
    [InlineData("Lebanese officials asked that Japan match the support of France for Lebanon.", "match")]
    public void Verbs_whose_sense_is_no_act_of_their_block_code_nothing_by_themselves(string sentence, string verb)
    {
        Assert.False(CodesVerb(sentence, verb), $"'{verb}' coded");
    }

    [Fact]
    public void A_paragraph_break_separates_a_headline_from_the_text_after_it()
    {
        const string Text = "Coast guard halts Somali pirate attack off Gulf of Aden\n\nThe Indian Navy escorting the convoy on Friday stopped a raid.";

        Assert.DoesNotContain(Coder.Code(Text, 0, Text.Length, null, null), c => c.Target.Code.StartsWith("IND", StringComparison.Ordinal));
    }
}
