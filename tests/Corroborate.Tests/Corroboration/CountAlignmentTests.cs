using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// A shared count is strong evidence that two sentences tell one claim only when it counts the same act: three outlets of a
/// story we wrote name "four countries" in three different statements, and "nine" trade agreements signed, told two ways.
/// </summary>
public sealed class CountAlignmentTests
{
    private static readonly DateTimeOffset Published = new(2025, 5, 16, 8, 0, 0, TimeSpan.Zero);

    private static readonly Article Courier = Build("courier", "Lakeside Courier", """
        Minister ends regional tour in Nairobi

        The foreign minister of Tanzania ended a tour of four countries on Thursday with talks in Nairobi.
        Officials of both governments signed nine trade agreements during the visit, covering fishing, rail freight and grain.
        Traders in the port city said they hoped the rail freight deal would lower costs.
        """);

    private static readonly Article Monitor = Build("monitor", "East Monitor", """
        Tanzania and Kenya sign trade deals

        Nine trade deals were signed by the two delegations on Thursday, officials said after the meeting.
        The four countries are under pressure from lenders.
        Farm groups asked for more detail on the grain quotas.
        """);

    private static readonly Article Herald = Build("herald", "Coast Herald", """
        Tanzanian minister praises neighbours

        "The four countries I chose for this journey have a deep bond with my own people," he told a business forum.
        It is known that the minister made a marathon visit to four countries.
        He said a joint commission would meet again before the end of the year.
        """);

    private static readonly IReadOnlyList<Article> Story = [Courier, Monitor, Herald];

    private static readonly Lazy<StoryCorroboration> Result = new(() =>
        AnalysisOptions.Default.CreateCorroborator().Corroborate(Story, new StoryExtractor().Extract(Story)));

    private static Article Build(string id, string outlet, string text) =>
        Articles.FromPlainText(text.Replace("\r", "", StringComparison.Ordinal), id + ".txt") with { Outlet = outlet, Published = Published };

    private static Claim ClaimOf(string words) => Result.Value.Claims.Single(c => c.Mentions.Any(m => m.Text.Contains(words, StringComparison.Ordinal)));

    [Fact]
    public void The_same_count_of_one_act_told_two_ways_is_one_claim()
    {
        var signing = ClaimOf("signed nine trade agreements");
        Assert.Contains(signing.Mentions, m => m.Text.Contains("Nine trade deals were signed", StringComparison.Ordinal));
        Assert.Equal([Courier.Id, Monitor.Id], signing.Articles.ToArray());
    }

    [Fact]
    public void One_count_of_one_noun_in_three_statements_does_not_make_them_one_claim()
    {
        var tour = ClaimOf("a tour of four countries");
        Assert.DoesNotContain(tour.Mentions, m => m.Text.Contains("under pressure from lenders", StringComparison.Ordinal));
        Assert.DoesNotContain(tour.Mentions, m => m.Text.Contains("deep bond", StringComparison.Ordinal));
        Assert.DoesNotContain(ClaimOf("under pressure from lenders").Mentions, m => m.Text.Contains("deep bond", StringComparison.Ordinal));
    }
}
