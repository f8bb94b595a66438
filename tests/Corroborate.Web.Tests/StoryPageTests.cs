using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Web.Tests.Support;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests;

/// <summary>The story page (issue 17): sources named by outlet or title, actors in events, the coverage chart, phone tables.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StoryPageTests(LiveServer server)
{
    private readonly HttpClient _api = new() { BaseAddress = server.BaseAddress };

    [ChromiumFact]
    public async Task Claim_columns_and_citations_name_the_outlet_or_the_title_never_a_bare_number()
    {
        var storyId = LargestStory();
        var articles = await ArticlesAsync(storyId);
        var page = await server.NewPageAsync();
        await page.GotoAsync("/stories/" + storyId);
        await page.Locator("table.claims").WaitForAsync();

        var heads = (await page.Locator("table.claims thead th").AllTextContentsAsync()).Skip(1).ToList();
        var expected = articles.Where(a => a.DuplicateOf is null).Select(a => a.Name).Distinct().ToList();
        Assert.Equal(expected, heads);
        Assert.DoesNotContain(heads, h => BareNumber().IsMatch(h));
        Assert.Contains(articles, a => a.Outlet is null && a.Title is not null && heads.Contains(Shorten(a.Title, 40)));
        // A shortened title's whole text is in the head's tooltip.
        var titled = articles.First(a => a.Outlet is null && a.Title is { Length: > 40 });
        Assert.Equal(titled.Title, await page.Locator("table.claims thead th", new() { HasText = Shorten(titled.Title!, 40) }).First.GetAttributeAsync("title"));

        var labels = await page.Locator("a.cite").EvaluateAllAsync<string[]>("links => links.map(l => l.firstChild.textContent)");
        Assert.NotEmpty(labels);
        Assert.DoesNotContain(labels, l => BareNumber().IsMatch(l));
        // An article and its copy from one outlet are two citations told apart, never two identical chips side by side.
        var groups = await page.Locator("span.cites").EvaluateAllAsync<string[][]>("spans => spans.map(s => [...s.querySelectorAll('a.cite')].map(l => l.firstChild.textContent))");
        Assert.All(groups, g => Assert.Equal(g.Length, g.Distinct().Count()));
        await DocScreenshots.SaveAsync(page.Locator("#claims"), "story-claims-desktop.png");
    }

    [ChromiumFact]
    public async Task Events_show_source_action_and_target_with_the_cameo_code_and_the_span_they_came_from()
    {
        var storyId = LargestStory();
        var story = await JsonAsync("/api/stories/" + storyId);
        var events = story.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        var page = await server.NewPageAsync();
        await page.GotoAsync("/stories/" + storyId);
        var items = page.Locator("#events-body li.event");
        await Assertions.Expect(items).ToHaveCountAsync(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var coded = events[i];
            var line = items.Nth(i).Locator(".event-line");
            var actors = await line.Locator(".actor").AllTextContentsAsync();
            Assert.Equal(ActorName(coded.GetProperty("source")), actors[0]);
            Assert.Equal(ActorName(coded.GetProperty("target")), actors[1]);
            await Assertions.Expect(line.Locator("code.cameo")).ToHaveTextAsync(coded.GetProperty("code").GetString()!);
            await Assertions.Expect(line.Locator(".action")).ToContainTextAsync(coded.GetProperty("label").GetString()!);
            if (coded.GetProperty("source").ValueKind == JsonValueKind.Object && coded.GetProperty("source").GetProperty("code").GetString() is { } code)
            {
                await Assertions.Expect(line.Locator("code.actor-code").First).ToHaveTextAsync(code);
            }

            // The sentence it came from, with the source actor's span marked exactly as the offsets say.
            var mention = coded.GetProperty("mentions")[0];
            var text = mention.GetProperty("text").GetString()!;
            await Assertions.Expect(items.Nth(i).Locator("q.event-span")).ToHaveTextAsync(text);
            if (mention.TryGetProperty("sourceSpan", out var span) && span.ValueKind == JsonValueKind.Array)
            {
                var start = mention.GetProperty("start").GetInt32();
                var marked = text[(span[0].GetInt32() - start)..(span[1].GetInt32() - start)];
                await Assertions.Expect(items.Nth(i).Locator("mark.ev-source")).ToHaveTextAsync(marked);
            }
        }

        // An actor resolved to an entity links to that entity's page.
        var linked = page.Locator("#events-body a.actor").First;
        await Assertions.Expect(linked).ToHaveAttributeAsync("href", new Regex(@"^/entities/[^?]+\?story="));
        await DocScreenshots.SaveAsync(page.Locator("#events"), "story-events.png");
    }

    [ChromiumFact]
    public async Task Coverage_chart_counts_each_dated_article_once_in_its_hour_under_its_outlet_and_fetches_nothing_elsewhere()
    {
        var storyId = LargestStory();
        var articles = await ArticlesAsync(storyId);
        var page = await server.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        await page.GotoAsync("/stories/" + storyId);
        var chart = page.Locator("svg.coverage-chart");
        await chart.WaitForAsync();

        var dated = articles.Where(a => a.Published is not null).ToList();
        var span = dated.Max(a => a.Published!.Value) - dated.Min(a => a.Published!.Value);
        var hourly = span <= TimeSpan.FromDays(3);
        Assert.Equal(hourly ? "hour" : "day", await chart.GetAttributeAsync("data-unit"));
        var bars = await chart.Locator("rect.bar").EvaluateAllAsync<Bar[]>(
            "rects => rects.map(r => ({ bucket: r.dataset.bucket, outlet: r.dataset.outlet, count: +r.dataset.count }))");
        var drawn = bars.ToDictionary(b => (b.Bucket, b.Outlet), b => b.Count);
        var counted = dated.GroupBy(a => (Bucket(a.Published!.Value, hourly), a.Name)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(counted.OrderBy(k => k.Key).ToList(), drawn.OrderBy(k => k.Key).ToList());
        var undated = articles.Count - dated.Count;
        if (undated > 0)
        {
            await Assertions.Expect(page.Locator("#coverage figcaption")).ToContainTextAsync($"{undated} article");
        }

        Assert.Empty(foreign);
        await DocScreenshots.SaveAsync(page.Locator("#coverage"), "story-coverage.png");
        await DocScreenshots.SaveAsync(page, "story-desktop.png", fullPage: false);
    }

    [ChromiumFact]
    public async Task On_a_375_pixel_phone_the_who_reports_what_table_scrolls_inside_its_box_and_the_page_does_not()
    {
        var storyId = LargestStory();
        var page = await server.NewPageAsync(375, 812);
        await page.GotoAsync("/stories/" + storyId);
        await page.Locator("table.claims").WaitForAsync();
        var widths = await page.EvaluateAsync<int[]>(
            "() => { const w = document.querySelector('#claims-body'); return [document.documentElement.scrollWidth, w.clientWidth, w.scrollWidth, w.getBoundingClientRect().right]; }");
        Assert.True(widths[0] <= 375, $"the page is {widths[0]} px wide at 375");
        Assert.True(widths[3] <= 375, $"the table box ends at {widths[3]} px");
        Assert.True(widths[2] > widths[1], "the table is wider than its box, so the box must scroll");
        var scrolled = await page.EvaluateAsync<int>("() => { const w = document.querySelector('#claims-body'); w.scrollLeft = 120; return w.scrollLeft; }");
        Assert.True(scrolled > 0, "the table box scrolls sideways");
        await page.EvaluateAsync("() => { document.querySelector('#claims-body').scrollLeft = 0; }");
        await DocScreenshots.SaveAsync(page.Locator("#claims"), "story-claims-phone.png");
        await DocScreenshots.SaveAsync(page, "story-phone.png", fullPage: false);

        // The standalone HTML briefing's key-facts table fits too.
        await page.GotoAsync($"/api/stories/{storyId}/briefing?format=html");
        await page.Locator("table").First.WaitForAsync();
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375, "the briefing page fits 375 px");
    }

    private string LargestStory() =>
        server.Catalog.Current.NewestFirst.OrderByDescending(s => s.ArticleIds.Length).ThenBy(s => s.Id, StringComparer.Ordinal).First().Id;

    private async Task<JsonElement> JsonAsync(string path) => JsonDocument.Parse(await _api.GetStringAsync(path)).RootElement;

    private async Task<List<ArticleRow>> ArticlesAsync(string storyId) =>
        [.. (await JsonAsync($"/api/stories/{storyId}/articles")).EnumerateArray().Select(a => new ArticleRow(
            a.GetProperty("id").GetString()!, a.GetProperty("title").GetString(), a.GetProperty("outlet").GetString(),
            a.GetProperty("published").ValueKind == JsonValueKind.Null ? null : a.GetProperty("published").GetDateTimeOffset(),
            a.GetProperty("duplicateOf").GetString(), a.GetProperty("lead").GetString()))];

    private static string ActorName(JsonElement actor) =>
        actor.ValueKind == JsonValueKind.Object ? actor.GetProperty("name").GetString() ?? actor.GetProperty("code").GetString()! : "(no actor)";

    private static string Bucket(DateTimeOffset published, bool hourly) =>
        hourly ? published.UtcDateTime.ToString("yyyy-MM-dd HH:00", System.Globalization.CultureInfo.InvariantCulture)
            : published.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The page's rule for a title standing in for an outlet: cut at a word to at most 40 characters, with an ellipsis.</summary>
    internal static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max - 1), "…");
    }

    [GeneratedRegex(@"^#\d+$")]
    private static partial Regex BareNumber();

    private sealed record ArticleRow(string Id, string? Title, string? Outlet, DateTimeOffset? Published, string? DuplicateOf, string? Lead)
    {
        /// <summary>The name the page gives it: outlet, else title, else first sentence.</summary>
        public string Name => Outlet ?? Shorten(Title ?? Lead!, 40);
    }

    public sealed class Bar
    {
        public string Bucket { get; set; } = "";

        public string Outlet { get; set; } = "";

        public int Count { get; set; }
    }
}
