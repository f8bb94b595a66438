using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Reporting;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Reliability;

/// <summary>One article or story that breaks a stage costs only itself: the rest of the story and of the run are reported.</summary>
public sealed class StoryIsolationTests
{
    private static Article Report(string text, string source) => Articles.FromPlainText(text, source);

    /// <summary>A stored article damaged outside our control: a sentence span past the end of its text.</summary>
    private static Article Damaged(Article article) => article with { Sentences = [new TextSpan(0, article.CleanText.Length + 40)] };

    private static Story StoryOf(params Article[] articles) =>
        new("s-test", "Harbour", null, null, [.. articles.Select(a => a.Id)], [], articles.Length, ["harbour"]);

    [Fact]
    public void One_page_crashed_the_whole_analysis_regression_the_article_is_left_out_of_its_story_and_named()
    {
        var good = Report("Harbour reopens\n\nThe harbour reopened on Monday, port director Ana Ruiz said. \"We are open again,\" Ruiz told reporters.", "good.txt");
        var other = Report("Port back in business\n\nThe port reopened on Monday after storm repairs, Ana Ruiz said.", "other.txt");
        var damaged = Damaged(Report("Ferries resume\n\nFerries resumed on Tuesday, the operator said.", "damaged.txt"));
        var articles = new[] { good, other, damaged }.ToDictionary(a => a.Id);

        var report = StoryReports.Build(StoryOf(good, other, damaged), articles, new StoryExtractor());

        var error = Assert.Single(report.Errors);
        Assert.Equal("damaged.txt", error.Source);
        Assert.Equal("s-test", error.Story);
        Assert.Contains($"article {damaged.Id} left out", error.Message, StringComparison.Ordinal);
        Assert.NotNull(report.Extraction);
        Assert.NotNull(report.Corroboration);
        Assert.Contains(report.Extraction!.Entities.Entities, e => e.Name == "Ana Ruiz");
    }

    [Fact]
    public void A_story_whose_only_article_fails_still_has_a_report_naming_it()
    {
        var damaged = Damaged(Report("Ferries resume\n\nFerries resumed on Tuesday, the operator said.", "damaged.txt"));

        var report = StoryReports.Build(StoryOf(damaged), new Dictionary<string, Article> { [damaged.Id] = damaged }, new StoryExtractor());

        Assert.Null(report.Extraction);
        Assert.Equal("damaged.txt", Assert.Single(report.Errors).Source);
    }

    [Fact]
    public void Other_stories_of_the_run_are_built_whatever_one_story_does()
    {
        var damaged = Damaged(Report("Ferries resume\n\nFerries resumed on Tuesday, the operator said.", "damaged.txt"));
        var good = Report("Harbour reopens\n\nThe harbour reopened on Monday, port director Ana Ruiz said.", "good.txt");
        var stories = new[] { StoryOf(damaged) with { Id = "s-bad" }, StoryOf(good) with { Id = "s-good" } };

        var reports = StoryReports.Build(stories, new[] { damaged, good }.ToDictionary(a => a.Id));

        Assert.Equal(["s-bad", "s-good"], reports.Select(r => r.Id));
        Assert.Empty(reports[1].Errors);
        Assert.NotNull(reports[1].Corroboration);
    }

    [Fact]
    public void Building_reports_stops_between_stories_when_cancelled()
    {
        var good = Report("Harbour reopens\n\nThe harbour reopened on Monday.", "good.txt");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            StoryReports.Build([StoryOf(good)], new Dictionary<string, Article> { [good.Id] = good }, cancellationToken: cancelled.Token));
    }
}
