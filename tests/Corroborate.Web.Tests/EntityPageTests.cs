using System.Text.Json;
using Corroborate.Web.Tests.Support;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests;

/// <summary>The entity page (issue 17): one person, organisation or place across every story, reached from a story.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EntityPageTests(LiveServer server)
{
    private readonly HttpClient _api = new() { BaseAddress = server.BaseAddress };

    [ChromiumFact]
    public async Task An_entity_named_in_two_stories_links_from_either_to_one_page_listing_both_with_its_name_variants()
    {
        // Found from the stories' own JSON, not from the entity endpoint: an organisation named in two stories.
        var byName = new Dictionary<string, List<(string Story, JsonElement Entity)>>(StringComparer.Ordinal);
        foreach (var story in server.Catalog.Current.NewestFirst)
        {
            foreach (var entity in (await JsonAsync("/api/stories/" + story.Id)).GetProperty("entities").EnumerateArray())
            {
                var entityName = entity.GetProperty("name").GetString()!;
                if (!byName.TryGetValue(entityName, out var list))
                {
                    byName[entityName] = list = [];
                }

                list.Add((story.Id, entity));
            }
        }

        var (name, places) = byName.Where(kv => kv.Value.Count >= 2 && kv.Value[0].Entity.GetProperty("type").GetString() == "organisation")
            .OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).First();
        var (fromStory, entityJson) = places[0];
        var expectedVariants = places.SelectMany(p => p.Entity.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!)).ToHashSet();

        var page = await server.NewPageAsync();
        await page.GotoAsync("/stories/" + fromStory);
        var link = page.Locator("#entities-body a", new() { HasTextString = name }).First;
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/entities/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        var listed = await page.Locator("#stories-body .story-title").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(places.Select(p => "/stories/" + p.Story).Order(), listed.Order());
        foreach (var variant in expectedVariants.Where(v => v != name))
        {
            await Assertions.Expect(page.Locator("#variants")).ToContainTextAsync(variant);
        }

        await DocScreenshots.SaveAsync(page, "entity-desktop.png");
        var phone = await server.NewPageAsync(375, 812);
        await phone.GotoAsync(page.Url);
        await phone.Locator("#stories-body li").First.WaitForAsync();
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375);
        await DocScreenshots.SaveAsync(phone, "entity-phone.png", fullPage: false);
    }

    [ChromiumFact]
    public async Task A_speaker_page_lists_every_quote_the_stories_attribute_to_them_with_citations_named_by_source()
    {
        // The speaker with the most quotes in any story, from the story JSON.
        var best = (Story: "", Speaker: "", Name: "", Quotes: new List<string>());
        foreach (var story in server.Catalog.Current.NewestFirst)
        {
            var json = await JsonAsync("/api/stories/" + story.Id);
            foreach (var group in json.GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("speaker").ValueKind == JsonValueKind.String)
                         .GroupBy(q => q.GetProperty("speaker").GetString()!))
            {
                if (group.Count() > best.Quotes.Count)
                {
                    best = (story.Id, group.Key, group.First().GetProperty("speakerName").GetString()!, [.. group.Select(q => q.GetProperty("text").GetString()!)]);
                }
            }
        }

        Assert.True(best.Quotes.Count >= 1, "the samples quote someone by name");
        var page = await server.NewPageAsync();
        // Reached from the story page: the speaker's heading over their quotes links to their page.
        await page.GotoAsync("/stories/" + best.Story);
        await page.Locator("#quotes-body h3 a", new() { HasTextString = best.Name }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/entities/[^?]+\?story=" + best.Story + "$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(best.Name);
        var shown = await page.Locator("#quotes-body q").AllTextContentsAsync();
        foreach (var quote in best.Quotes)
        {
            Assert.Contains(quote, shown);
        }

        var labels = await page.Locator("#quotes-body a.cite").EvaluateAllAsync<string[]>("links => links.map(l => l.firstChild.textContent)");
        Assert.NotEmpty(labels);
        Assert.DoesNotContain(labels, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^[0-9a-f]{12}$"));
        await DocScreenshots.SaveAsync(page, "entity-quotes.png");
    }

    private async Task<JsonElement> JsonAsync(string path) => JsonDocument.Parse(await _api.GetStringAsync(path)).RootElement;
}
