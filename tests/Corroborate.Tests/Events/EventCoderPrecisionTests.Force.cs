namespace Corroborate.Tests.Events;

/// <summary>Conventional military force (CAMEO root 19) is used by states and armed groups (sentences written for these tests).</summary>
public sealed partial class EventCoderPrecisionTests
{
    [Theory]
    [InlineData("Masked robbers rammed a van into a French jewellery shop in Lyon on Tuesday.")]
    [InlineData("Rioters bombed a Greek bank in Salonika overnight.")]
    public void Criminals_and_rioters_using_force_are_no_act_of_war(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => Root(c) == "19");
    }

    [Theory]
    [InlineData("Syrian troops shelled Turkish border posts on Sunday.")]
    [InlineData("Sudanese rebels shelled the Ugandan town of Gulu on Monday.")]
    public void Armies_and_armed_groups_still_fight(string sentence)
    {
        Assert.Contains(Code(sentence), c => Root(c) == "19");
    }
}
