using Corroborate.Web.Tests.Support;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests;

/// <summary>
/// Hostile titles, outlets and quotes through every page of issue 17 (claim columns named by title, the chart's
/// legend, events, the entity page, the article's highlights): all of it stays text and nothing runs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostilePageTests(LiveServer server)
{
    /// <summary>Elements article text would create if it reached the page as HTML; our own SVG is the chart's and its legend's.</summary>
    private const string Injected = @"() => [...document.querySelectorAll('main img, main script, main b, main i, main iframe, main svg, main [onerror], main [onload]')]
        .filter(n => !(n.matches('svg.coverage-chart, ul.legend svg') || n.closest('svg.coverage-chart, ul.legend'))).length";

    [ChromiumFact]
    public async Task Hostile_titles_outlets_and_quotes_stay_text_on_the_story_entity_article_and_list_pages()
    {
        var storyId = server.Catalog.Current.StoryOfArticle[server.SecondHostileArticleId];
        Assert.Equal(storyId, server.Catalog.Current.StoryOfArticle[server.HostileArticleId]);
        var page = await server.NewPageAsync();

        await page.GotoAsync("/stories/" + storyId);
        await page.Locator("svg.coverage-chart").WaitForAsync();
        // The outlet-less report is named by its (hostile) title, as text, in the legend and the claim columns.
        var named = StoryPageTests.Shorten(LiveServer.HostileTitle2, 40);
        await Assertions.Expect(page.Locator("ul.legend")).ToContainTextAsync(named);
        await Assertions.Expect(page.Locator("#articles-body")).ToContainTextAsync("<i>Evil</i> Gazette");
        if (await page.Locator("table.claims").CountAsync() > 0)
        {
            await Assertions.Expect(page.Locator("table.claims thead")).ToContainTextAsync(named);
        }

        await Assertions.Expect(page.Locator("#quotes-body")).ToContainTextAsync("<img src=y onerror=alert(1)> The east wing");
        Assert.Equal(0, await page.EvaluateAsync<int>(Injected));
        await DocScreenshots.SaveAsync(page, "hostile-story.png");

        var speaker = page.Locator("#entities-body a", new() { HasTextString = "Tomas Brandt" });
        await speaker.First.ClickAsync();
        await Assertions.Expect(page.Locator("#quotes-body q").First).ToContainTextAsync("<img src=y onerror=alert(1)> The east wing");
        Assert.Equal(0, await page.EvaluateAsync<int>(Injected));

        await page.GotoAsync("/articles/" + server.SecondHostileArticleId);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(LiveServer.HostileTitle2);
        await page.Locator("#text .hl").First.WaitForAsync();
        await Assertions.Expect(page.Locator("#text")).ToContainTextAsync("<img src=y onerror=alert(1)>");
        Assert.Equal(0, await page.EvaluateAsync<int>(Injected));

        await page.GotoAsync("/?q=warehouse");
        await Assertions.Expect(page.Locator("#stories")).ToContainTextAsync("warehouse");
        Assert.Equal(0, await page.EvaluateAsync<int>(Injected));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Empty(server.Dialogs);
    }
}
