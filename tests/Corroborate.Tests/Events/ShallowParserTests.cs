using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>The coder's parse without a parser: actor groups joined by "and", verbs of the dictionary, clauses.</summary>
public sealed class ShallowParserTests
{
    private static readonly ShallowParser Parser = new(EventDictionaries.Default);

    private static (SentenceParse Parse, List<EventToken> Tokens) Parse(string text)
    {
        var tokens = EventTokenizer.Tokenize(text);
        return (Parser.Parse(text, tokens, null, null), tokens);
    }

    private static int TokenOf(string text, List<EventToken> tokens, string word) =>
        tokens.FindIndex(t => text[t.Start..t.End] == word);

    [Fact]
    public void Actors_joined_by_and_are_one_group_and_each_clause_has_its_own_verb()
    {
        const string text = "France and Germany condemned the shelling of Kharkiv, and Ukraine asked for more help.";
        var (parse, tokens) = Parse(text);

        Assert.Equal(2, parse.Groups.Count);
        Assert.Equal([("FRA", "France"), ("DEU", "Germany")], parse.Groups[0].Actors.Select(a => (a.Code, a.Text)));
        Assert.Equal([("UKR", "Ukraine")], parse.Groups[1].Actors.Select(a => (a.Code, a.Text)));
        Assert.Equal("CONDEMN", parse.VerbAt[TokenOf(text, tokens, "condemned")]?.Lemma);
        Assert.Equal("ASK", parse.VerbAt[TokenOf(text, tokens, "asked")]?.Lemma);
        // ", and" opens a second clause: Ukraine asks in its own clause, not as an object of the condemnation.
        Assert.Equal(2, parse.Clauses.Count);
        Assert.NotEqual(parse.ClauseOf[TokenOf(text, tokens, "condemned")], parse.ClauseOf[TokenOf(text, tokens, "asked")]);
        Assert.Equal(parse.ClauseOf[TokenOf(text, tokens, "Ukraine")], parse.ClauseOf[TokenOf(text, tokens, "asked")]);
    }

    [Fact]
    public void Actor_spans_are_the_words_that_name_them()
    {
        const string text = "Officials in Kenya said Ethiopia and Somalia had agreed to talks in Nairobi.";
        var (parse, _) = Parse(text);

        var actors = parse.Groups.SelectMany(g => g.Actors).ToList();
        Assert.NotEmpty(actors);
        Assert.All(actors, a => Assert.Equal(a.Text, text[a.Start..a.End]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("SHARE THIS: FACEBOOK | TWITTER | EMAIL")]
    [InlineData("and and and , , ; — “ ” ...")]
    [InlineData("the the of of France France France and and")]
    [InlineData("Read more: Ukraine, Russia & China talks — live updates (12:04 GMT)")]
    public void Noisy_text_gives_a_parse_whose_tables_fit_its_tokens(string text)
    {
        var (parse, tokens) = Parse(text);

        Assert.Equal(tokens.Count, parse.VerbAt.Length);
        Assert.Equal(tokens.Count, parse.GroupAt.Length);
        Assert.Equal(tokens.Count, parse.ClauseOf.Length);
        Assert.All(parse.GroupAt, g => Assert.InRange(g, -1, parse.Groups.Count - 1));
        Assert.All(parse.Groups, g => Assert.True(g.Start >= 0 && g.Start < g.End && g.End <= tokens.Count));
        Assert.All(parse.Groups.SelectMany(g => g.Actors), a => Assert.Equal(a.Text, text[a.Start..a.End]));
    }
}
