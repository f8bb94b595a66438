using System.Text.Json;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Pipeline.Workers;
using Corroborate.Tests.Support;
using Corroborate.Text;

namespace Corroborate.Tests.Pipeline;

/// <summary>
/// A story reported after each article it gains, by one analyzer that keeps what it can of the reports before, writes the
/// report a fresh analyzer writes from scratch, byte for byte: on a story of our own large enough for the busy-key paths of
/// the value comparison (more than 64 values of one count), and on the largest ECB+ development story when the shared data
/// is there.
/// </summary>
public sealed class StoryReportGrowthTests
{
    /// <summary>Five reports of one ferry accident, in our own words, that disagree on the toll, the missing and the days.</summary>
    private static readonly string[] Ferry =
    [
        "A passenger ferry capsized on the Kasai river near Ilebo on Tuesday, killing at least 27 people, provincial officials said. "
            + "Rescue teams pulled 64 survivors from the water and were searching for 12 others. The vessel was carrying 103 passengers and "
            + "about 40 tonnes of maize when a storm struck, the river authority said. Governor Jean Mbuyi said the boat had been overloaded.",
        "At least 31 people died when an overloaded ferry overturned on the Kasai river on Tuesday night, a local official told reporters. "
            + "Divers recovered the bodies of 31 victims, while 60 passengers swam to safety. The boat carried 110 people, according to the "
            + "river authority. Governor Jean Mbuyi ordered an inquiry into the sinking.",
        "The death toll from the ferry accident near Ilebo rose to 27 on Wednesday, the provincial government said. Officials said 12 "
            + "passengers remained missing and 64 had been rescued. The ferry left Ilebo on Monday with 103 passengers aboard, officials said. "
            + "The captain was arrested on Wednesday, police said.",
        "Police arrested the captain of a ferry that sank on the Kasai river on Tuesday, killing 29 people. The transport ministry said 103 "
            + "people were on board. Heavy rain and strong winds hit the river shortly before the accident, witnesses said.",
        "The transport minister said on Thursday that 27 people were confirmed dead and 15 were still missing after the ferry sank near "
            + "Ilebo. The boat was carrying 40 tonnes of maize and 103 passengers, he said.",
    ];

    /// <summary>Copy k of each report from another outlet, a day later or not, with its survivors and missing counted differently.</summary>
    internal static List<Article> FerryStory(int copies)
    {
        var cleaner = new ArticleCleaner();
        var assembler = new ArticleAssembler();
        var day = new DateTimeOffset(2026, 5, 12, 9, 0, 0, TimeSpan.Zero);
        var articles = new List<Article>();
        for (var k = 0; k < copies; k++)
        {
            for (var i = 0; i < Ferry.Length; i++)
            {
                var text = k == 0 ? Ferry[i] : Ferry[i].Replace(" 64 ", $" {64 + (k % 4)} ", StringComparison.Ordinal)
                    .Replace(" 12 ", $" {12 - (k % 3)} ", StringComparison.Ordinal).Replace(" 60 ", $" {60 + (k % 5)} ", StringComparison.Ordinal);
                articles.Add(assembler.Assemble(cleaner.Clean(new SourceDocument
                {
                    Source = $"ferry-{i}-{k}.txt",
                    ExternalId = $"ferry-{i}-{k}",
                    Title = i % 2 == 0 ? "Ferry capsizes on the Kasai river" : "Dozens dead as overloaded ferry sinks in Congo",
                    Text = text,
                    Outlet = $"Outlet {((k * Ferry.Length) + i) % 23}",
                    Published = day.AddHours((k * 7) + i),
                })));
            }
        }

        return articles;
    }

    internal static Story StoryOf(IReadOnlyList<Article> articles, int count) =>
        new("s-" + articles[0].Id, articles[0].Title ?? "", null, null, [.. articles.Take(count).Select(a => a.Id)], [], count, []);

    /// <summary>One analyzer reports the story after each article; at <paramref name="compared"/> counts a fresh analyzer reports it too.</summary>
    private static void GrowAndCompare(List<Article> articles, Func<int, bool> compared)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        // Every report whole: what the analyzer keeps per article must give the report from scratch (reports grown between
        // rebuilds are tested in IncrementalReportTests).
        var analyzer = new StoryAnalyzer(AnalysisOptions.Whole);
        for (var count = 1; count <= articles.Count; count++)
        {
            var grown = StoryJobRunner.Json(analyzer.Analyze(StoryOf(articles, count), byId));
            if (compared(count))
            {
                var fresh = StoryJobRunner.Json(new StoryAnalyzer(AnalysisOptions.Whole).Analyze(StoryOf(articles, count), byId));
                Assert.True(fresh == grown, $"the report of the first {count} articles, grown one article at a time, differs from the report built from scratch");
            }
        }
    }

    [Fact]
    public void A_large_story_of_our_own_grown_one_article_at_a_time_is_reported_as_from_scratch()
    {
        var articles = FerryStory(copies: 14);
        Assert.Equal(70, articles.Count);
        GrowAndCompare(articles, count => count % 9 == 0 || count >= 64);

        // Not a vacuous fixture: the tolls disagree, and the busy counts (more than 64 values) take the bounded path.
        var report = new StoryAnalyzer(AnalysisOptions.Whole).Analyze(StoryOf(articles, articles.Count), articles.ToDictionary(a => a.Id, StringComparer.Ordinal));
        Assert.Contains(report.Corroboration!.Claims.SelectMany(c => c.Conflicts), c => c.Field == Corroborate.Corroboration.ConflictField.Amount);
        Assert.True(report.Corroboration.Claims.Sum(c => c.Mentions.Length) > 64 * 3);
    }

    [SharedDataFact("data/ecbplus/dev.jsonl")]
    public void The_largest_ECB_development_story_grown_one_article_at_a_time_is_reported_as_from_scratch()
    {
        var cleaner = new ArticleCleaner();
        var assembler = new ArticleAssembler();
        var rows = new List<(string Story, Article Article)>();
        foreach (var line in File.ReadLines(SharedData.Require("data/ecbplus/dev.jsonl")))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var document = new SourceDocument
            {
                Source = "dev.jsonl:" + rows.Count,
                ExternalId = root.GetProperty("id").GetString(),
                Title = root.TryGetProperty("title", out var title) ? title.GetString() : null,
                Text = root.GetProperty("text").GetString() ?? "",
                Outlet = $"outlet {rows.Count % 17}",
            };
            rows.Add((root.TryGetProperty("story", out var story) ? story.ToString() : "", assembler.Assemble(cleaner.Clean(document))));
        }

        var largest = rows.GroupBy(r => r.Story).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Select(r => r.Article).ToList();
        Assert.True(largest.Count >= 10, $"the largest ECB+ development story has {largest.Count} articles");
        GrowAndCompare(largest, _ => true);
    }
}
