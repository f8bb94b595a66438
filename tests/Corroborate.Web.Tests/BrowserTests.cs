using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Web.Tests.Support;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests;

/// <summary>The page in real headless Chromium against the real server; screenshots go to TestResults/screenshots/.</summary>
public sealed partial class BrowserTests(LiveServer server) : IClassFixture<LiveServer>
{
    private readonly HttpClient _api = new() { BaseAddress = server.BaseAddress };

    [ChromiumFact]
    public async Task Story_page_shows_the_briefing_with_citations_that_show_and_link_to_their_source()
    {
        var story = server.Catalog.Current.NewestFirst.OrderByDescending(s => s.ArticleIds.Length).First();
        var page = await server.NewPageAsync();
        await page.GotoAsync("/stories/" + story.Id);
        await page.Locator(".brief-sentence").First.WaitForAsync();
        Assert.Equal(story.Title, await page.Locator("h1").TextContentAsync());
        Assert.True(await page.Locator(".brief-sentence").CountAsync() >= 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, "story.png"), FullPage = true });
        await page.Locator("#claims").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Repository.Screenshots, "story-claims.png") });

        var citation = page.Locator(".brief-sentence a.cite[href*='#s-']").First;
        var href = (await citation.GetAttributeAsync("href"))!;
        var match = CitationHref().Match(href);
        Assert.True(match.Success, href);
        var (articleId, start) = (match.Groups[1].Value, int.Parse(match.Groups[2].Value));

        await citation.HoverAsync();
        var tip = citation.Locator(".tip");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        await Assertions.Expect(citation).ToHaveAttributeAsync("data-sentence", new Regex(@"^\d+$"));
        var shown = TipQuote().Match((await tip.TextContentAsync())!).Groups[1].Value;
        var article = JsonDocument.Parse(await _api.GetStringAsync("/api/articles/" + articleId)).RootElement;
        var body = article.GetProperty("text").GetString()!;
        var sentence = article.GetProperty("sentences").EnumerateArray().Select(s => (Start: s[0].GetInt32(), End: s[1].GetInt32()))
            .Single(s => start >= s.Start && start < s.End);
        Assert.Equal(body[sentence.Start..sentence.End], shown);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, "story-citation-hover.png") });

        await citation.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/articles/{articleId}#s-{start}$"));
        var cited = page.Locator(".sentence.cited");
        await Assertions.Expect(cited).ToBeVisibleAsync();
        await Assertions.Expect(cited).ToHaveTextAsync(shown);
        Assert.Equal(sentence.Start, int.Parse((await cited.GetAttributeAsync("data-start"))!));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, "article-cited.png") });
        Assert.Empty(server.Dialogs);
    }

    [ChromiumFact]
    public async Task Hostile_article_renders_as_text_and_runs_nothing()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/articles/" + server.HostileArticleId);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(LiveServer.HostileTitle);
        await Assertions.Expect(page.Locator("#text")).ToContainTextAsync("<img src=x onerror=\"window.__pwned = 'body'\">");
        await Assertions.Expect(page.Locator("#text")).ToContainTextAsync("<script>window.__pwned = 'script'</script>");
        Assert.Equal(0, await page.Locator("main img, main script, main b, main i").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        await Assertions.Expect(page.Locator("#meta")).ToContainTextAsync("<i>Evil</i> Gazette");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, "hostile-article.png"), FullPage = true });

        var storyId = server.Catalog.Current.ById.Values.First(s => s.ArticleIds.Contains(server.HostileArticleId)).Id;
        await page.GotoAsync("/stories/" + storyId);
        await Assertions.Expect(page.Locator("#articles-body")).ToContainTextAsync(LiveServer.HostileTitle);
        await page.GotoAsync("/?q=warehouse");
        await Assertions.Expect(page.Locator("#stories")).ToContainTextAsync(LiveServer.HostileTitle);
        Assert.Equal(0, await page.Locator("main img, main script, main b, main i").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Empty(server.Dialogs);
    }

    [ChromiumFact]
    public async Task Article_page_shows_removed_boilerplate_apart_from_the_text()
    {
        var withRemovals = "";
        var removed = new List<string>();
        foreach (var id in server.Catalog.Current.Articles.Keys)
        {
            var article = JsonDocument.Parse(await _api.GetStringAsync("/api/articles/" + id)).RootElement;
            removed = [.. article.GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("text").GetString()!)];
            if (removed.Count > 0)
            {
                withRemovals = id;
                break;
            }
        }

        Assert.NotEqual("", withRemovals);
        var page = await server.NewPageAsync(390, 844);
        await page.GotoAsync("/articles/" + withRemovals);
        await Assertions.Expect(page.Locator("#removed li")).ToHaveCountAsync(removed.Count);
        await Assertions.Expect(page.Locator("#removed")).ToContainTextAsync(removed[0]);
        await Assertions.Expect(page.Locator("#text")).Not.ToContainTextAsync(removed[0]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, "article-phone.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task Story_list_updates_as_articles_arrive()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator(".story-item").First.WaitForAsync();
        const string title = "Glacier train service resumes after avalanche clearance";
        await Assertions.Expect(page.GetByText(title)).ToHaveCountAsync(0);
        var response = await _api.PostAsJsonAsync("/api/articles", new
        {
            title,
            text = "The glacier railway resumed service on Sunday after crews cleared an avalanche that had blocked the line for four days, the operator said.",
            outlet = "Alpine Courier",
            published = "2030-02-03T08:00:00Z",
        });
        response.EnsureSuccessStatusCode();
        await Assertions.Expect(page.Locator(".story-item").First).ToContainTextAsync(title, new() { Timeout = 15_000 });
    }

    [ChromiumFact]
    public async Task Citations_are_reachable_by_keyboard()
    {
        var story = server.Catalog.Current.NewestFirst.OrderByDescending(s => s.ArticleIds.Length).First();
        var page = await server.NewPageAsync(390, 844);
        await page.GotoAsync("/stories/" + story.Id);
        await page.Locator(".brief-sentence a.cite").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, "story-phone.png") });
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('cite')"))
            {
                var focused = page.Locator("a.cite:focus");
                await Assertions.Expect(focused.Locator(".tip")).ToBeVisibleAsync();
                var target = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target) + "$"));
                await Assertions.Expect(page.Locator(".sentence.cited")).ToBeVisibleAsync();
                return;
            }
        }

        Assert.Fail("no citation took the keyboard focus within 80 Tab presses");
    }

    [GeneratedRegex(@"^/articles/([^#]+)#s-(\d+)$")]
    private static partial Regex CitationHref();

    [GeneratedRegex(@"“(.*)”", RegexOptions.Singleline)]
    private static partial Regex TipQuote();
}
