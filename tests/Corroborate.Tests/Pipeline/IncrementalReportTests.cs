using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Pipeline.Workers;
using Corroborate.Text;

namespace Corroborate.Tests.Pipeline;

/// <summary>
/// A story reported as it gains articles is rebuilt whole at fixed sizes (each a quarter above the one before); in between,
/// each article after the rebuild is placed against the rebuilt claims and conflicts, one at a time. At every rebuild the
/// report is the whole report, byte for byte; in between it finds the conflicts a new article brings that the whole report
/// finds; and it is a function of the story's articles in their order only — analyzers taking turns, a fresh one, one that
/// sees several articles arrive at once all give the same bytes.
/// </summary>
public sealed class IncrementalReportTests
{
    /// <summary>The counts at which a story grown one article at a time from one article is rebuilt, by the rule (independently of the code).</summary>
    private static HashSet<int> RebuildCounts(int last, double growth)
    {
        var counts = new HashSet<int>();
        var rebuiltAt = 0.0;
        for (var count = 1; count <= last; count++)
        {
            if (rebuiltAt == 0 || count >= rebuiltAt * (1 + growth))
            {
                counts.Add(count);
                rebuiltAt = count;
            }
        }

        return counts;
    }

    private static string Whole(Story story, IReadOnlyDictionary<string, Article> byId) =>
        StoryJobRunner.Json(new StoryAnalyzer(AnalysisOptions.Whole).Analyze(story, byId));

    [Fact]
    public void Every_rebuild_of_a_story_grown_one_article_at_a_time_is_the_whole_report_byte_for_byte()
    {
        var articles = StoryReportGrowthTests.FerryStory(copies: 14);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var rebuilds = RebuildCounts(articles.Count, AnalysisOptions.MeasuredRebuildGrowth);
        var analyzer = new StoryAnalyzer(AnalysisOptions.Grown);
        var grown = 0;
        var rebuiltAt = 0;
        for (var count = 1; count <= articles.Count; count++)
        {
            var story = StoryReportGrowthTests.StoryOf(articles, count);
            var report = analyzer.Analyze(story, byId);
            var json = StoryJobRunner.Json(report);
            if (rebuilds.Contains(count))
            {
                rebuiltAt = count;
                Assert.Equal(0, report.Corroboration!.SinceRebuild);
                Assert.True(Whole(story, byId) == json, $"the report of {count} articles is a rebuild and differs from the whole report");
                Assert.DoesNotContain("\"incremental\"", json, StringComparison.Ordinal);
            }
            else
            {
                grown++;
                Assert.Equal(count - rebuiltAt, report.Corroboration!.SinceRebuild);
                Assert.Contains($"\"incremental\":{{\"sinceRebuild\":{count - rebuiltAt}}}", json, StringComparison.Ordinal);
            }
        }

        // Not vacuous: most reports of the larger story were grown, not rebuilt.
        Assert.True(grown > articles.Count / 2, $"{grown} of {articles.Count} reports grown");
    }

    [Fact]
    public void Without_its_rebuilds_a_grown_story_drifts_from_the_whole_report()
    {
        // What makes the test above hold: a story only ever grown (its first report the one rebuild) is, at the counts where the
        // rule rebuilds, not the whole report.
        var articles = StoryReportGrowthTests.FerryStory(copies: 14);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var rebuilds = RebuildCounts(articles.Count, AnalysisOptions.MeasuredRebuildGrowth);
        var analyzer = new StoryAnalyzer(AnalysisOptions.Default with { RebuildGrowth = 1_000 });
        var differing = new List<int>();
        for (var count = 1; count <= articles.Count; count++)
        {
            var story = StoryReportGrowthTests.StoryOf(articles, count);
            var report = analyzer.Analyze(story, byId);
            Assert.Equal(count - 1, report.Corroboration!.SinceRebuild);
            if (rebuilds.Contains(count) && count > 1)
            {
                var json = StoryJobRunner.Json(report).Replace($",\"incremental\":{{\"sinceRebuild\":{count - 1}}}", "", StringComparison.Ordinal);
                if (json != Whole(story, byId))
                {
                    differing.Add(count);
                }
            }
        }

        Assert.NotEmpty(differing);
    }

    /// <summary>One of the ferry reports retold by another outlet with its own death toll (a figure no other article gives).</summary>
    private static Article Planted(int index, int toll)
    {
        var texts = new[]
        {
            $"A crowded ferry went down on the Kasai river close to Ilebo on Tuesday and {toll} people were killed, officials in the province said. "
                + "Survivors clung to sacks of maize until fishermen reached them.",
            $"Officials now put the number of dead from Tuesday's ferry sinking on the Kasai river at {toll}, a provincial spokesman said on Wednesday. "
                + "The governor blamed overloading and ordered boats checked before they leave Ilebo.",
            $"The sinking of the ferry near Ilebo on Tuesday killed {toll} people, the river authority said, as families waited for news on the bank. "
                + "Police said the captain had been detained.",
        };
        var assembler = new ArticleAssembler();
        return assembler.Assemble(new ArticleCleaner().Clean(new SourceDocument
        {
            Source = $"planted-{index}.txt",
            ExternalId = $"planted-{index}",
            Title = "Ferry toll disputed",
            Text = texts[index % texts.Length],
            Outlet = $"Planted outlet {index}",
            Published = new DateTimeOffset(2026, 5, 14, 8 + index, 0, 0, TimeSpan.Zero),
        }));
    }

    private static IEnumerable<(string Value, string Article)> Sides(string field, Corroborate.Reporting.StoryReport report) =>
        report.Corroboration!.Claims.SelectMany(c => c.Conflicts).Where(c => c.Field.ToString() == field)
            .SelectMany(c => c.Values.SelectMany(v => v.Articles.Select(a => (v.Value, a))));

    [Fact]
    public void A_grown_report_finds_every_conflict_planted_in_the_new_article_that_the_whole_report_finds()
    {
        var articles = StoryReportGrowthTests.FerryStory(copies: 8);
        var planted = Enumerable.Range(0, 9).Select(i => Planted(i, 41 + i)).ToList();
        // The planted articles arrive among the others: one after every fourth ferry report, after the first twenty.
        var order = articles.Take(20).ToList();
        var rest = articles.Skip(20).ToList();
        for (var i = 0; i < rest.Count || i / 4 < planted.Count; i++)
        {
            if (i < rest.Count)
            {
                order.Add(rest[i]);
            }

            if (i % 4 == 3 && i / 4 < planted.Count)
            {
                order.Add(planted[i / 4]);
            }
        }

        var byId = order.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var analyzer = new StoryAnalyzer(AnalysisOptions.Grown);
        var (found, grownChecks) = (0, 0);
        for (var count = 1; count <= order.Count; count++)
        {
            var story = StoryReportGrowthTests.StoryOf(order, count);
            var report = analyzer.Analyze(story, byId);
            var added = order[count - 1];
            var index = planted.IndexOf(added);
            if (index < 0)
            {
                continue;
            }

            var whole = new StoryAnalyzer(AnalysisOptions.Whole).Analyze(story, byId);
            var value = (41 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var expected = Sides("Amount", whole).Where(s => s.Article == added.Id && s.Value == value).ToList();
            found += expected.Count > 0 ? 1 : 0;
            grownChecks += expected.Count > 0 && report.Corroboration!.SinceRebuild > 0 ? 1 : 0;
            var sides = Sides("Amount", report).ToHashSet();
            foreach (var side in expected)
            {
                Assert.True(sides.Contains(side), $"the toll {value} planted in {added.Id} (article {count}) is a conflict in the whole report, not in the grown one");
            }
        }

        // Not vacuous: the whole report finds most planted tolls, and most of them were checked on a grown report.
        Assert.True(found >= planted.Count / 2, $"the whole report finds {found} of {planted.Count} planted tolls");
        Assert.True(grownChecks >= 3, $"{grownChecks} planted tolls checked on a grown report");
    }

    [Fact]
    public void Stories_grown_in_parallel_through_one_analyzer_are_reported_as_one_at_a_time()
    {
        var articles = StoryReportGrowthTests.FerryStory(copies: 6);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        // Four stories of the same articles in other orders (each its own id, so its own kept state).
        var orders = Enumerable.Range(0, 4).Select(k => articles.Skip(k * 7).Concat(articles.Take(k * 7)).ToList()).ToList();
        Story StoryOf(int k, int count) => new($"story-{k}", "Ferry", null, null, [.. orders[k].Take(count).Select(a => a.Id)], [], count, []);

        string[][] Grow(StoryAnalyzer analyzer, int parallelism)
        {
            var reports = orders.Select(o => new string[o.Count]).ToArray();
            Parallel.For(0, orders.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, k =>
            {
                for (var count = 1; count <= orders[k].Count; count++)
                {
                    reports[k][count - 1] = StoryJobRunner.Json(analyzer.Analyze(StoryOf(k, count), byId));
                }
            });
            return reports;
        }

        var one = Grow(new StoryAnalyzer(AnalysisOptions.Grown), 1);
        var many = Grow(new StoryAnalyzer(AnalysisOptions.Grown), 4);

        for (var k = 0; k < orders.Count; k++)
        {
            Assert.Equal(one[k], many[k]);
        }

        Assert.Contains(one.SelectMany(r => r), json => json.Contains("\"incremental\"", StringComparison.Ordinal));
    }

    /// <summary>The ferry story (70 articles) reported after each article by one analyzer: the reference the tests below compare with.</summary>
    private static (List<Article> Articles, Dictionary<string, Article> ById, string[] Reports) GrownByOne()
    {
        var articles = StoryReportGrowthTests.FerryStory(copies: 14);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var analyzer = new StoryAnalyzer(AnalysisOptions.Default);
        var reports = new string[articles.Count + 1];
        for (var count = 1; count <= articles.Count; count++)
        {
            reports[count] = StoryJobRunner.Json(analyzer.Analyze(StoryReportGrowthTests.StoryOf(articles, count), byId));
        }

        // Not vacuous: most of the reports compared are grown ones.
        var grown = reports.Count(r => r?.Contains("\"incremental\"", StringComparison.Ordinal) == true);
        Assert.True(grown > articles.Count / 2, $"{grown} of {articles.Count} reports grown");
        return (articles, byId, reports);
    }

    [Fact]
    public void Analyzers_taking_turns_at_a_growing_story_give_the_bytes_one_analyzer_gives()
    {
        var (articles, byId, expected) = GrownByOne();
        // Two workers alternating report by report, and three taking turns in runs of unequal length (as a job queue hands them out).
        var two = new[] { new StoryAnalyzer(AnalysisOptions.Default), new StoryAnalyzer(AnalysisOptions.Default) };
        var three = new[] { new StoryAnalyzer(AnalysisOptions.Default), new StoryAnalyzer(AnalysisOptions.Default), new StoryAnalyzer(AnalysisOptions.Default) };
        var runs = new[] { 1, 3, 2, 5, 1, 4 };
        var (turn, left) = (0, runs[0]);
        for (var count = 1; count <= articles.Count; count++)
        {
            var story = StoryReportGrowthTests.StoryOf(articles, count);
            Assert.True(expected[count] == StoryJobRunner.Json(two[count % 2].Analyze(story, byId)), $"two analyzers taking turns differ at {count} articles");
            if (left-- == 0)
            {
                turn++;
                left = runs[turn % runs.Length] - 1;
            }

            Assert.True(expected[count] == StoryJobRunner.Json(three[turn % 3].Analyze(story, byId)), $"three analyzers taking turns differ at {count} articles");
        }
    }

    [Fact]
    public void A_fresh_analyzer_and_one_that_sees_several_articles_at_once_give_the_bytes_of_one_that_grew_the_story()
    {
        var (articles, byId, expected) = GrownByOne();
        for (var count = 1; count <= articles.Count; count++)
        {
            // A process without the story's kept state (started, restarted, the server): rebuild at the last rebuild point, replay.
            var fresh = new StoryAnalyzer(AnalysisOptions.Default).Analyze(StoryReportGrowthTests.StoryOf(articles, count), byId);
            Assert.True(expected[count] == StoryJobRunner.Json(fresh), $"a fresh analyzer differs at {count} articles");
        }

        // One analyzer that reports only now and then, several articles having arrived since (across rebuild points too), and
        // then the same articles again.
        var sparse = new StoryAnalyzer(AnalysisOptions.Default);
        foreach (var count in (int[])[3, 8, 10, 11, 17, 29, 30, 31, 44, 45, 52, 60, 70, 70])
        {
            Assert.True(expected[count] == StoryJobRunner.Json(sparse.Analyze(StoryReportGrowthTests.StoryOf(articles, count), byId)), $"a sparse analyzer differs at {count} articles");
        }
    }

    [Fact]
    public void A_story_whose_old_article_changed_is_reported_as_a_fresh_analyzer_reports_it()
    {
        var articles = StoryReportGrowthTests.FerryStory(copies: 8);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var analyzer = new StoryAnalyzer(AnalysisOptions.Default);
        for (var count = 1; count <= 32; count++)
        {
            analyzer.Analyze(StoryReportGrowthTests.StoryOf(articles, count), byId);
        }

        // Article 21 (after the rebuild at 19) is stored again under another outlet's name: what was kept no longer describes the story's articles.
        var changed = byId.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var old = articles[20];
        changed[old.Id] = old with { Outlet = "Kasai Evening Courier" };
        var story = StoryReportGrowthTests.StoryOf(articles, 33);
        var fresh = StoryJobRunner.Json(new StoryAnalyzer(AnalysisOptions.Default).Analyze(story, changed));
        Assert.Equal(fresh, StoryJobRunner.Json(analyzer.Analyze(story, changed)));
        Assert.NotEqual(fresh, StoryJobRunner.Json(new StoryAnalyzer(AnalysisOptions.Default).Analyze(story, byId)));
    }
}
