using Corroborate.Pipeline;
using Corroborate.Tests.Reporting;

namespace Corroborate.Tests.Events;

/// <summary>A story's events: each a happening across its articles, counted as GDELT counts, every mention a span of an article's body.</summary>
public sealed class StoryEventCoderTests
{
    [Fact]
    public async Task Every_event_counts_its_mentions_articles_and_outlets_and_points_into_article_bodies()
    {
        var articles = await SampleReports.ArticlesAsync();
        var events = (await SampleReports.AllAsync()).SelectMany(r => r.Events.Select(e => (Report: r, Event: e))).ToList();
        Assert.NotEmpty(events);
        foreach (var (report, happening) in events)
        {
            Assert.Equal(happening.Mentions.Length, happening.NumMentions);
            Assert.Equal(happening.Mentions.Select(m => m.ArticleId).Distinct().Order(StringComparer.Ordinal), happening.Articles.Order(StringComparer.Ordinal));
            Assert.Equal(happening.Articles.Length, happening.NumArticles);
            Assert.InRange(happening.NumSources, 1, happening.NumArticles);
            Assert.All(happening.Articles, a => Assert.Contains(a, report.Articles));
            Assert.StartsWith(happening.Code.RootCode, happening.Code.Code, StringComparison.Ordinal);
            foreach (var mention in happening.Mentions)
            {
                var article = articles[mention.ArticleId];
                // Body sentences only: embedded posts are quoted voices, not the outlet's report.
                Assert.True(mention.SentenceSpan.End <= article.BodyLength);
                Assert.Equal(article.Sentences[mention.Sentence], mention.SentenceSpan);
                foreach (var span in new[] { mention.Source, mention.Target, mention.Action }.Where(s => s.Length > 0))
                {
                    Assert.True(span.Start >= mention.SentenceSpan.Start && span.End <= mention.SentenceSpan.End, $"{span} outside {mention.SentenceSpan}");
                }
            }
        }
    }

    [Fact]
    public async Task Coding_the_same_articles_twice_gives_the_same_events_and_copies_count_for_nothing()
    {
        var articles = await SampleReports.ArticlesAsync();
        var coder = AnalysisOptions.Default.CreateEventCoder();
        var reports = (await SampleReports.AllAsync()).Where(r => r.Extraction is not null).ToList();
        Assert.Contains(reports, r => !r.Duplicates.IsEmpty);
        foreach (var report in reports)
        {
            var copies = report.Duplicates.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            // The analysis codes the originals only: a syndicated copy is not a second source of a happening.
            Assert.All(report.Events, e => Assert.DoesNotContain(e.Articles, copies.Contains));
            var originals = report.Articles.Where(a => !copies.Contains(a)).Select(a => articles[a]).ToList();

            var once = coder.Code(originals, report.Extraction!);
            var again = coder.Code(originals, report.Extraction!);

            Assert.Equal(once.Select(Describe), again.Select(Describe));
        }
    }

    private static string Describe(Corroborate.Events.StoryEvent e) =>
        $"{e.Id} {e.Code.Code} {e.Source.Code}>{e.Target.Code} {e.Date} {e.Location} {e.NumMentions}/{e.NumArticles}/{e.NumSources} {string.Join(",", e.Articles)}";
}
