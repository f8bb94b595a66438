using System.Text.Json;
using Corroborate.Tests.Support;

namespace Corroborate.Cli.Tests;

/// <summary>
/// A story's title and its briefing's headline are one choice (the story list's title when it is one of the articles'
/// headlines), never one outlet's headline in the list and another in the briefing.
/// </summary>
public sealed class StoryTitleTests
{
    [Fact]
    public async Task Every_story_of_the_samples_is_titled_by_the_headline_its_briefing_leads_with()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", Path.Combine(Repository.Root, "samples"), "--format", "json", "--quiet");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var articleTitles = json.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => a.TryGetProperty("title", out var t) ? t.GetString() : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.NotEmpty(stories);
        foreach (var story in stories)
        {
            var headline = story.GetProperty("briefing").GetProperty("headline").GetString() ?? "";
            Assert.Contains(headline, articleTitles);
            Assert.Equal(headline, story.GetProperty("title").GetString());
        }
    }
}
