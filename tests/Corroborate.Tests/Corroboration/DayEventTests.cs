using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// Which act a day dates (the verb of its own clause, or the noun it is said of), and the conflicts that follow: two days
/// are one fact told two ways only when they date one act; stories we wrote, with the noise of real copy.
/// </summary>
public sealed class DayEventTests
{
    [Theory]
    [InlineData("A county jury on Tuesday ordered the death penalty for the gunman.", "Tuesday", "order")]
    [InlineData("The ferry company said the vessel sank early on Sunday off the cape.", "Sunday", "sink")]
    [InlineData("The magnitude 6.4 quake struck at 10:42 pm local time on Monday, the survey said.", "Monday", "strike")]
    [InlineData("Crews were clearing the line on Thursday when a second slide hit the valley.", "Thursday", "clearing")]
    [InlineData("Yesterday, on Friday, the minister quietly resigned from the cabinet.", "Friday", "resigned")]
    [InlineData("The deputy was taken to hospital on Monday.", "Monday", "take")]
    [InlineData("The trial of the two brothers will start on Monday in the county court.", "Monday", "start")]
    [InlineData("The champion fought on to retain his three title belts on Saturday night.", "Saturday", "retain")]
    [InlineData("Residents were still counting the losses from Friday night's storm in the valley.", "Friday night", "storm")]
    [InlineData("He became the main suspect in the Saturday afternoon robbery of the bank.", "Saturday", "robbery")]
    [InlineData("Officials held a vigil on Friday at the old mill.", "Friday", "hold")]
    [InlineData("Union leaders on Wednesday and the board of the mill.", "Wednesday", null)]
    [InlineData("The carmaker on Monday took the unusual step of recalling every van it sold.", "Monday", "recalling")]
    [InlineData("The council on Monday took the keys of the hall from the club.", "Monday", "take")]
    [InlineData("The two leaders signed a charter on a \"partnership for the coming age\" at the old palace on Wednesday.", "Wednesday", "sign")]
    [InlineData("The minister said: \"We met them, we argued with them for a long time and in the end we could not agree\" on Monday.", "Monday", null)]
    [InlineData("Trade grew, with Presidents Oduya and Malenga signing a border accord on Friday.", "Friday", "sign")]
    [InlineData("Crowds lined the route to the harbour bombing site on Friday.", "Friday", "line")]
    [InlineData("The hiker fell about 300 metres while descending from the north ridge on Sunday afternoon.", "Sunday", "fall")]
    [InlineData("The hiker fell about 300 metres while his party was descending from the north ridge on Sunday.", "Sunday", "descending")]
    [InlineData("The hiker fell about 300 metres when the rope snapped on Sunday.", "Sunday", "snap")]
    public void A_day_dates_the_verb_of_its_own_clause_or_the_noun_it_is_said_of(string sentence, string day, string? verb)
    {
        var at = sentence.IndexOf(day, StringComparison.Ordinal);
        var slot = ValueSlots.Read(sentence, new TextSpan(0, sentence.Length), at, at + day.Length, null, null, [], day: true);
        Assert.Equal(verb is null ? null : SlotClasses.OfPredicate(ValueSlots.Stem(verb)), slot.EventVerb);
    }

    [Theory]
    [InlineData("The governor gave the visiting premier a lavish welcome on Thursday, with brass bands and flags, as the two leaders signed nine trade deals.", "sign")]
    [InlineData("The governor gave the visiting premier a lavish welcome on Thursday, with brass bands and flags as well as a parade.", null)]
    [InlineData("The governor gave the visiting premier a lavish welcome on Thursday, with such gifts as carpets and silver.", null)]
    public void A_clause_opened_by_as_after_the_days_own_tells_what_happened_at_the_same_time(string sentence, string? simultaneous)
    {
        var at = sentence.IndexOf("Thursday", StringComparison.Ordinal);
        var slot = ValueSlots.Read(sentence, new TextSpan(0, sentence.Length), at, at + "Thursday".Length, null, null, [], day: true);
        Assert.Equal(SlotClasses.OfPredicate(ValueSlots.Stem("give")), slot.EventVerb);
        Assert.Equal(simultaneous is null ? null : SlotClasses.OfPredicate(ValueSlots.Stem(simultaneous)), slot.SimultaneousEventVerb);
    }

    [Fact]
    public void One_act_of_the_same_two_people_told_with_another_main_verb_is_dated_once()
    {
        // The signing is told as the main act by two outlets and as what happened during the welcome by a third, with
        // another day and the president's name romanised another way: one happening, two days.
        var result = Stories.Corroborate(
            ("Harbour Daily", "Ties were raised to a new level, with President Goran Petrovich and visiting Premier Anna Lindqvist signing a charter on a \"common future\" at the Old Palace on Wednesday.\n\nThe charter covers rail links."),
            ("Iberia Times", "The port city was quiet overnight.\n\nPresident Goran Petrović and visiting Premier Anna Lindqvist ended talks by signing a charter at the Old Palace on Wednesday.\n\nTrade is expected to double."),
            ("Coastal Wire", "LAKEPORT — President Goran Petrovic gave Premier Anna Lindqvist a state welcome on Thursday, with bands and cannon fire, as the two leaders signed a charter and eight trade deals.\n\nProtesters kept away."));

        var day = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
        Assert.Equal(["Thursday", "Wednesday"], day.Values.Select(v => v.Value.Split(' ')[0]).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void One_act_of_other_people_on_another_day_is_another_happening()
    {
        // The same act, but the third outlet's signing is by other people: two signings, two days, no conflict.
        var result = Stories.Corroborate(
            ("Harbour Daily", "Ties were raised to a new level, with President Goran Petrovich and visiting Premier Anna Lindqvist signing a charter on a \"common future\" at the Old Palace on Wednesday.\n\nThe charter covers rail links."),
            ("Iberia Times", "President Goran Petrović and visiting Premier Anna Lindqvist ended talks by signing a charter at the Old Palace on Wednesday.\n\nTrade is expected to double."),
            ("Coastal Wire", "LAKEPORT — Minister Ivo Marek gave trade envoy Lena Strand a warm welcome on Thursday, with bands and cannon fire, as the two officials signed eight trade deals.\n\nProtesters kept away."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void Days_of_one_act_told_differently_conflict_even_with_other_verbs_for_one_act()
    {
        // "struck", "hit" and "shook" tell one quake striking: Sunday against Monday is a conflict.
        var result = Stories.Corroborate(
            ("Harbour Daily", "A strong earthquake struck the hill villages of the northern province on Sunday, flattening dozens of mud homes.\n\nRescue teams reached the area by road."),
            ("Iberia Times", "A strong earthquake hit the hill villages of the northern province on Sunday, flattening dozens of mud homes.\n\nAid agencies sent tents."),
            ("Coastal Wire", "A strong earthquake shook the hill villages of the northern province on Monday, flattening dozens of mud homes.\n\nThe army flew in doctors."));

        var day = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
        Assert.Equal(["Monday", "Sunday"], day.Values.Select(v => v.Value).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Days_of_two_acts_in_sentences_alike_are_not_a_conflict()
    {
        // The verdict (Tuesday) and the sentence upheld (Thursday): one trial, two acts, two days.
        var result = Stories.Corroborate(
            ("Harbour Daily", "A county jury on Tuesday ordered the death penalty for the gang member convicted of killing the deputy in 2019.\n\nThe family thanked the prosecutors."),
            ("Iberia Times", "A county judge on Thursday upheld the jury's call for the death penalty for the gang member convicted of killing the deputy.\n\nThe defence said it would appeal."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void An_equal_day_said_of_another_act_does_not_make_an_article_agree()
    {
        // The third outlet names Sunday only for the rescue; its "Monday" for the quake is a disagreement, not another happening.
        var result = Stories.Corroborate(
            ("Harbour Daily", "A strong earthquake struck the hill villages of the northern province on Sunday, flattening dozens of mud homes.\n\nRescue teams reached the area by road."),
            ("Iberia Times", "A strong earthquake struck the hill villages of the northern province on Sunday, flattening dozens of mud homes.\n\nAid agencies sent tents."),
            ("Coastal Wire", "A strong earthquake struck the hill villages of the northern province on Monday, flattening dozens of mud homes.\n\nSoldiers dug out four survivors on Sunday, the army said."));

        var day = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
        Assert.Contains(day.Values, v => v.Value == "Monday");
    }

    [Fact]
    public void A_day_told_in_universal_time_is_not_compared_with_the_local_day()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The veteran singer died at 9:50 pm this evening (0450 GMT Friday) in a Lisbon hospital, her manager said in a statement.\n\nShe was 88."),
            ("Iberia Times", "The veteran singer died on Thursday evening in a Lisbon hospital, her manager said in a statement.\n\nShe had recorded forty albums."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
    }

    [Fact]
    public void A_figure_in_a_sentence_naming_a_year_the_other_does_not_is_of_another_time()
    {
        var result = Stories.Corroborate(
            ("Harbour Daily", "The striker will miss the final three matches of the season after damaging a knee ligament in training.\n\nHis club confirmed the news."),
            ("Iberia Times", "The striker also missed the final five matches of the 2019 season after damaging a knee ligament in training.\n\nThe club's doctor said he would recover."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Amount);
    }
    [Fact]
    public void Days_of_one_verb_said_of_one_thing_conflict_in_sentences_that_share_little_else()
    {
        // The quake that struck: one outlet gives the time and the epicentre, another the toll; only the day differs.
        var result = Stories.Corroborate(
            ("Harbour Daily", "The magnitude 6.2 quake struck at 11:40 pm local time on Friday, about 40 kilometres north of the provincial capital, the seismology office said.\n\nRescue teams reached the area by road."),
            ("Iberia Times", "A strong earthquake shook the northern hills late on Friday, the seismology office said.\n\nAid agencies sent tents."),
            ("Coastal Wire", "The health ministry said on Monday that 412 people had died and 1,030 had been hurt in the earthquake that struck the northern hills early on Saturday.\n\nThe army flew in doctors."));

        var day = Assert.Single(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
        Assert.Contains(day.Values, v => v.Value.StartsWith("Saturday", StringComparison.Ordinal));
        Assert.Contains(day.Values, v => v.Value.StartsWith("Friday", StringComparison.Ordinal));
    }

    [Fact]
    public void Days_of_one_verb_said_of_different_things_need_the_usual_evidence()
    {
        // The police found the car on Friday; the divers found the body on Sunday: one verb, two things, two days.
        var result = Stories.Corroborate(
            ("Harbour Daily", "Detectives said the police found the stolen van on Friday near the old quarry, about 12 kilometres from the town.\n\nThe search went on."),
            ("Iberia Times", "The family said on Monday that 3 divers found the body of the missing teenager on Sunday in the reservoir below the dam.\n\nA vigil was held."));

        Assert.DoesNotContain(Stories.Conflicts(result), c => c.Field == ConflictField.Date);
    }
}
