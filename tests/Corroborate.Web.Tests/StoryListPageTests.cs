using System.Text.Json;
using Corroborate.Web.Tests.Support;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests;

/// <summary>The story list (issue 17): each story's lead and its outlets, not its keywords.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StoryListPageTests(LiveServer server)
{
    private readonly HttpClient _api = new() { BaseAddress = server.BaseAddress };

    [ChromiumFact]
    public async Task Each_story_shows_the_first_sentence_of_its_title_article_and_its_outlets()
    {
        var listed = JsonDocument.Parse(await _api.GetStringAsync("/api/stories?limit=200")).RootElement.GetProperty("stories").EnumerateArray().ToList();
        var page = await server.NewPageAsync();
        await page.GotoAsync("/?limit=200");
        await page.Locator(".story-item").First.WaitForAsync();
        var items = page.Locator(".story-item");
        var shown = Math.Min(20, listed.Count);
        await Assertions.Expect(items).ToHaveCountAsync(shown);
        Assert.Equal(0, await page.Locator(".story-item .keywords").CountAsync());
        for (var i = 0; i < shown; i++)
        {
            var story = listed[i];
            // The lead is the title article's first sentence, read here from the article itself.
            var leadArticle = story.GetProperty("leadArticle").GetString()!;
            var article = JsonDocument.Parse(await _api.GetStringAsync("/api/articles/" + leadArticle)).RootElement;
            var first = article.GetProperty("sentences")[0];
            var sentence = article.GetProperty("text").GetString()![first[0].GetInt32()..first[1].GetInt32()].Trim();
            Assert.Equal(sentence.Length <= 280 ? sentence : story.GetProperty("lead").GetString(), story.GetProperty("lead").GetString());
            Assert.Contains(leadArticle, server.Catalog.Current.ById[story.GetProperty("id").GetString()!].ArticleIds);
            await Assertions.Expect(items.Nth(i).Locator(".lead")).ToHaveTextAsync(story.GetProperty("lead").GetString()!);
            foreach (var outlet in story.GetProperty("outlets").EnumerateArray())
            {
                await Assertions.Expect(items.Nth(i).Locator(".outlets")).ToContainTextAsync(outlet.GetString()!);
            }

            var unnamed = story.GetProperty("unnamedArticles").GetInt32();
            Assert.Equal(server.Catalog.Current.ById[story.GetProperty("id").GetString()!].ArticleIds.Count(a => server.Catalog.Current.Articles[a].Outlet is null), unnamed);
        }

        // The pictures for the docs show the samples only (the test's hostile stories are dated 2030).
        await page.GotoAsync("/?to=2029-12-31");
        await page.Locator(".story-item .lead").First.WaitForAsync();
        await DocScreenshots.SaveAsync(page, "list-desktop.png", fullPage: false);
        var phone = await server.NewPageAsync(375, 812);
        await phone.GotoAsync("/?to=2029-12-31");
        await phone.Locator(".story-item .lead").First.WaitForAsync();
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375);
        await DocScreenshots.SaveAsync(phone, "list-phone.png", fullPage: false);
    }
}
