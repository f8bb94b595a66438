using Corroborate.Dedup;
using Corroborate.Tests.Clustering;
using Xunit.Abstractions;

namespace Corroborate.Tests.Dedup;

public sealed class DuplicateDetectorTests(ITestOutputHelper output)
{
    [Fact]
    public void Flags_an_exact_copy_that_differs_only_in_case_spacing_and_punctuation()
    {
        var detector = new DuplicateDetector();
        var original = StoryFixtures.Create("a", "Quake", "A strong quake hit Chile on Tuesday, killing three.");
        var copy = StoryFixtures.Create("b", "QUAKE", "a strong  quake hit chile on tuesday -- killing three");

        Assert.Null(detector.Observe(original));
        var match = detector.Observe(copy);

        Assert.NotNull(match);
        Assert.Equal("a", match.OriginalId);
        Assert.Equal(DuplicateKind.Exact, match.Kind);
    }

    [Fact]
    public void Catches_a_syndicated_copy_with_a_new_headline_a_trimmed_footer_and_other_boilerplate()
    {
        var detector = new DuplicateDetector();
        var original = StoryFixtures.Load("quake-chile-wire");
        var copy = StoryFixtures.SyndicatedCopy(original, "copy", "Three dead as 7.1 quake hits Chile's copper coast");

        Assert.Null(detector.Observe(original));
        var match = detector.Observe(copy);

        Assert.NotNull(match);
        Assert.Equal(original.Id, match.OriginalId);
        Assert.Equal(DuplicateKind.Near, match.Kind);
        output.WriteLine($"near copy similarity {match.Similarity:F3}");
    }

    [Theory]
    [InlineData("quake-chile-wire", "quake-chile-followup")]
    [InlineData("quake-nepal-wire", "quake-nepal-followup")]
    [InlineData("quake-chile-wire", "quake-nepal-wire")]
    [InlineData("rail-strike-wire", "rail-strike-followup")]
    public void Does_not_flag_a_distinct_article_on_the_same_topic_or_event(string first, string second)
    {
        var detector = new DuplicateDetector();
        Assert.Null(detector.Observe(StoryFixtures.Load(first)));
        Assert.Null(detector.Observe(StoryFixtures.Load(second)));
        Assert.Equal(2, detector.Index.Count);
    }

    [Fact]
    public void Points_a_copy_of_a_copy_at_the_first_original()
    {
        var detector = new DuplicateDetector();
        var original = StoryFixtures.Load("quake-nepal-wire");
        var copy = StoryFixtures.SyndicatedCopy(original, "copy", "Nepal quake toll reaches 157");
        var copyOfCopy = copy with { Id = "copy2", Title = "Western Nepal earthquake" };

        detector.Observe(original);
        detector.Observe(copy);
        var match = detector.Observe(copyOfCopy);

        Assert.Equal(original.Id, match?.OriginalId);
        Assert.Equal(1, detector.Index.Count);
    }

    [Fact]
    public void Check_does_not_change_the_index_and_Add_does()
    {
        var detector = new DuplicateDetector();
        var article = StoryFixtures.Load("rail-strike-wire");

        Assert.Null(detector.Check(article));
        Assert.Equal(0, detector.Index.Count);
        detector.Add(article);
        Assert.Equal(article.Id, detector.Check(article with { Id = "again" })?.OriginalId);
    }

    [Fact]
    public void Still_finds_originals_one_rotation_old_but_forgets_them_after_two()
    {
        var detector = new DuplicateDetector();
        var original = StoryFixtures.Load("quake-chile-wire");
        detector.Observe(original);

        detector.Index.Rotate();
        Assert.Equal(original.Id, detector.Check(original with { Id = "copy" })?.OriginalId);
        detector.Index.Rotate();
        Assert.Null(detector.Check(original with { Id = "copy" }));
        Assert.Equal(0, detector.Index.Count);
    }

    [Fact]
    public void Matches_short_bodies_only_exactly()
    {
        var detector = new DuplicateDetector();
        detector.Observe(StoryFixtures.Create("a", "t", "Quake hits Chile."));

        Assert.Null(detector.Observe(StoryFixtures.Create("b", "t", "Quake hits Chile again.")));
    }

    /// <summary>
    /// The measurement behind <see cref="DuplicateOptions.NearThreshold"/>: estimated Jaccard of edited
    /// copies against that of distinct articles about the same events.
    /// </summary>
    [Fact]
    public void Near_copies_score_well_above_distinct_same_event_articles()
    {
        string[] names = ["quake-chile-wire", "quake-chile-followup", "quake-nepal-wire", "quake-nepal-followup", "rail-strike-wire", "rail-strike-followup"];
        var detector = new DuplicateDetector();
        var articles = names.Select(name => StoryFixtures.Load(name)).ToList();
        var copies = new List<double>();
        var distinct = new List<double>();
        foreach (var article in articles)
        {
            var fingerprint = detector.Fingerprint(article).Signature!;
            var copy = detector.Fingerprint(StoryFixtures.SyndicatedCopy(article, "c", "A different headline entirely")).Signature!;
            copies.Add(DuplicateDetector.EstimateJaccard(fingerprint, copy));
            foreach (var other in articles.Where(a => a.Id != article.Id))
            {
                distinct.Add(DuplicateDetector.EstimateJaccard(fingerprint, detector.Fingerprint(other).Signature!));
            }
        }

        output.WriteLine($"edited copies: min {copies.Min():F3} max {copies.Max():F3}");
        output.WriteLine($"distinct articles: max {distinct.Max():F3}");
        Assert.All(copies, similarity => Assert.True(similarity >= DuplicateOptions.Default.NearThreshold, $"copy at {similarity:F3}"));
        Assert.All(distinct, similarity => Assert.True(similarity < DuplicateOptions.Default.NearThreshold / 2, $"distinct at {similarity:F3}"));
    }
}
