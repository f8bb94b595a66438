using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Support;
using Xunit.Abstractions;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// Small stories we wrote, two or three outlets each, with one fact told differently (or compatibly) by one of
/// them: what the detector must flag, of which kind, and what it must leave alone.
/// </summary>
public sealed class ConflictDetectorTests(ITestOutputHelper output)
{
    private StoryCorroboration Corroborate(params (string Outlet, string Text, string? Published)[] articles)
    {
        IReadOnlyList<Article> story = [.. articles.Select((a, i) => Articles.FromPlainText(a.Text.Replace("\r", "", StringComparison.Ordinal), $"a{i}.txt") with
        {
            Outlet = a.Outlet,
            Published = a.Published is null ? null : DateTimeOffset.Parse(a.Published, System.Globalization.CultureInfo.InvariantCulture),
        })];
        var result = new StoryCorroborator(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default).Corroborate(story, new StoryExtractor().Extract(story));
        foreach (var claim in result.Claims.Where(c => c.Mentions.Length > 1 || !c.Conflicts.IsEmpty))
        {
            output.WriteLine($"[{claim.Articles.Length}] {claim.Text}");
            foreach (var mention in claim.Mentions)
            {
                output.WriteLine($"    {mention.ArticleId[..6]} {mention.Text}");
                foreach (var value in mention.Values)
                {
                    output.WriteLine($"        {value.Field} {value.Key} {value.Value} [{value.Text}] pred={value.Slot?.Predicate}");
                }
            }

            foreach (var conflict in claim.Conflicts)
            {
                output.WriteLine($"  !! {conflict.Kind}: {conflict.Description}");
            }
        }

        return result;
    }

    private static IEnumerable<ClaimConflict> Conflicts(StoryCorroboration result) => result.Claims.SelectMany(c => c.Conflicts);

    [Fact]
    public void A_weekday_differs_even_when_no_publication_date_is_known()
    {
        var result = Corroborate(
            ("Harbour Daily", "The coroner said the retired senator died on Saturday of natural causes at his home in Vermont.", null),
            ("Iberia Times", "The coroner said the retired senator died on Saturday of natural causes at his farm in Vermont.", null),
            ("Coastal Wire", "The coroner believes the retired senator died on Friday, July 24, 2004, of natural causes at his home in Vermont.", null));

        var day = Assert.Single(Conflicts(result), c => c.Field == "date");
        Assert.Equal(ConflictKinds.Contradiction, day.Kind);
        Assert.Equal(2, day.Values.Length);
        Assert.Single(day.Values.Single(v => v.Sources.Any(s => s.Text.Contains("Friday", StringComparison.Ordinal))).Articles);
    }
}
