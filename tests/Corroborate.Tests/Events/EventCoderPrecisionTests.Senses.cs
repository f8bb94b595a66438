namespace Corroborate.Tests.Events;

/// <summary>
/// A verb's sense checked against its arguments' types and the sentence's own words (issue 19, sixth pass; sentences
/// written for these tests). Each rule is tested with the sentence it must leave alone.
/// </summary>
public sealed partial class EventCoderPrecisionTests
{
    [Theory]
    [InlineData("Portugal beat Ghana 3-1 in Brasilia on Thursday.")]
    [InlineData("Norway crushed Iceland in the World Cup qualifier on Tuesday.")]
    public void A_result_between_teams_named_after_their_countries_is_no_force(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => string.CompareOrdinal(Root(c), "15") >= 0);
    }

    [Theory]
    [InlineData("Nigerian soldiers killed Chadian rebels near the border on Sunday.", "NGAMIL TCDREB 190")]
    [InlineData("Kurdish fighters beat back Syrian troops near the town.", "---UAF SYRMIL 190")]
    public void Force_outside_sport_is_still_force(string sentence, string expected)
    {
        Assert.Contains(expected, Code(sentence));
    }

    [Theory]
    [InlineData("The Kenyan president fired the Ugandan ambassador on Friday.")]
    [InlineData("The Tanzanian leader abruptly fired two Kenyan advisers.")]
    public void A_person_fired_as_the_direct_object_is_dismissed_not_attacked(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => string.CompareOrdinal(Root(c), "15") >= 0);
    }

    [Theory]
    [InlineData("Kenyan troops fired rockets at Ugandan soldiers near the border.", "KENMIL UGAMIL 19")]
    [InlineData("Kenyan troops fired at Ugandan soldiers near the border.", "KENMIL UGAMIL 19")]
    public void A_weapon_fired_at_a_party_is_still_force(string sentence, string expected)
    {
        Assert.Contains(Code(sentence), c => c.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_things_a_country_pledges_are_no_party_it_cooperates_with()
    {
        Assert.Empty(Code("Norway has pledged six F-35 fighter jets for the mission."));
    }

    [Fact]
    public void The_party_that_receives_what_is_sent_is_still_the_target()
    {
        Assert.Contains("NOR MLI 062", Code("Norway sent two transport planes to Mali."));
    }

    [Theory]
    [InlineData("The envoy from Cairo speaks with a French accent.")]
    [InlineData("The Iranian president spoke with a British accent.")]
    public void A_nationality_adjective_of_a_thing_after_with_is_no_party(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => Root(c) == "04");
    }

    [Theory]
    [InlineData("Egypt met Libyan officials in Cairo.", "EGY LBY 040")]
    [InlineData("The Egyptian minister met Libyan counterparts in Cairo.", "EGYGOV LBY 040")]
    [InlineData("Egypt praised Libyan efforts to end the fighting.", "EGY LBY 051")]
    public void A_nationality_adjective_of_persons_or_of_what_a_country_does_still_names_it(string sentence, string expected)
    {
        Assert.Contains(expected, Code(sentence));
    }

    [Fact]
    public void Insisting_that_something_was_so_is_a_statement_not_a_demand()
    {
        Assert.Equal(["IRNGOV USA 010"], Code("The Iranian minister insisted that Washington had known about the convoy."));
    }

    [Fact]
    public void Insisting_that_someone_do_something_is_still_a_demand()
    {
        Assert.Equal(["IRNGOV USA 100"], Code("The Iranian minister insisted that Washington withdraw its fleet from the Gulf."));
    }

    [Fact]
    public void Killing_hostages_named_only_by_their_nationality_is_assault()
    {
        Assert.Equal(["---UAF JPN 180"], Code("Militants beheaded two Japanese hostages on Saturday."));
    }

    [Fact]
    public void Killing_soldiers_is_still_military_force()
    {
        Assert.Equal(["SYRMIL TURMIL 190"], Code("Syrian troops killed Turkish soldiers on Monday."));
    }

    [Theory]
    [InlineData("The minister promised to bring Spanish troops back home from Iraq.")]
    [InlineData("Madrid ordered its soldiers back to Spain from Iraq.")]
    public void Back_as_an_adverb_is_no_support(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => c.EndsWith(" 050", StringComparison.Ordinal));
    }

    [Fact]
    public void Backing_a_government_is_still_support()
    {
        Assert.Contains("FRA MLIGOV 050", Code("France backed the Malian government on Friday."));
    }

    [Fact]
    public void Wanting_another_party_to_act_is_no_intention_and_no_act()
    {
        Assert.Empty(Code("The Kenyan government wants Somalia to close its camps on the border."));
    }

    [Fact]
    public void Asking_another_party_to_act_is_still_an_appeal()
    {
        Assert.Contains("KENGOV SOM 020", Code("The Kenyan president asked Somalia to close its camps on the border."));
    }

    [Fact]
    public void Two_countries_hosting_bases_do_not_visit_each_other()
    {
        Assert.DoesNotContain(Code("Jordan and Oman also host naval bases used by the coalition."), c => c.EndsWith(" 043", StringComparison.Ordinal));
    }

    [Fact]
    public void Hosting_a_president_is_still_a_visit()
    {
        Assert.Contains("JOR OMNGOV 043", Code("Jordan hosted Omani President Smith on Monday."));
    }

    [Theory]
    [InlineData("Fighters shelled a Lebanese village close to the Syrian border.")]
    [InlineData("Iran said it was open to talks with Saudi Arabia.")]
    public void Close_and_open_before_to_are_adjectives(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => c.EndsWith(" 172", StringComparison.Ordinal) || c.Contains(" SYR ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Dutch government deployed 60 Dutch soldiers to Mali in June.")]
    [InlineData("Portugal and Greece have also sent military help to the area.")]
    public void The_troops_or_help_a_country_sends_are_not_its_receiver(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => c.Contains("MIL ", StringComparison.Ordinal) && Root(c) is "06" or "07");
    }

    [Fact]
    public void A_state_before_what_it_is_sent_receives_it()
    {
        Assert.Contains("NOR MLI 072", Code("Norway sent Mali two transport planes."));
    }

    [Fact]
    public void Force_by_a_side_that_does_not_fight_is_not_recoded_as_assault()
    {
        Assert.DoesNotContain(Code("Robbers killed two Italian hostages on Sunday."), c => Root(c) is "18" or "19");
    }

    [Theory]
    [InlineData("Two Dutch students flew to Morocco for a week of surfing.")]
    [InlineData("A Belgian man flew to Turkey in May, his family said.")]
    [InlineData("Afghan fighters flew to Pakistan in small groups.")]
    public void Going_somewhere_is_no_visit_unless_a_state_office_goes(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => Root(c) is "03" or "04");
    }

    [Theory]
    [InlineData("The Chilean president flew to Peru on Tuesday.", "CHLGOV PER 036")]
    [InlineData("Paraguayan lawmakers came to Bolivia last week.", "PRYLEG BOL 040")]
    public void A_journey_by_a_government_or_its_lawmakers_is_still_coded(string sentence, string expected)
    {
        Assert.Contains(expected, Code(sentence));
    }

    [Theory]
    [InlineData("Insurgents in the north have released a new video of a Kenyan soldier's execution.")]
    [InlineData("The rebels released grainy footage of two captured Ugandan soldiers.")]
    public void Releasing_a_record_makes_it_public_and_frees_nobody(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => Root(c) is "07" or "08");
    }

    [Theory]
    [InlineData("Somali pirates released a Danish cargo ship on Sunday.", "SOMCRM DNKBUS 084")]
    [InlineData("Nigerian rebels released three Chinese engineers on Friday.", "NGAREB CHNCVL 084")]
    public void Releasing_people_or_a_ship_is_still_a_release(string sentence, string expected)
    {
        Assert.Contains(expected, Code(sentence));
    }

    [Fact]
    public void Travellers_who_arrive_together_do_not_meet_each_other()
    {
        Assert.DoesNotContain(Code("Chilean police and Peruvian officers arrived on Sunday."), c => Root(c) is "03" or "04");
    }

    [Fact]
    public void Parties_that_sign_together_still_act_with_each_other()
    {
        var codings = Code("Chile and Peru signed a trade agreement on Sunday.");
        Assert.Contains("CHL PER 0311", codings);
        Assert.Contains("PER CHL 0311", codings);
    }
}
