using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Pipeline.Workers;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Pipeline;

/// <summary>
/// A story reported again after it gained an article reuses what the analyzer kept of its other articles, and writes the
/// very report a fresh analyzer writes; a story larger than the report's window is read over its latest articles.
/// </summary>
public sealed class StoryAnalyzerIncrementalTests
{
    /// <summary>Every report whole: what the per-article memo keeps must give the report from scratch (the growing reports between rebuilds are tested in <c>IncrementalReportTests</c>).</summary>
    private static readonly AnalysisOptions WholeReports = AnalysisOptions.Whole;

    private static async Task<(List<Story> Stories, Dictionary<string, Article> Articles)> IngestSamplesAsync()
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var result = await pipeline.IngestAsync([Repository.Samples]);
        return ([.. pipeline.Stories.Stories()], result.Articles.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_story_that_gains_any_one_of_its_articles_is_reported_as_a_fresh_analyzer_reports_it()
    {
        var (stories, articles) = await IngestSamplesAsync();
        var grown = stories.Where(s => s.ArticleIds.Length >= 3).ToList();
        Assert.NotEmpty(grown);

        foreach (var story in grown)
        {
            var fresh = StoryJobRunner.Json(new StoryAnalyzer(WholeReports).Analyze(story, articles));
            for (var added = 0; added < story.ArticleIds.Length; added++)
            {
                var analyzer = new StoryAnalyzer(WholeReports);
                var before = story with { ArticleIds = story.ArticleIds.RemoveAt(added), Duplicates = [.. story.Duplicates.Where(d => d.ArticleId != story.ArticleIds[added] && d.DuplicateOf != story.ArticleIds[added])] };
                analyzer.Analyze(before, articles);
                // The second report reads the articles again, as a worker reading them from its store would: equal, not the same instances.
                var reread = articles.ToDictionary(p => p.Key, p => p.Value with { Sentences = [.. p.Value.Sentences] }, StringComparer.Ordinal);

                Assert.Equal(fresh, StoryJobRunner.Json(analyzer.Analyze(story, reread)));
            }
        }
    }

    [Fact]
    public async Task A_story_reported_after_each_article_it_gains_is_reported_each_time_as_a_fresh_analyzer_reports_it()
    {
        // Each report keeps the other articles' claim sentences, quotes and event codings while what the story lends them (its
        // entities in the article, its quotes' speakers, its dates) is the same; an article that joins changes some of that.
        var (stories, articles) = await IngestSamplesAsync();
        foreach (var story in stories.Where(s => s.ArticleIds.Length >= 3))
        {
            var analyzer = new StoryAnalyzer(WholeReports);
            for (var count = 1; count <= story.ArticleIds.Length; count++)
            {
                var kept = story.ArticleIds.Take(count).ToHashSet(StringComparer.Ordinal);
                var part = story with
                {
                    ArticleIds = [.. story.ArticleIds.Take(count)],
                    Duplicates = [.. story.Duplicates.Where(d => kept.Contains(d.ArticleId) && kept.Contains(d.DuplicateOf))],
                };
                var fresh = StoryJobRunner.Json(new StoryAnalyzer(WholeReports).Analyze(part, articles));

                Assert.Equal(fresh, StoryJobRunner.Json(analyzer.Analyze(part, articles)));
            }
        }
    }

    [Fact]
    public async Task Stories_reported_in_any_order_by_one_analyzer_are_reported_as_by_fresh_analyzers()
    {
        var (stories, articles) = await IngestSamplesAsync();
        var fresh = stories.Select(s => StoryJobRunner.Json(new StoryAnalyzer(WholeReports).Analyze(s, articles))).ToList();
        var random = new Random(16);
        for (var round = 0; round < 3; round++)
        {
            var analyzer = new StoryAnalyzer(WholeReports);
            foreach (var i in Enumerable.Range(0, stories.Count).OrderBy(_ => random.Next()))
            {
                Assert.Equal(fresh[i], StoryJobRunner.Json(analyzer.Analyze(stories[i], articles)));
            }
        }
    }

    [Fact]
    public void A_story_larger_than_the_report_window_is_compared_over_its_latest_articles_and_lists_them_all()
    {
        var articles = Enumerable.Range(0, StoryAnalyzer.MaxReportArticles + 4).Select(n => Articles.FromPlainText(
            $"Ferry {n} delayed\n\nThe morning ferry number {n} left the northern quay {n % 9 + 2} hours late because of fog over the strait, the operator said.",
            $"ferry-{n}.txt")).ToList();
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var story = new Story("ferries", "Ferry delayed", null, null, [.. articles.Select(a => a.Id)], [], articles.Count, []);

        var report = new StoryAnalyzer(WholeReports).Analyze(story, byId);

        Assert.Equal(articles.Count, report.Articles.Length);
        var read = report.Corroboration!.Claims.SelectMany(c => c.Articles).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(articles[0].Id, read);
        Assert.DoesNotContain(articles[3].Id, read);
        Assert.Contains(articles[4].Id, read);
        Assert.Contains(articles[^1].Id, read);
    }
}
