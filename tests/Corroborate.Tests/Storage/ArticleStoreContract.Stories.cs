using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Storage;

/// <summary>What every store must do with stories and reports (<see cref="IStoryStore"/>, <see cref="IReportStore"/>).</summary>
public abstract partial class ArticleStoreContract
{
    protected async Task Keeps_each_story_as_the_index_has_it_after_every_batch_case()
    {
        await using var store = await OpenAsync();
        var pipeline = new IngestPipeline(store) { BatchSize = 3 };
        await pipeline.IngestAsync([Repository.Samples]);
        var stories = ArticleStores.Stories(store);

        var stored = await stories.ListStoriesAsync();
        var expected = pipeline.Stories.Stories().ToList();
        Assert.True(expected.Count > 1);
        Assert.Equal(expected.Select(Describe), stored.Select(Describe));
        foreach (var story in expected)
        {
            Assert.Equal(Describe(story), Describe((await stories.GetStoryAsync(story.Id))!));
        }

        // A rebuild from the assignments agrees with what was stored along the way.
        var restored = await IngestPipeline.OpenAsync(store);
        Assert.Equal(restored.Stories.Stories().Select(Describe), stored.Select(Describe));
        Assert.Null(await stories.GetStoryAsync("s-no-such-article"));
    }

    protected async Task Finds_a_merged_story_by_its_old_id_and_tells_a_reader_what_changed_since_its_revision_case()
    {
        await using var store = await OpenAsync();
        var stories = ArticleStores.Stories(store);
        var a = Articles.FromPlainText("Bridge reopens\n\nThe river bridge reopened to traffic on Monday after repairs.", "a.txt");
        var b = Articles.FromPlainText("Traffic returns to bridge\n\nCars crossed the repaired river bridge again on Monday.", "b.txt");
        var storyA = new Story("s-" + a.Id, "Bridge reopens", null, null, [a.Id], [], 1, ["bridge"]) { Sequence = 0 };
        var storyB = new Story("s-" + b.Id, "Traffic returns", null, null, [b.Id], [], 1, ["traffic"]) { Sequence = 1 };
        var start = await stories.StoryRevisionAsync();
        await stories.AddAsync([(a, new StoryAssignment(storyA.Id, true, null, 0)), (b, new StoryAssignment(storyB.Id, true, null, 0))], new StoryChanges([storyA, storyB], []));
        var afterFirst = await stories.StoryRevisionAsync();
        Assert.True(afterFirst > start);

        var merged = storyA with { ArticleIds = [a.Id, b.Id], OutletCount = 2 };
        await stories.AddAsync([], new StoryChanges([merged], [new StoryMerge(storyB.Id, storyA.Id)]));

        Assert.Equal([a.Id, b.Id], (await stories.GetStoryAsync(storyB.Id))!.ArticleIds.ToArray());
        Assert.Equal([storyA.Id], (await stories.ListStoriesAsync()).Select(s => s.Id));
        var update = await stories.StoriesChangedSinceAsync(afterFirst);
        Assert.Equal([storyA.Id], update.Changed.Select(s => s.Id));
        Assert.Equal(2, update.Changed[0].OutletCount);
        Assert.Equal([storyB.Id], update.Removed.ToArray());
        Assert.Equal(await stories.StoryRevisionAsync(), update.Revision);
        var nothing = await stories.StoriesChangedSinceAsync(update.Revision);
        Assert.Empty(nothing.Changed);
        Assert.Empty(nothing.Removed);
        var found = await stories.GetArticlesAsync([b.Id, a.Id, "missing"]);
        Assert.Equal(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(b.CleanText, found[b.Id].CleanText);
    }

    protected async Task Serves_a_stored_report_only_for_the_article_set_and_analysis_it_was_built_for_case()
    {
        await using var store = await OpenAsync();
        var reports = ArticleStores.Reports(store);
        var story = new Story("s-one", "One", null, null, ["one", "two"], [], 2, []);
        var grown = story with { ArticleIds = ["one", "two", "three"] };
        var moved = story with { ArticleIds = ["one", "four"] };
        var set = StoryVersions.ArticleSet(story);
        Assert.NotEqual(set, StoryVersions.ArticleSet(grown));
        Assert.NotEqual(set, StoryVersions.ArticleSet(moved));

        await reports.PutReportAsync(story.Id, set, "builtin/x", "{\"id\":\"s-one\"}");

        Assert.Equal("{\"id\":\"s-one\"}", await reports.GetReportAsync(story.Id, set, "builtin/x"));
        Assert.Null(await reports.GetReportAsync(story.Id, StoryVersions.ArticleSet(grown), "builtin/x"));
        Assert.Null(await reports.GetReportAsync(story.Id, set, "builtin/y"));
        await reports.PutReportAsync(story.Id, StoryVersions.ArticleSet(grown), "builtin/x", "{\"id\":\"s-one\",\"n\":3}");
        Assert.Null(await reports.GetReportAsync(story.Id, set, "builtin/x"));
        Assert.Equal("{\"id\":\"s-one\",\"n\":3}", await reports.GetReportAsync(story.Id, StoryVersions.ArticleSet(grown), "builtin/x"));
    }

    protected async Task Keeps_a_story_entity_index_with_its_report_and_drops_it_with_the_report_case()
    {
        await using var store = await OpenAsync();
        var reports = ArticleStores.Reports(store);
        var story = new Story("s-one", "One", null, null, ["one", "two"], [], 2, []);
        var grown = story with { ArticleIds = ["one", "two", "three"] };
        var set = StoryVersions.ArticleSet(story);

        await reports.PutReportAsync(story.Id, set, "builtin/x", "{\"id\":\"s-one\"}", "[\"index one\"]");
        await reports.PutReportAsync("s-two", set, "builtin/x", "{\"id\":\"s-two\"}");
        await reports.PutReportAsync("s-three", set, "builtin/y", "{\"id\":\"s-three\"}", "[\"other analysis\"]");

        var listed = Assert.Single(await reports.ListEntitiesAsync("builtin/x"));
        Assert.Equal(new StoredEntities(story.Id, set, "[\"index one\"]"), listed);

        // Attached to a report of the same article set only; a new report of the story takes its index away.
        await reports.PutEntitiesAsync("s-two", "another set", "builtin/x", "[\"lost\"]");
        await reports.PutEntitiesAsync("s-two", set, "builtin/x", "[\"index two\"]");
        Assert.Equal(["[\"index one\"]", "[\"index two\"]"], (await reports.ListEntitiesAsync("builtin/x")).Select(e => e.Entities).Order(StringComparer.Ordinal));
        await reports.PutReportAsync(story.Id, StoryVersions.ArticleSet(grown), "builtin/x", "{\"id\":\"s-one\",\"n\":3}");
        Assert.Equal(["s-two"], (await reports.ListEntitiesAsync("builtin/x")).Select(e => e.StoryId));
    }

    /// <summary>Everything a story shows, as one comparable string (its arrays compared item by item).</summary>
    private static string Describe(Story story) =>
        string.Join(" | ", story.Id, story.Title, story.FirstSeen?.ToString("O"), story.LastSeen?.ToString("O"), string.Join(',', story.ArticleIds),
            string.Join(',', story.Duplicates.Select(d => d.ArticleId + "<" + d.DuplicateOf)), story.OutletCount, string.Join(',', story.Keywords), story.Sequence);
}
