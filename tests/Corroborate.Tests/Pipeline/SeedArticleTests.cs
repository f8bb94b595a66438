using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Pipeline;

/// <summary>The five real seed articles, read from ../shared by path (never copied here).</summary>
public sealed class SeedArticleTests
{
    private static async Task<IReadOnlyDictionary<string, Article>> ReadSeedsAsync()
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var result = await new IngestPipeline(store).IngestAsync([SharedData.Find("seeds")!]);
        Assert.Empty(result.Errors);
        return result.Articles.ToDictionary(a => Path.GetFileName(a.Source)[..3]);
    }

    [SharedDataFact("seeds")]
    public async Task Reads_five_english_articles_with_the_dates_their_headers_give()
    {
        var seeds = await ReadSeedsAsync();

        Assert.Equal(5, seeds.Count);
        Assert.All(seeds.Values, a => Assert.Equal("en", a.Language));
        Assert.Equal(new DateOnly(2023, 6, 17), DateOnly.FromDateTime(seeds["001"].Published!.Value.UtcDateTime));
        Assert.Equal(new DateOnly(2023, 6, 16), DateOnly.FromDateTime(seeds["002"].Published!.Value.UtcDateTime));
        Assert.Equal(new DateOnly(2023, 6, 17), DateOnly.FromDateTime(seeds["004"].Published!.Value.UtcDateTime));
        Assert.Equal("timestamp", seeds["001"].PublishedFrom);
        Assert.Equal("dateline", seeds["002"].PublishedFrom);
        Assert.Equal("header", seeds["004"].PublishedFrom);
    }

    [SharedDataFact("seeds")]
    public async Task Leaves_no_boilerplate_in_any_body()
    {
        var seeds = await ReadSeedsAsync();

        string[] furniture = ["Also read", "Also Read", "pic.twitter.com", "automatically generated", "facebook", "pinterest", "(@", "handout by", "1686981306"];
        foreach (var article in seeds.Values)
        {
            foreach (var marker in furniture)
            {
                Assert.DoesNotContain(marker, article.Body, StringComparison.Ordinal);
            }
        }
    }

    [SharedDataFact("seeds")]
    public async Task Lifts_the_spanish_and_persian_posts_of_seed_003_into_tagged_segments()
    {
        var seeds = await ReadSeedsAsync();
        var posts = seeds["003"].Segments.Where(s => s.Kind == SegmentKind.EmbeddedPost && s.Span.Length > 0).ToList();

        Assert.Equal(2, posts.Count(p => p.Language == "es"));
        Assert.Equal(2, posts.Count(p => p.Language == "fa"));
        Assert.All(posts, p => Assert.True(p.Span.Start >= seeds["003"].BodyLength));
        Assert.DoesNotContain("Presidencia", seeds["003"].Body, StringComparison.Ordinal);
    }

    [SharedDataFact("seeds")]
    public async Task Loses_no_body_sentence()
    {
        var seeds = await ReadSeedsAsync();

        foreach (var article in seeds.Values)
        {
            var raw = await File.ReadAllTextAsync(article.Source);
            Assert.Empty(Articles.LinesLost(raw, article));
        }
    }
}
