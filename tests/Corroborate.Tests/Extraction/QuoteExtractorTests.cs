using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

public sealed class QuoteExtractorTests
{
    private static (Corroborate.Model.Article Article, List<QuoteMention> Quotes) Extract(string text)
    {
        var article = Articles.FromPlainText(text);
        var mentions = new EntityMentionExtractor().Extract(article);
        return (article, [.. new QuoteExtractor().Extract(article, mentions)]);
    }

    [Theory]
    [InlineData("“We will rebuild every house,” said Prime Minister Sara Okafor on Monday.", "Sara Okafor")]
    [InlineData("\"We will rebuild every house,\" Sara Okafor told reporters.", "Sara Okafor")]
    [InlineData("Prime Minister Sara Okafor said: «We will rebuild every house.»", "Sara Okafor")]
    [InlineData("Sara Okafor, the prime minister, said that „we will rebuild every house“.", "Sara Okafor")]
    [InlineData("\"We will rebuild every house,\" Education Minister Sara Okafor said in Lagos.", "Sara Okafor")]
    [InlineData("“We will rebuild every house,” Home Secretary Sara Okafor told reporters.", "Sara Okafor")]
    [InlineData("Sara Okafor praised the volunteers of the flooded districts, saying, “We will rebuild every house.”", "Sara Okafor")]
    [InlineData("Prime Minister Sara Okafor welcomed the aid package from the lenders, adding that “we will rebuild every house”.", "Sara Okafor")]
    [InlineData("“We will rebuild every house in the valley,” said Prime Minister Sara Okafor.", "Sara Okafor")]
    public void Names_the_speaker_before_or_after_the_quote_in_any_quote_style(string text, string speaker)
    {
        var (article, quotes) = Extract(text);

        var quote = Assert.Single(quotes);
        Assert.Contains("rebuild every house", quote.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(speaker, quote.SpeakerMention?.Of(article.CleanText));
        Assert.Equal(quote.Text, quote.Span.Of(article.CleanText));
    }

    [Theory]
    [InlineData("Tomas Novak's partner said she would stand by him after the verdict, saying: \"Nothing has changed between us.\"")]
    [InlineData("Tomas Novak’s partner said that she would stand by him, adding that “nothing has changed between us”.")]
    public void A_name_in_the_possessive_is_not_the_speaker_of_its_subject(string text)
    {
        var (article, quotes) = Extract(text);

        var quote = Assert.Single(quotes);
        Assert.NotEqual("Tomas Novak", quote.SpeakerMention?.Of(article.CleanText));
    }

    [Fact]
    public void Every_quoted_fragment_of_an_attributed_sentence_has_its_speaker()
    {
        var (article, quotes) = Extract("In her speech, Sara Okafor said the \"era of waste\" was over and that the country would return to \"honest public accounts\" within a year.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Sara Okafor", q.SpeakerMention?.Of(article.CleanText)));
    }

    [Fact]
    public void A_quote_standing_alone_after_an_attributed_one_in_its_paragraph_goes_on_with_its_speaker()
    {
        var (article, quotes) = Extract("\"Tonight the rebuilding of the valley starts,\" Sara Okafor told cheering supporters at the stadium. \"Tonight the long wait is over.\"\n\n"
            + "\"Nobody here believed it,\" a farmer said.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("Sara Okafor", quotes[1].SpeakerMention?.Of(article.CleanText));
        Assert.Null(quotes[2].SpeakerMention);
    }

    [Fact]
    public void A_new_paragraph_does_not_inherit_the_speaker()
    {
        var (_, quotes) = Extract("\"Tonight the rebuilding of the valley starts,\" Sara Okafor told cheering supporters at the stadium.\n\n\"Tonight the long wait is over.\"");

        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].SpeakerMention);
    }

    [Fact]
    public void A_pronoun_subject_with_saying_is_the_person_it_stands_for()
    {
        var (article, quotes) = Extract("Tomas Novak, 51, had warned that the tolls would rise. He accepted the ruling calmly on Monday, saying that \"the courts have spoken\".");

        var quote = Assert.Single(quotes);
        Assert.Equal("He", quote.SpeakerCue);
        Assert.Equal("Tomas Novak", quote.SpeakerMention?.Of(article.CleanText));
    }

    [Fact]
    public void The_subject_who_said_it_speaks_a_fragment_quoted_later_in_the_sentence()
    {
        var (article, quotes) = Extract("Tomas Novak, who ran the port for a decade, said he would stay until the handover but would not seek office \"in the coming years\".");

        Assert.Equal("Tomas Novak", Assert.Single(quotes).SpeakerMention?.Of(article.CleanText));
    }

    [Fact]
    public void Gives_he_said_to_the_last_person_named_as_a_subject()
    {
        var (article, quotes) = Extract("Mayor Tomas Novak opened the bridge. Officials watched from the bank.\n\n“It took ten years to build,” he said.");

        var quote = Assert.Single(quotes);
        Assert.Equal("he", quote.SpeakerCue);
        Assert.Equal("Tomas Novak", quote.SpeakerMention?.Of(article.CleanText));
    }

    [Fact]
    public void Keeps_the_role_when_the_speaker_is_named_by_role_only()
    {
        var (_, quotes) = Extract("The talks lasted three hours. “Our two nations share one future,” added the Serbian President.");

        var quote = Assert.Single(quotes);
        Assert.Equal("President", quote.SpeakerRole);
        Assert.Equal("SRB", quote.SpeakerCountry);
    }

    [Fact]
    public void Joins_a_quote_that_runs_on_into_the_next_paragraph()
    {
        var (_, quotes) = Extract("Tomas Novak said: “The bridge is open to everyone.\n\n“It will carry trams from next year,” he added.");

        Assert.Contains(quotes, q => q.Text.Contains("open to everyone", StringComparison.Ordinal) && q.Text.Contains("carry trams", StringComparison.Ordinal));
    }

    [Fact]
    public void Ignores_one_and_two_word_scare_quotes_and_apostrophes()
    {
        var (_, quotes) = Extract("The minister called the plan \"historic\" and the country's ‘new dawn’ began.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void Marks_a_quoted_phrase_inside_a_sentence_as_partial()
    {
        var (_, quotes) = Extract("Tomas Novak said the city would \"never give up on the river\" despite the floods.");

        Assert.True(Assert.Single(quotes).IsPartial);
    }
}
