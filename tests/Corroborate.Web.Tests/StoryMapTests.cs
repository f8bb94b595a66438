using System.Globalization;
using System.Text.Json;
using Corroborate.Web.Tests.Support;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests;

/// <summary>The story page's map: a dot for each place the story JSON locates, on the shipped world outline.</summary>
public sealed class StoryMapTests(LiveServer server) : IClassFixture<LiveServer>
{
    private readonly HttpClient _api = new() { BaseAddress = server.BaseAddress };

    private async Task<List<(string Id, List<(string Name, int Mentions, double Lat, double Lon)> Places)>> StoriesWithPlaces()
    {
        var result = new List<(string, List<(string, int, double, double)>)>();
        foreach (var story in server.Catalog.Current.NewestFirst)
        {
            using var json = JsonDocument.Parse(await _api.GetStringAsync("/api/stories/" + story.Id));
            var places = json.RootElement.GetProperty("entities").EnumerateArray()
                .Where(e => e.GetProperty("type").GetString() == "place" && e.TryGetProperty("coordinates", out _))
                .Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("mentions").GetInt32(),
                    e.GetProperty("coordinates").GetProperty("lat").GetDouble(), e.GetProperty("coordinates").GetProperty("lon").GetDouble()))
                .ToList();
            result.Add((story.Id, places));
        }

        return result;
    }

    [ChromiumFact]
    public async Task The_map_shows_a_dot_and_a_name_for_each_located_place_sized_by_its_mentions()
    {
        var (id, places) = (await StoriesWithPlaces()).OrderByDescending(s => s.Places.Count).First();
        Assert.True(places.Count >= 2, "the samples have a story with at least two located places");
        var page = await server.NewPageAsync();

        await page.GotoAsync("/stories/" + id);
        var dots = page.Locator("#map-body svg g.place circle");
        await Assertions.Expect(dots).ToHaveCountAsync(places.Count);

        await Assertions.Expect(page.Locator("#map")).ToBeVisibleAsync();
        // Every dot has its name (as a label, or as its tooltip where labels would collide), the most mentioned one a visible label.
        var named = await page.Locator("#map-body svg g.place text").AllTextContentsAsync();
        Assert.Equal(places.Select(p => p.Name).Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        var top = places.MaxBy(p => p.Mentions).Name;
        await Assertions.Expect(page.Locator($"#map-body svg g.place[data-name=\"{top}\"] text")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#map-body svg g.place text:not([visibility=hidden])").CountAsync() >= Math.Min(2, places.Count));
        // Each dot sits at its place (x = longitude, y = -latitude) and the most mentioned place has the biggest dot.
        for (var i = 0; i < places.Count; i++)
        {
            var group = page.Locator("#map-body svg g.place").Nth(i);
            var name = await group.GetAttributeAsync("data-name");
            var place = places.First(p => p.Name == name);
            var circle = group.Locator("circle");
            Assert.Equal(place.Lon, double.Parse((await circle.GetAttributeAsync("cx"))!, CultureInfo.InvariantCulture), 3);
            Assert.Equal(-place.Lat, double.Parse((await circle.GetAttributeAsync("cy"))!, CultureInfo.InvariantCulture), 3);
        }

        var radii = new List<(int Mentions, double R)>();
        foreach (var place in places)
        {
            var r = await page.Locator($"#map-body svg g.place[data-name=\"{place.Name}\"] circle").First.GetAttributeAsync("r");
            radii.Add((place.Mentions, double.Parse(r!, CultureInfo.InvariantCulture)));
        }

        Assert.Equal(radii.MaxBy(p => p.Mentions).R, radii.Max(p => p.R), 6);
        // The outline came from the shipped asset, not from the network.
        Assert.True(await page.Locator("#map-body svg path.land").CountAsync() == 1);
        Assert.True((await page.Locator("#map-body svg path.land").GetAttributeAsync("d"))!.Length > 10_000);
        await page.Locator("#map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Repository.Screenshots, "story-map.png") });
        Assert.Empty(server.Dialogs);
    }

    [ChromiumFact]
    public async Task A_story_without_located_places_shows_no_map()
    {
        var without = (await StoriesWithPlaces()).FirstOrDefault(s => s.Places.Count == 0);
        var page = await server.NewPageAsync();
        var id = without.Id ?? server.Catalog.Current.ById.Values.First(s => s.ArticleIds.Contains(server.HostileArticleId)).Id;

        await page.GotoAsync("/stories/" + id);
        await Assertions.Expect(page.Locator("#entities-body li").First).ToBeAttachedAsync();

        if (without.Id is not null)
        {
            await Assertions.Expect(page.Locator("#map")).ToBeHiddenAsync();
            Assert.Equal(0, await page.Locator("#map-body svg").CountAsync());
        }
    }

    [Fact]
    public async Task The_world_outline_is_served_as_an_svg_asset()
    {
        using var response = await _api.GetAsync("/assets/world.svg");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("viewBox=\"-180 -90 360 180\"", text, StringComparison.Ordinal);
        Assert.Contains("<path id=\"land\" d=\"M", text, StringComparison.Ordinal);
        Assert.Contains("Natural Earth", text, StringComparison.Ordinal);
    }
}
