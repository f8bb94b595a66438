using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSplitter.Default.Split(text, new TextSpan(0, text.Length)).Select(s => s.Of(text))];

    [Theory]
    [InlineData("Mr. Smith arrived. He spoke.", new[] { "Mr. Smith arrived.", "He spoke." })]
    [InlineData("Gen. Ortiz and Dr. Lee met on Monday. Talks went well.", new[] { "Gen. Ortiz and Dr. Lee met on Monday.", "Talks went well." })]
    [InlineData("The rate rose to 3.5 percent. Prices fell.", new[] { "The rate rose to 3.5 percent.", "Prices fell." })]
    [InlineData("J. R. Ewing was there. So was Sue.", new[] { "J. R. Ewing was there.", "So was Sue." })]
    [InlineData("It was sent to the U.S. Army for review.", new[] { "It was sent to the U.S. Army for review." })]
    [InlineData("Sanctions were imposed by the U.S. The talks stalled.", new[] { "Sanctions were imposed by the U.S.", "The talks stalled." })]
    [InlineData("\"We will win,\" he said. \"Soon.\" Then he left.", new[] { "\"We will win,\" he said.", "\"Soon.\"", "Then he left." })]
    [InlineData("“Every day it gets better.” Raisi smiled.", new[] { "“Every day it gets better.”", "Raisi smiled." })]
    [InlineData("Threats (...) and pressure. Done!", new[] { "Threats (...) and pressure.", "Done!" })]
    [InlineData("Is it over? Yes. It is.", new[] { "Is it over?", "Yes.", "It is." })]
    [InlineData("Visit example.com for more. Thanks.", new[] { "Visit example.com for more.", "Thanks." })]
    [InlineData("He left at 5 p.m. on Friday.", new[] { "He left at 5 p.m. on Friday." })]
    public void Splits_after_sentence_ends_but_not_after_abbreviations_initials_or_decimals(string text, string[] expected)
    {
        Assert.Equal(expected, Split(text));
    }

    [Fact]
    public void Splits_chinese_on_full_width_stops_without_spaces()
    {
        Assert.Equal(["今天下雨。", "明天晴。"], Split("今天下雨。明天晴。"));
    }

    [Fact]
    public void Ends_sentences_at_line_breaks_only_when_asked()
    {
        const string text = "first line\nsecond line";
        var range = new TextSpan(0, text.Length);

        Assert.Single(SentenceSplitter.Default.Split(text, range));
        Assert.Equal(2, SentenceSplitter.Default.Split(text, range, lineBreaksEndSentences: true).Length);
    }

    [Fact]
    public void Keeps_sentences_inside_the_range_it_is_given()
    {
        const string text = "Before. Inside one. Inside two. After.";
        var range = new TextSpan(8, 31);

        var sentences = SentenceSplitter.Default.Split(text, range);

        Assert.Equal(["Inside one.", "Inside two."], sentences.Select(s => s.Of(text)));
        Assert.All(sentences, s => Assert.True(s.Start >= range.Start && s.End <= range.End));
    }
}
