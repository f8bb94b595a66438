using Corroborate.Clustering;

namespace Corroborate.Tests.Clustering;

/// <summary>
/// Headline words as a kind of their own (issue 18, third round): the sentence that states the event, compared apart
/// from the body's background vocabulary, which two events of one kind share.
/// </summary>
public sealed class HeadlineWordsTests
{
    [Fact]
    public void Headline_words_are_counted_as_their_own_kind_without_stop_words_or_numbers()
    {
        var counted = new StoryFeatureExtractor(new Vocabulary()).Count(
            StoryFixtures.Create("a", "Marsovia votes in the 2008 election", "Voters in Marsovia chose a parliament on Sunday, officials said."));

        Assert.Contains("hmarsovia", counted.Keys);
        Assert.Contains("helection", counted.Keys);
        Assert.Contains("hvote", counted.Keys);
        Assert.DoesNotContain("hthe", counted.Keys);
        Assert.DoesNotContain(counted.Keys, k => k.StartsWith('h') && k.Any(char.IsDigit));
        Assert.DoesNotContain("hparliament", counted.Keys);
    }

    [Fact]
    public void An_untitled_article_takes_its_lead_sentence_as_its_headline_words()
    {
        var counted = new StoryFeatureExtractor(new Vocabulary()).Count(
            StoryFixtures.Create("a", "", "Floodwaters cut the coastal railway near Dunmere on Friday morning. Engineers expect repairs to take a week."));

        Assert.Contains("hfloodwater", counted.Keys);
        Assert.DoesNotContain("hengineer", counted.Keys);
    }

    [Fact]
    public void A_web_address_in_the_headline_place_gives_no_headline_words_and_the_lead_stands_in()
    {
        var counted = new StoryFeatureExtractor(new Vocabulary()).Count(
            StoryFixtures.Create("a", "http://news.example.org/2024/storm-hits-coast", "A storm flooded the harbour district of Keldon overnight. Crews pumped water until dawn."));

        Assert.DoesNotContain(counted.Keys, k => k.StartsWith('h') && k.Contains("example", StringComparison.Ordinal));
        Assert.Contains("hharbour", counted.Keys);
    }

    [Fact]
    public void Shared_headline_words_raise_the_similarity_only_when_they_weigh()
    {
        var story = StoryFixtures.Create("s", "Ferry capsizes off Harbourford", "A ferry carrying passengers overturned near the port on Tuesday, the coastguard said.");
        var sameHeadline = StoryFixtures.Create("a", "Ferry capsizes off Harbourford", "Rescuers pulled survivors from cold water after the vessel overturned, officials said.");
        var otherHeadline = StoryFixtures.Create("b", "Coastguard ends search at sea", "Rescuers pulled survivors from cold water after the vessel overturned, officials said.");

        var (withSame, withOther) = (Score(story, sameHeadline, 0.3), Score(story, otherHeadline, 0.3));
        var (withoutSame, withoutOther) = (Score(story, sameHeadline, 0), Score(story, otherHeadline, 0));

        Assert.True(withSame - withOther > withoutSame - withoutOther, $"{withSame}-{withOther} vs {withoutSame}-{withoutOther}");
    }

    private static double Score(Corroborate.Model.Article first, Corroborate.Model.Article second, double headlineWeight)
    {
        var index = new StoryIndex(StoryClusteringOptions.Default with { HeadlineWeight = headlineWeight });
        new StoryClusterer(index).Assign(first);
        return index.Similarity(index.Resolve(index.StoryOf(first.Id)!)!, index.Extractor.Extract(second));
    }
}
