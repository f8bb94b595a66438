using System.Net;
using System.Text.Json;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

/// <summary>/api/entities/{id} and ?entity= across stories: one identity whatever id a page holds.</summary>
public sealed class EntityApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task An_organisation_named_in_two_stories_is_one_entity_with_both_stories_whichever_id_asks()
    {
        // From the stories' JSON alone: every (story, entity) carrying a name that two stories carry.
        var named = new List<(string Story, string Id, string EntityId, string Name)>();
        foreach (var story in factory.Catalog.Current.NewestFirst)
        {
            foreach (var entity in (await GetJsonAsync("/api/stories/" + story.Id)).GetProperty("entities").EnumerateArray()
                         .Where(e => e.GetProperty("type").GetString() == "organisation"))
            {
                named.Add((story.Id, entity.GetProperty("id").GetString()!, entity.GetProperty("entityId").GetString()!, entity.GetProperty("name").GetString()!));
            }
        }

        var shared = named.GroupBy(n => n.Name).Where(g => g.Select(n => n.Story).Distinct().Count() >= 2).OrderBy(g => g.Key, StringComparer.Ordinal).First().ToList();
        var stories = shared.Select(n => n.Story).Order(StringComparer.Ordinal).ToList();
        var answers = new List<JsonElement>();
        foreach (var (story, id, entityId, _) in shared)
        {
            answers.Add(await GetJsonAsync($"/api/entities/{Uri.EscapeDataString(id)}?story={story}"));
            answers.Add(await GetJsonAsync($"/api/entities/{Uri.EscapeDataString(entityId)}"));
        }

        var identity = answers[0].GetProperty("entityId").GetString();
        Assert.All(answers, a => Assert.Equal(identity, a.GetProperty("entityId").GetString()));
        Assert.All(answers, a => Assert.Equal(stories, a.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)));
        Assert.All(answers, a => Assert.Contains(shared[0].Name, a.GetProperty("variants").EnumerateArray().Select(v => v.GetString())));
        // The id asked is echoed, as before this endpoint linked stories.
        Assert.Equal(shared[0].Id, answers[0].GetProperty("id").GetString());

        var filtered = (await GetJsonAsync("/api/stories?limit=200&entity=" + Uri.EscapeDataString(identity!))).GetProperty("stories")
            .EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(stories, filtered);
    }

    [Fact]
    public async Task Quote_sources_are_named_for_the_page_and_an_unknown_entity_is_a_404()
    {
        var story = factory.Catalog.Current.NewestFirst.OrderByDescending(s => s.ArticleIds.Length).ThenBy(s => s.Id, StringComparer.Ordinal).First();
        var json = await GetJsonAsync("/api/stories/" + story.Id);
        var speaker = json.GetProperty("quotes").EnumerateArray().First(q => q.GetProperty("speaker").ValueKind == JsonValueKind.String).GetProperty("speaker").GetString()!;
        var entity = await GetJsonAsync($"/api/entities/{speaker}?story={story.Id}");
        var cited = entity.GetProperty("quotes").EnumerateArray().SelectMany(q => q.GetProperty("mentions").EnumerateArray()).Select(m => m.GetProperty("article").GetString()).ToHashSet();
        var sources = entity.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(cited.Order(), sources.Select(s => s.GetProperty("id").GetString()).Order());
        Assert.All(sources, s => Assert.True(
            s.GetProperty("outlet").ValueKind == JsonValueKind.String || s.GetProperty("title").ValueKind == JsonValueKind.String || s.GetProperty("lead").ValueKind == JsonValueKind.String,
            "every cited article has something to be named by"));

        var missing = await _client.GetAsync("/api/entities/E000000000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
