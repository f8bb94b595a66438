using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>Hopes, aims and attempts are no stated intention; naming verbs describe (sentences written for these tests).</summary>
public sealed partial class EventCoderPrecisionTests
{
    [Theory]
    [InlineData("Norway is seeking to strengthen its ties with Iceland.", "seeking")]
    [InlineData("Chile wants to deepen its partnership with Peru, the minister said.", "wants")]
    [InlineData("Brazil aims to expand trade with Argentina.", "aims")]
    [InlineData("Kenya sought assistance from Uganda.", "sought")]
    [InlineData("Ghana expects Togo to reopen the border.", "expects")]
    public void A_hope_an_aim_or_an_attempt_is_not_coded_as_an_intention_to_cooperate(string sentence, string verb)
    {
        Assert.False(CodesVerb(sentence, verb), $"'{verb}' coded");
    }

    [Theory]
    [InlineData("Norway promised Iceland a new fishing accord.", "030")]
    [InlineData("Chile wants closer ties with Peru.", "030")]
    [InlineData("Kenya sought the extradition of two suspects from Uganda.", "0213")]
    [InlineData("Kenya sought support from Uganda.", "022")]
    public void Commitments_and_requests_keep_their_codes(string sentence, string code)
    {
        Assert.Contains(Coder.Code(sentence), c => c.Code == code);
    }

    [Theory]
    [InlineData("The Canadian premier called the Mexican president a dependable friend.")]
    [InlineData("The Dutch minister dubbed the Belgian plan \"a recipe for chaos\".")]
    public void A_naming_verb_with_a_second_noun_phrase_describes_its_object(string sentence)
    {
        Assert.Empty(Coder.Code(sentence));
    }

    [Fact]
    public void A_naming_verb_with_only_its_object_keeps_its_own_code()
    {
        Assert.Contains(Coder.Code("The Canadian premier called the Mexican president."), c => c.Code == "041" && c.Source.Code == "CANGOV" && c.Target.Code == "MEXGOV");
    }
}
