using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>One fixture per construction the shallow syntax handles, in sentences written for these tests.</summary>
public sealed class EventCoderConstructionTests
{
    private static readonly EventCoder Coder = new(EventDictionaries.Default);

    private static List<string> Code(string sentence) =>
        [.. Coder.Code(sentence, new DateOnly(2023, 6, 15)).Select(c => $"{c.Source.Code} {c.Target.Code} {c.Code}")];

    [Fact]
    public void Active_clause_codes_subject_verb_object_with_country_and_sector()
    {
        Assert.Contains("IRNGOV CUBGOV 040", Code("The Iranian president met Cuban President Miguel Diaz-Canel in Havana on Thursday."));
    }

    [Fact]
    public void Passive_voice_takes_the_by_phrase_as_source()
    {
        var codings = Code("Cuba was visited by the Iranian president on Thursday.");

        Assert.Contains("IRNGOV CUB 042", codings);
        Assert.DoesNotContain("CUB IRNGOV 042", codings);
    }

    [Theory]
    [InlineData("Iran did not meet Cuba on Thursday.")]
    [InlineData("Iran didn't meet Cuba on Thursday.")]
    [InlineData("Iran never met Cuba.")]
    public void Negated_actions_are_not_coded(string sentence)
    {
        Assert.Empty(Code(sentence));
        Assert.NotEmpty(Code("Iran met Cuba on Thursday."));
    }

    [Theory]
    [InlineData("Iran may sign an agreement with Cuba next week.")]
    [InlineData("Iran could sign an agreement with Cuba next week.")]
    [InlineData("Iran plans to sign an agreement with Cuba next week.")]
    [InlineData("If Iran signs an agreement with Cuba, trade will grow.")]
    public void Modal_and_hypothetical_actions_are_not_coded_as_happened(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), c => c.EndsWith(" 057", StringComparison.Ordinal));
        Assert.Contains("IRN CUB 057", Code("Iran signed an agreement with Cuba last week."));
    }

    [Fact]
    public void Coordinated_subjects_each_get_a_coding()
    {
        var codings = Code("Iran and Cuba condemned the United States on Friday.");

        Assert.Contains("IRN USA 111", codings);
        Assert.Contains("CUB USA 111", codings);
    }

    [Fact]
    public void Coordinated_objects_each_get_a_coding()
    {
        var codings = Code("Venezuela criticized Canada and Mexico.");

        Assert.Contains("VEN CAN 111", codings);
        Assert.Contains("VEN MEX 111", codings);
    }

    [Fact]
    public void Possessive_phrase_is_coded_as_its_owner()
    {
        Assert.Contains("IRN CUB 057", Code("Iran's delegation signed agreements with Cuba."));
    }

    [Fact]
    public void Possessive_with_a_sector_noun_gives_country_and_sector()
    {
        Assert.Contains("IRNGOV CUB 042", Code("Iran's president visited Cuba on Thursday."));
    }

    [Fact]
    public void A_relative_clause_takes_the_phrase_it_follows_as_subject()
    {
        // The construction, not the gate (which scores an antecedent source in a relative clause just under its threshold).
        var ungated = new EventCoder(EventDictionaries.Default, new EventCoderOptions { Gate = false });
        Assert.Contains(ungated.Code("Officials praised Iran, which visited Cuba on Thursday."), c => c.Source.Code == "IRN" && c.Target.Code == "CUB" && c.Code == "042");
    }

    [Fact]
    public void Spans_point_at_the_actors_and_the_verb_in_the_text()
    {
        const string text = "Iran signed an agreement with Cuba.";
        var coding = Coder.Code(text).First();

        Assert.Equal("Iran", text[coding.Source.Start..coding.Source.End]);
        Assert.Equal("Cuba", text[coding.Target.Start..coding.Target.End]);
        Assert.Equal("signed", text[coding.VerbStart..coding.VerbEnd]);
    }

    [Fact]
    public void A_sentence_without_two_actors_codes_nothing()
    {
        Assert.Empty(Code("The weather was warm and the markets were calm."));
        Assert.Empty(Code("Iran signed the document."));
    }
}
