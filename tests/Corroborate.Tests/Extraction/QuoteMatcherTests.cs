using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Tests.Extraction;

public sealed class QuoteMatcherTests
{
    private static (string, QuoteMention, string?, string?) Mention(string article, string text, string? speaker) =>
        (article, new QuoteMention(new TextSpan(0, text.Length), text, null, null, null, null, null, false), speaker, speaker);

    [Fact]
    public void Matches_two_translations_of_one_statement_and_says_they_are_not_verbatim()
    {
        var quotes = new QuoteMatcher().Match(
        [
            Mention("a", "Our friendship can give hope to free peoples and bring despair to the hegemons.", "E1"),
            Mention("b", "Our friendship can give hope to free peoples and bring despair to the imperialists.", "E1"),
            Mention("c", "Trade between our countries will double within five years.", "E1"),
        ]);

        var statement = Assert.Single(quotes, q => q.Mentions.Length == 2);
        Assert.False(statement.Verbatim);
        Assert.All(statement.Mentions, m => Assert.True(m.Similarity >= 0.6));
        Assert.Equal(2, quotes.Length);
    }

    [Fact]
    public void Joins_a_partial_quote_to_the_full_statement_that_contains_it()
    {
        var quotes = new QuoteMatcher().Match(
        [
            Mention("a", "We will stand against any country that works against the welfare of our people.", "E1"),
            Mention("b", "works against the welfare of our people", null),
        ]);

        Assert.Equal(2, Assert.Single(quotes).Mentions.Length);
    }

    [Fact]
    public void Never_merges_statements_of_two_different_speakers()
    {
        var quotes = new QuoteMatcher().Match(
        [
            Mention("a", "The age of one-sided rule is ending and the world is turning to many centres of power.", "E1"),
            Mention("b", "The age of one-sided rule is ending and the world is turning to many centres of power.", "E2"),
        ]);

        Assert.Equal(2, quotes.Length);
    }

    [Fact]
    public void Calls_identical_wording_verbatim()
    {
        var quotes = new QuoteMatcher().Match([Mention("a", "Every day our ties grow stronger.", "E1"), Mention("b", "Every day our ties grow stronger.", "E1")]);

        Assert.True(Assert.Single(quotes).Verbatim);
    }
}
