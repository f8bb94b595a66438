using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Tests.Events;

/// <summary>Where a story event happened: a place the sentence names, never the nationality of one of its actors.</summary>
public sealed class StoryEventLocationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corroborate-location-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_nationality_of_an_actor_is_not_where_the_event_happened()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Leaders meet in Belgrade\n\nChinese President Xi Jinping met Serbian President Aleksandar Vucic in Belgrade on Wednesday, and the two leaders signed a trade agreement.");
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "Xi and Vucic hold talks\n\nChinese President Xi Jinping met Serbian President Aleksandar Vucic in Belgrade on Wednesday to discuss trade and investment.");
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var result = await pipeline.IngestAsync([_folder]);
        var story = Assert.Single(StoryReports.Build(pipeline.Stories.Stories(), result.Articles.ToDictionary(a => a.Id)));

        Assert.NotEmpty(story.Events);
        Assert.All(story.Events, e => Assert.Equal("Belgrade", e.Location));
    }
}
