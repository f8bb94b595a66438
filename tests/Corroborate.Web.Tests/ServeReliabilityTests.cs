using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

/// <summary>What serve did with poisoned input (issue 14): nothing posted or stored can make a later request fail.</summary>
public sealed class ServeReliabilityTests(WritableApiFactory factory) : IClassFixture<WritableApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_post_dated_year_one_answered_500_but_was_stored_and_poisoned_its_story_and_entities_regression_all_answer()
    {
        var response = await _client.PostAsJsonAsync("/api/articles", new
        {
            title = "Lighthouse council meets",
            text = "On 0001-01-01 the lighthouse council met on Monday. It had met last Friday too, and will meet next Monday in the summer. "
                + "Keeper Odile Marchetti said the lamp would be repaired next year.",
            published = "0001-01-01T00:00:00Z",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var storyId = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("storyId").GetString()!;
        var story = await GetJsonAsync("/api/stories/" + storyId);
        Assert.Equal(JsonValueKind.Null, (await GetJsonAsync("/api/articles/" + story.GetProperty("articles")[0].GetString())).GetProperty("published").ValueKind);
        await GetJsonAsync($"/api/stories/{storyId}/briefing");
        foreach (var entity in story.GetProperty("entities").EnumerateArray().Take(3))
        {
            await GetJsonAsync("/api/entities/" + entity.GetProperty("id").GetString());
        }
    }

    [Theory]
    [InlineData("to=9999-12-31")]
    [InlineData("from=0001-01-01")]
    [InlineData("from=0001-01-01&to=9999-12-31")]
    public async Task Stories_to_9999_12_31_answered_500_regression_the_calendar_s_ends_are_dates_like_any_other(string query)
    {
        await GetJsonAsync("/api/stories?" + query);
    }

    [Fact]
    public async Task A_post_with_nothing_left_after_cleaning_is_refused_with_the_reason_and_not_stored()
    {
        var before = factory.Catalog.Current.Articles.Count;

        var response = await _client.PostAsJsonAsync("/api/articles", new { text = "Share this article: Facebook Twitter Email\n\nAdvertisement" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("no article text left after cleaning", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, factory.Catalog.Current.Articles.Count);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
