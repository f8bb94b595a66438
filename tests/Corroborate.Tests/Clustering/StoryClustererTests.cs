using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Evaluation.Stories;

namespace Corroborate.Tests.Clustering;

public sealed partial class StoryClustererTests
{
    private static readonly DateTimeOffset ChileDay = StoryFixtures.Day(2025, 3, 4);
    private static readonly DateTimeOffset NepalDay = StoryFixtures.Day(2023, 11, 4);
    private static readonly DateTimeOffset RailDay = StoryFixtures.Day(2024, 3, 7);

    [Fact]
    public void Puts_an_exact_duplicate_in_its_originals_story_as_a_copy()
    {
        var clusterer = new StoryClusterer();
        var original = StoryFixtures.Load("quake-chile-wire", ChileDay, "Andes Wire");
        var first = clusterer.Assign(original);
        var copy = clusterer.Assign(original with { Id = "copy", Outlet = "Other Paper" });

        Assert.True(first.IsNew);
        Assert.Equal(first.StoryId, copy.StoryId);
        Assert.False(copy.IsNew);
        Assert.Equal(original.Id, copy.DuplicateOf);
        var story = clusterer.Index.GetStory(first.StoryId)!;
        Assert.Equal([new StoryDuplicate("copy", original.Id)], story.Duplicates.ToArray());
        Assert.Equal(2, story.OutletCount);
    }

    [Fact]
    public void A_near_duplicate_joins_its_originals_story_even_when_it_arrives_after_other_stories()
    {
        var clusterer = new StoryClusterer();
        var original = StoryFixtures.Load("quake-chile-wire", ChileDay);
        var chile = clusterer.Assign(original);
        clusterer.Assign(StoryFixtures.Load("rail-strike-wire", RailDay));
        var copy = clusterer.Assign(StoryFixtures.SyndicatedCopy(original, "copy", "Deadly tremor hits Antofagasta"));

        Assert.Equal(chile.StoryId, copy.StoryId);
        Assert.Equal(original.Id, copy.DuplicateOf);
        Assert.Equal(2, clusterer.Index.Count);
    }

    [Fact]
    public void Joins_a_follow_up_of_the_same_event()
    {
        var clusterer = new StoryClusterer();
        var wire = clusterer.Assign(StoryFixtures.Load("quake-chile-wire", ChileDay));
        var followUp = clusterer.Assign(StoryFixtures.Load("quake-chile-followup", ChileDay.AddDays(1)));

        Assert.Equal(wire.StoryId, followUp.StoryId);
        Assert.Null(followUp.DuplicateOf);
    }

    [Fact]
    public void Keeps_two_earthquakes_in_different_countries_and_years_apart()
    {
        var clusterer = new StoryClusterer();
        var chile = clusterer.Assign(StoryFixtures.Load("quake-chile-wire", ChileDay));
        var nepal = clusterer.Assign(StoryFixtures.Load("quake-nepal-wire"));
        var chileFollowUp = clusterer.Assign(StoryFixtures.Load("quake-chile-followup", ChileDay.AddDays(1)));
        var nepalFollowUp = clusterer.Assign(StoryFixtures.Load("quake-nepal-followup"));

        Assert.NotEqual(chile.StoryId, nepal.StoryId);
        Assert.Equal(chile.StoryId, chileFollowUp.StoryId);
        Assert.Equal(nepal.StoryId, nepalFollowUp.StoryId);
    }

    [Fact]
    public void Story_records_title_times_articles_and_keywords()
    {
        var clusterer = new StoryClusterer();
        var wire = clusterer.Assign(StoryFixtures.Load("rail-strike-wire", RailDay, "Wire"));
        clusterer.Assign(StoryFixtures.Load("rail-strike-followup", RailDay.AddDays(2), "Paper"));

        var story = clusterer.Index.GetStory(wire.StoryId)!;
        Assert.Equal("s-rail-strike-wire", story.Id);
        Assert.Contains("strike", story.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(RailDay, story.FirstSeen);
        Assert.Equal(RailDay.AddDays(2), story.LastSeen);
        Assert.Equal(["rail-strike-wire", "rail-strike-followup"], story.ArticleIds.ToArray());
        Assert.Equal(2, story.OutletCount);
        Assert.NotEmpty(story.Keywords);
    }

    [Fact]
    public void Days_apart_need_stronger_evidence_than_the_same_day()
    {
        // A steep penalty makes the rule visible on one pair; six days is still inside the idle
        // window, so only the penalty can keep the late follow-up apart.
        var options = StoryClusteringOptions.Default with { PenaltyPerDay = 1, MaxTimePenalty = 0.5 };
        var wire = StoryFixtures.Load("quake-nepal-wire", NepalDay);
        var followUp = StoryFixtures.Load("quake-nepal-followup", NepalDay);
        var sameDay = new StoryClusterer(new StoryIndex(options));
        sameDay.Assign(wire);
        var sixDaysLater = new StoryClusterer(new StoryIndex(options));
        sixDaysLater.Assign(wire);

        var near = sameDay.Assign(followUp);
        var late = sixDaysLater.Assign(followUp with { Published = NepalDay.AddDays(6) });

        Assert.False(near.IsNew);
        Assert.True(late.IsNew);
    }

    [Fact]
    public void Stories_idle_past_the_window_leave_the_index_and_take_no_more_articles()
    {
        // Idle in arrivals too: with no arrival allowance, time alone evicts.
        var clusterer = new StoryClusterer(new StoryIndex(StoryClusteringOptions.Default with { IdleArticles = 0 }));
        var wire = clusterer.Assign(StoryFixtures.Load("quake-chile-wire", ChileDay));
        clusterer.Assign(StoryFixtures.Load("rail-strike-wire", ChileDay.AddDays(30)));
        var late = clusterer.Assign(StoryFixtures.Load("quake-chile-followup", ChileDay.AddDays(31)));

        Assert.True(late.IsNew);
        Assert.NotEqual(wire.StoryId, late.StoryId);
        Assert.Equal(3, clusterer.Index.Count);
        Assert.Equal(2, clusterer.Index.ActiveCount);
        Assert.NotEmpty(clusterer.Index.GetStory(wire.StoryId)!.Keywords);
    }

    [Fact]
    public void Restoring_then_continuing_gives_the_same_stories_as_an_uninterrupted_run()
    {
        var stream = Stream();
        var uninterrupted = new StoryClusterer();
        var expected = stream.Select(uninterrupted.Assign).ToList();

        var today = new StoryClusterer();
        var stored = stream.Take(5).Select(article =>
        {
            var assignment = today.Assign(article);
            return new StoredStoryAssignment(article, assignment.StoryId, assignment.DuplicateOf);
        }).ToList();
        var tomorrow = new StoryClusterer(StoryIndex.Restore(stored));
        var continued = stream.Skip(5).Select(tomorrow.Assign).ToList();

        Assert.Equal(expected.Skip(5), continued);
        Assert.Equal(
            uninterrupted.Index.Stories().Select(s => (s.Id, s.Title, string.Join(",", s.ArticleIds), string.Join(",", s.Keywords))),
            tomorrow.Index.Stories().Select(s => (s.Id, s.Title, string.Join(",", s.ArticleIds), string.Join(",", s.Keywords))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Restoring_across_evictions_and_rotations_continues_like_an_uninterrupted_run(int split)
    {
        var day = ChileDay;
        var chile = StoryFixtures.Load("quake-chile-wire", day);
        // Spans a month, so stories are evicted and the duplicate index rotates on both sides of the split.
        List<Article> stream =
        [
            chile,
            StoryFixtures.Load("rail-strike-wire", day.AddDays(10)),
            StoryFixtures.SyndicatedCopy(chile, "chile-copy", "Chile quake kills three") with { Published = day.AddDays(11) },
            StoryFixtures.Load("quake-nepal-wire", day.AddDays(20)),
            StoryFixtures.Load("quake-nepal-followup", day.AddDays(21)),
            StoryFixtures.Load("quake-chile-followup", day.AddDays(22)),
            StoryFixtures.Load("rail-strike-followup", day.AddDays(23)),
        ];
        var uninterrupted = new StoryClusterer();
        var expected = stream.Select(uninterrupted.Assign).ToList();

        var stored = stream.Take(split).Zip(expected, (article, a) => new StoredStoryAssignment(article, a.StoryId, a.DuplicateOf));
        var restored = new StoryClusterer(StoryIndex.Restore(stored));
        var continued = stream.Skip(split).Select(restored.Assign).ToList();

        Assert.Equal(expected.Skip(split), continued);
        Assert.Equal(uninterrupted.Index.ActiveCount, restored.Index.ActiveCount);
        Assert.Equal(uninterrupted.Index.Count, restored.Index.Count);
    }

    [Fact]
    public void Restore_rejects_a_copy_whose_original_was_not_replayed_before_it()
    {
        var article = StoryFixtures.Load("rail-strike-wire");

        var error = Assert.Throws<ArgumentException>(() =>
            StoryIndex.Restore([new StoredStoryAssignment(article, "s-x", DuplicateOf: "missing")]));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_article_placed_twice()
    {
        var clusterer = new StoryClusterer();
        var article = StoryFixtures.Load("rail-strike-wire");
        clusterer.Assign(article);

        // The same id with other text is not a copy, so it reaches the story index, which refuses it.
        Assert.Throws<ArgumentException>(() => clusterer.Assign(StoryFixtures.Load("quake-nepal-wire", id: article.Id)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_shuffled_stream_gives_nearly_the_same_partition(int seed)
    {
        var stream = Stream();
        var inOrder = Partition(stream);
        var shuffled = stream.ToArray();
        new Random(seed).Shuffle(shuffled);
        var reordered = Partition(shuffled);

        var ids = stream.Select(a => a.Id).ToList();
        var score = BCubedScorer.Score(ids.Select(id => reordered[id]).ToList(), ids.Select(id => inOrder[id]).ToList());
        Assert.True(score.F1 >= 0.9, $"seed {seed}: {score}");
    }

    private static Dictionary<string, string> Partition(IEnumerable<Article> stream)
    {
        // Scored on the final stories: a later placement may move or merge earlier ones.
        var clusterer = new StoryClusterer();
        var articles = stream.ToList();
        foreach (var article in articles)
        {
            clusterer.Assign(article);
        }

        return articles.ToDictionary(a => a.Id, a => clusterer.Index.StoryOf(a.Id)!);
    }

    private static List<Article> Stream()
    {
        // One news week, so that the stream order, not the idle window, is what varies.
        var day = ChileDay;
        var chile = StoryFixtures.Load("quake-chile-wire", day, "Andes Wire");
        var nepal = StoryFixtures.Load("quake-nepal-wire", day.AddHours(3), "Kathmandu Wire");
        return
        [
            chile,
            nepal,
            StoryFixtures.Load("rail-strike-wire", day.AddHours(5), "Rail Wire"),
            StoryFixtures.SyndicatedCopy(chile, "chile-copy", "Chile quake kills three"),
            StoryFixtures.Load("quake-nepal-followup", day.AddDays(2), "Himal Times"),
            StoryFixtures.Load("quake-chile-followup", day.AddDays(1), "Santiago Post"),
            StoryFixtures.SyndicatedCopy(nepal, "nepal-copy", "Nepal quake: 157 dead"),
            StoryFixtures.Load("rail-strike-followup", day.AddDays(2), "Berlin Daily"),
        ];
    }
}
