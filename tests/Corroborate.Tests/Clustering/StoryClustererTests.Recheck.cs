using Corroborate.Clustering;
using Corroborate.Model;

namespace Corroborate.Tests.Clustering;

/// <summary>The bounded re-check after each placement: re-placing originals of young stories, merging young stories, and time rules.</summary>
public sealed partial class StoryClustererTests
{
    [Fact]
    public void An_article_that_joined_the_wrong_young_story_moves_once_its_own_event_has_a_story()
    {
        var clusterer = new StoryClusterer();
        var index = clusterer.Index;
        var chile = StoryFixtures.Load("quake-chile-wire", ChileDay);
        var nepal = StoryFixtures.Load("quake-nepal-wire", NepalDay);
        var nepalFollowUp = StoryFixtures.Load("quake-nepal-followup", NepalDay.AddDays(2));
        // An earlier decision gone wrong: the first Nepal report sits in the Chile story, and the
        // second report of Nepal started a story of its own.
        var chileStory = Place(index, chile, storyOf: null);
        Place(index, nepal, storyOf: chileStory);
        Place(index, nepalFollowUp, storyOf: null);

        clusterer.Assign(StoryFixtures.Load("quake-nepal-aid", NepalDay.AddDays(4)));

        Assert.Equal(index.StoryOf(nepalFollowUp.Id), index.StoryOf(nepal.Id));
        Assert.NotEqual(index.StoryOf(chile.Id), index.StoryOf(nepal.Id));
        Assert.Equal([chile.Id], index.GetStory(chileStory.Id)!.ArticleIds.ToArray());
    }

    [Fact]
    public void Two_young_stories_of_one_event_become_one_and_the_older_keeps_its_id()
    {
        var clusterer = new StoryClusterer();
        var (wire, followUp, older, younger) = TwoStoriesOfOneEvent(clusterer.Index);

        clusterer.Assign(StoryFixtures.Load("quake-chile-analysis", ChileDay.AddDays(1)));

        var index = clusterer.Index;
        Assert.Equal(older.Id, index.StoryOf(wire.Id));
        Assert.Equal(older.Id, index.StoryOf(followUp.Id));
        Assert.Equal(older.Id, index.StoryOf("quake-chile-analysis"));
        // The vanished id still finds the story.
        Assert.Equal(older.Id, index.GetStory(younger.Id)!.Id);
        Assert.Single(index.Stories());
    }

    [Fact]
    public void The_merge_re_check_joins_two_young_stories_and_the_assignment_reports_it()
    {
        var clusterer = new StoryClusterer(new StoryIndex(StoryClusteringOptions.Default with { ReplaceArticles = false }));
        var (_, followUp, older, younger) = TwoStoriesOfOneEvent(clusterer.Index);

        var analysis = clusterer.Assign(StoryFixtures.Load("quake-chile-analysis", ChileDay.AddDays(1)));

        Assert.Equal([new StoryMerge(younger.Id, older.Id)], analysis.Merges.ToArray());
        Assert.Equal(older.Id, clusterer.Index.StoryOf(followUp.Id));
        Assert.Equal(3, clusterer.Index.GetStory(older.Id)!.ArticleIds.Length);
    }

    [Fact]
    public void Without_the_re_check_the_two_stories_stay_apart()
    {
        var clusterer = new StoryClusterer(new StoryIndex(StoryClusteringOptions.Default with { ReplaceArticles = false, MergeThreshold = 0 }));
        var (wire, followUp, _, _) = TwoStoriesOfOneEvent(clusterer.Index);

        clusterer.Assign(StoryFixtures.Load("quake-chile-analysis", ChileDay.AddDays(1)));

        Assert.NotEqual(clusterer.Index.StoryOf(wire.Id), clusterer.Index.StoryOf(followUp.Id));
    }

    [Fact]
    public void A_late_report_of_an_old_event_still_finds_its_story_after_newer_ones()
    {
        // A folder read in file-name order: a month of newer news comes between the Chile reports.
        var clusterer = new StoryClusterer();
        var wire = clusterer.Assign(StoryFixtures.Load("quake-chile-wire", ChileDay));
        clusterer.Assign(StoryFixtures.Load("rail-strike-wire", ChileDay.AddDays(30)));
        clusterer.Assign(StoryFixtures.Load("rail-strike-followup", ChileDay.AddDays(32)));

        var late = clusterer.Assign(StoryFixtures.Load("quake-chile-followup", ChileDay.AddDays(1)));

        Assert.False(late.IsNew);
        Assert.Equal(wire.StoryId, clusterer.Index.StoryOf("quake-chile-followup"));
    }

    [Fact]
    public void An_undated_article_is_dated_by_its_own_text()
    {
        // "on Tuesday" beside "Tuesday, March 4, 2025": the wire speaks from that day, so a follow-up a
        // month later is days apart from it although neither carries a publication date.
        var options = StoryClusteringOptions.Default with { PenaltyPerDay = 1, MaxTimePenalty = 0.5 };
        var clusterer = new StoryClusterer(new StoryIndex(options));
        var wire = clusterer.Assign(StoryFixtures.Load("quake-chile-wire"));

        var late = clusterer.Assign(StoryFixtures.Load("quake-chile-followup", ChileDay.AddDays(40)));

        Assert.Equal(ChileDay.Date, clusterer.Index.GetStory(wire.StoryId)!.FirstSeen!.Value.Date);
        Assert.True(late.IsNew);
    }

    [Fact]
    public void Reports_close_in_time_need_less_textual_evidence_than_undated_ones()
    {
        var strict = StoryClusteringOptions.Default with { JoinThreshold = 0.9, SameTimeBonus = 0.85, MergeThreshold = 0, ReplaceArticles = false };
        var dated = new StoryClusterer(new StoryIndex(strict));
        dated.Assign(StoryFixtures.Load("quake-chile-wire", ChileDay));
        var undated = new StoryClusterer(new StoryIndex(strict with { SameTimeBonus = 0 }));
        undated.Assign(StoryFixtures.Load("quake-chile-wire", ChileDay));

        Assert.False(dated.Assign(StoryFixtures.Load("quake-chile-followup", ChileDay.AddDays(1))).IsNew);
        Assert.True(undated.Assign(StoryFixtures.Load("quake-chile-followup", ChileDay.AddDays(1))).IsNew);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_story_holding_two_events_of_one_kind_splits_in_two_when_the_split_re_check_is_on(bool split)
    {
        var options = StoryClusteringOptions.Default with { SplitThreshold = split ? StoryClusteringOptions.Default.SplitThreshold : 0 };
        var clusterer = new StoryClusterer(new StoryIndex(options));
        var index = clusterer.Index;
        // An early decision gone wrong: both quakes' first reports sit in one story, as when the second event's first
        // report arrived while only the first event's story existed.
        var mixed = Place(index, StoryFixtures.Load("quake-chile-wire", ChileDay), storyOf: null);
        Place(index, StoryFixtures.Load("quake-nepal-wire", NepalDay), storyOf: mixed);
        Place(index, StoryFixtures.Load("quake-chile-followup", ChileDay.AddDays(1)), storyOf: mixed);
        Place(index, StoryFixtures.Load("quake-nepal-followup", NepalDay.AddDays(2)), storyOf: mixed);

        var placed = clusterer.Assign(StoryFixtures.Load("quake-chile-analysis", ChileDay.AddDays(1)));

        var chile = index.StoryOf("quake-chile-wire");
        Assert.Equal(chile, index.StoryOf("quake-chile-followup"));
        Assert.Equal(chile, index.StoryOf("quake-chile-analysis"));
        Assert.Equal(index.StoryOf("quake-nepal-wire"), index.StoryOf("quake-nepal-followup"));
        if (split)
        {
            // The part with the story's first original keeps its id; the other part is a new story, reported as changed.
            Assert.Equal(mixed.Id, chile);
            Assert.NotEqual(chile, index.StoryOf("quake-nepal-wire"));
            Assert.Contains(index.StoryOf("quake-nepal-wire")!, placed.ChangedStories);
        }
        else
        {
            Assert.Equal(chile, index.StoryOf("quake-nepal-wire"));
        }
    }

    /// <summary>Two reports of the Chile quake that began apart (as an arrival order can make them).</summary>
    private static (Article Wire, Article FollowUp, StoryState Older, StoryState Younger) TwoStoriesOfOneEvent(StoryIndex index)
    {
        var wire = StoryFixtures.Load("quake-chile-wire", ChileDay);
        var followUp = StoryFixtures.Load("quake-chile-followup", ChileDay.AddDays(1));
        return (wire, followUp, Place(index, wire, storyOf: null), Place(index, followUp, storyOf: null));
    }

    /// <summary>Puts an article where a test says, bypassing the clusterer's decision.</summary>
    private static StoryState Place(StoryIndex index, Article article, StoryState? storyOf)
    {
        var features = index.Extractor.Extract(article);
        var fingerprint = index.Duplicates.Fingerprint(article);
        if (storyOf is null)
        {
            return index.Create("s-" + article.Id, article, StoryIndex.ArticleTime(article), features, fingerprint);
        }

        index.Join(storyOf, article, StoryIndex.ArticleTime(article), features, fingerprint, 0.5);
        return storyOf;
    }
}

/// <summary>The small-story margin: a story of few originals asks more than the join threshold, unless time vouches for the article.</summary>
public sealed class SmallStoryMarginTests
{
    private static readonly DateTimeOffset ChileDay = StoryFixtures.Day(2025, 3, 4);

    /// <summary>The follow-up's score against the one-article wire story, measured with the margin off: the tests set the threshold just under it.</summary>
    private static double FollowUpScore(DateTimeOffset? wireDay, DateTimeOffset? followUpDay)
    {
        var options = StoryClusteringOptions.Default with { SmallStoryArticles = 0, SameTimeBonus = 0, MergeThreshold = 0, ReplaceArticles = false, JoinThreshold = 0.01 };
        var clusterer = new StoryClusterer(new StoryIndex(options));
        clusterer.Assign(StoryFixtures.Load("quake-chile-wire", wireDay));
        var followUp = clusterer.Assign(StoryFixtures.Load("quake-chile-followup", followUpDay));
        Assert.False(followUp.IsNew);
        return followUp.Score;
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void An_article_between_the_threshold_and_the_threshold_plus_the_margin_does_not_join_a_one_article_story(int smallStoryArticles, bool expectNew)
    {
        var score = FollowUpScore(null, null);
        var options = StoryClusteringOptions.Default with
        {
            JoinThreshold = score - 0.02,
            SmallStoryArticles = smallStoryArticles,
            SmallStoryMargin = 0.04,
            SameTimeBonus = 0,
            MergeThreshold = 0,
        };
        var clusterer = new StoryClusterer(new StoryIndex(options));
        var wire = clusterer.Assign(StoryFixtures.Load("quake-chile-wire"));

        var followUp = clusterer.Assign(StoryFixtures.Load("quake-chile-followup"));

        Assert.Equal(expectNew, followUp.IsNew);
        Assert.Equal(expectNew, followUp.StoryId != wire.StoryId);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(10, true)]
    public void The_margin_is_waived_when_both_are_dated_within_the_same_time_window(int daysApart, bool expectNew)
    {
        var wireDay = ChileDay;
        var followUpDay = ChileDay.AddDays(daysApart);
        var score = FollowUpScore(wireDay, followUpDay);
        var options = StoryClusteringOptions.Default with
        {
            // No time penalty, so only the margin decides: the follow-up clears the threshold, not the threshold plus the margin.
            JoinThreshold = score - 0.02,
            SmallStoryArticles = 1,
            SmallStoryMargin = 0.04,
            SameTimeBonus = 0,
            PenaltyPerDay = 0,
            MergeThreshold = 0,
        };
        var clusterer = new StoryClusterer(new StoryIndex(options));
        clusterer.Assign(StoryFixtures.Load("quake-chile-wire", wireDay));

        var followUp = clusterer.Assign(StoryFixtures.Load("quake-chile-followup", followUpDay));

        Assert.Equal(expectNew, followUp.IsNew);
    }
}
