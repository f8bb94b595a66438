using System.Text.Json;
using Corroborate.Reporting;

namespace Corroborate.Tests.Reporting;

/// <summary>What a briefing holds is decided once, by the view: every format shows the view's selection, cut to its limits.</summary>
public sealed class BriefingViewTests
{
    private static async Task<List<StoryReport>> BriefedAsync()
    {
        var briefed = (await SampleReports.AllAsync()).Where(r => r.Corroboration is not null).ToList();
        Assert.NotEmpty(briefed);
        return briefed;
    }

    [Fact]
    public async Task Every_list_is_cut_to_its_limit_while_counts_name_everything()
    {
        var tight = new BriefingLimits { KeyFacts = 1, OnlyReportedPerOutlet = 1, Events = 1, EventMinOutlets = 1, Entities = 2 };
        foreach (var report in await BriefedAsync())
        {
            var view = BriefingView.Of(report, tight);
            var full = BriefingView.Of(report, new BriefingLimits { KeyFacts = 1000, OnlyReportedPerOutlet = 1000, Events = 1000, EventMinOutlets = 1, Entities = 1000 });

            Assert.Equal(Math.Min(1, full.KeyFacts.Length), view.KeyFacts.Length);
            Assert.Equal(Math.Min(1, full.Events.Length), view.Events.Length);
            Assert.Equal(Math.Min(2, full.Entities.Length), view.Entities.Length);
            Assert.Equal(full.OnlyReported.Select(o => o.Count), view.OnlyReported.Select(o => o.Count));
            Assert.All(view.OnlyReported, o => Assert.True(o.Claims.Length <= 1));
            // The cut keeps the first of the full selection: the order is the view's, not the format's.
            Assert.Equal(full.KeyFacts.Take(1), view.KeyFacts);
        }
    }

    [Fact]
    public async Task Markdown_and_html_show_only_what_the_view_selected()
    {
        var report = (await BriefedAsync()).MaxBy(r => r.Corroboration!.Briefing.KeyFacts.Length)!;
        Assert.True(report.Corroboration!.Briefing.KeyFacts.Length >= 2);
        var view = BriefingView.Of(report, new BriefingLimits { KeyFacts = 1 });
        using var markdown = new StringWriter();
        BriefingWriter.WriteMarkdown(markdown, view);
        using var html = new StringWriter();
        BriefingWriter.WriteHtml(html, view);

        var facts = markdown.ToString().Split('\n').SkipWhile(l => !l.EndsWith("# Key facts", StringComparison.Ordinal)).Skip(4).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Single(facts);
        Assert.Single(html.ToString().Split("<h2>Key facts</h2>")[1].Split("</table>")[0].Split("<tr").Skip(2));
    }

    [Fact]
    public async Task Citations_are_numbers_of_the_views_sources_numbered_from_one_in_story_order()
    {
        foreach (var report in await BriefedAsync())
        {
            var view = BriefingView.Of(report);
            Assert.Equal(Enumerable.Range(1, view.Sources.Length), view.Sources.Select(s => s.Number));
            Assert.Equal(report.Articles.Where(a => view.Sources.Any(s => s.ArticleId == a)), view.Sources.Select(s => s.ArticleId));
            var cited = view.Summary.SelectMany(s => s.Citations)
                .Concat(view.Discrepancies.SelectMany(d => d.Sides.SelectMany(s => s.Citations)))
                .Concat(view.Quotes.SelectMany(g => g.Quotes.SelectMany(q => q.Citations)))
                .Concat(view.Timeline.SelectMany(t => t.Citations))
                .Concat(view.Events.SelectMany(e => e.Citations))
                .Concat(view.OnlyReported.SelectMany(o => o.Claims.Select(c => c.Citation)));
            Assert.All(cited, n => Assert.InRange(n, 1, view.Sources.Length));
            Assert.All(view.Summary, s => Assert.Equal(s.Citations.Length, s.CitationTexts.Length));
        }
    }

    [Fact]
    public async Task A_view_read_back_from_its_json_prints_the_same_markdown_and_html()
    {
        foreach (var report in await SampleReports.AllAsync())
        {
            var view = BriefingView.Of(report);
            var json = ContractJson.ToText(w =>
            {
                w.WriteStartObject();
                BriefingViewJson.Write(w, view);
                w.WriteEndObject();
            });
            var back = BriefingViewJson.FromDocument(json)!;

            Assert.Equal(Print(view), Print(back));
            Assert.Equal(JsonSerializer.Serialize(view.Limits), JsonSerializer.Serialize(back.Limits));
        }
    }

    [Fact]
    public void A_story_without_a_briefing_has_no_briefing_in_markdown_and_says_so_in_html()
    {
        var view = new BriefingView { StoryId = "s-1", Title = "A <b>bare</b> story", Articles = ["a1"], HasExtraction = false, HasBriefing = false };
        using var markdown = new StringWriter();
        BriefingWriter.WriteMarkdown(markdown, view);
        using var html = new StringWriter();
        BriefingWriter.WriteHtml(html, view);

        Assert.Equal("", markdown.ToString());
        Assert.Contains("<h1>A &lt;b&gt;bare&lt;/b&gt; story</h1><p>No briefing", html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_a_view_has_none()
    {
        Assert.Null(BriefingViewJson.FromDocument("{\"id\":\"s-1\",\"title\":\"t\"}"));
    }

    private static string Print(BriefingView view)
    {
        using var text = new StringWriter();
        MarkdownReportWriter.WriteStory(text, view, new Dictionary<string, string>(StringComparer.Ordinal));
        BriefingWriter.WriteHtml(text, view);
        return text.ToString();
    }
}
