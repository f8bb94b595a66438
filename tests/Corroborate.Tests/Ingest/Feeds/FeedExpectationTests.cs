namespace Corroborate.Tests.Ingest.Feeds;

public sealed class FeedExpectationTests
{
    private static FeedExpectation.PyDict Entry(Dictionary<string, object?> values) =>
        new(values, ["title", "summary", "content"], new() { ["description"] = "summary" });

    [Theory]
    [InlineData("not bozo and entries[0]['description'] == '<b>x</b>'", "Pass,Pass")]
    [InlineData("entries[0]['summary'] == u'other'", "Fail")]
    [InlineData("entries[0]['title_detail']['type'] == 'text/html'", "NotApplicable")]
    [InlineData("entries[0].get('summary') == '<b>x</b>' and len(entries) == 1", "Pass,Pass")]
    [InlineData("entries[0]['content'][0]['value'] == 'x'", "Fail")]
    public void Splits_on_and_and_separates_modelled_from_unmodelled_keys(string expression, string expected)
    {
        var globals = new Dictionary<string, object?>
        {
            ["bozo"] = false,
            ["entries"] = new List<object?> { Entry(new() { ["title"] = "t", ["summary"] = "<b>x</b>" }) },
        };

        var outcomes = FeedExpectation.Parse(expression).Select(a => FeedExpectation.Evaluate(a, globals));

        Assert.Equal(expected, string.Join(",", outcomes));
    }
}
