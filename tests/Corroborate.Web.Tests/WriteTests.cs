using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

/// <summary>POST /api/articles: placed in a story and analysed at once; bad input answered with problems.</summary>
public sealed class WriteTests(WritableApiFactory factory) : IClassFixture<WritableApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Posted_article_joins_its_story_and_the_story_report_is_rebuilt()
    {
        var quakes = factory.Catalog.Current.NewestFirst.Where(s => s.Keywords.Contains("noto")).ToDictionary(s => s.Id);
        Assert.NotEmpty(quakes);
        foreach (var quake in quakes.Keys)
        {
            // Cached now: the post must invalidate it.
            Assert.Equal(quakes[quake].ArticleIds.Length, (await GetJsonAsync("/api/stories/" + quake)).GetProperty("articles").GetArrayLength());
        }

        // The list answer for this query is kept until a write: the post must show in the same query's answer.
        Assert.Equal(0, (await GetJsonAsync("/api/stories?outlet=Harbour%20Evening%20Post")).GetProperty("total").GetInt32());
        var response = await _client.PostAsJsonAsync("/api/articles", new
        {
            title = "Noto earthquake toll rises as rescuers reach Wajima",
            text = "The death toll from the magnitude 7.6 earthquake that struck Japan's Noto peninsula on New Year's Day rose on Wednesday, " +
                "officials in Ishikawa prefecture said, as rescuers reached collapsed houses in Wajima.\n\n" +
                "Aftershocks continued to rattle the peninsula, and thousands of people spent a second night in evacuation centres after the quake destroyed homes and roads in Wajima and Suzu.",
            outlet = "Harbour Evening Post",
            published = "2024-01-03T09:00:00Z",
            url = "https://harbour.example/noto-toll",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetString()!;
        var storyId = created.GetProperty("storyId").GetString()!;
        Assert.True(quakes.ContainsKey(storyId), $"a Noto report joins a Noto story, not {storyId}");
        Assert.Equal("/api/articles/" + id, response.Headers.Location?.OriginalString);

        var after = await GetJsonAsync("/api/stories/" + storyId);
        Assert.Equal(quakes[storyId].ArticleIds.Append(id), after.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(id, after.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(after.GetProperty("entities").EnumerateArray(), e => e.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == id));
        var list = await GetJsonAsync("/api/stories?outlet=Harbour%20Evening%20Post");
        Assert.Equal(storyId, list.GetProperty("stories")[0].GetProperty("id").GetString());
        Assert.Equal("Harbour Evening Post", (await GetJsonAsync("/api/articles/" + id)).GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Plain_text_article_is_accepted_and_starts_a_story_of_its_own()
    {
        using var content = new StringContent(
            "Lighthouse keepers strike over pay\n\nKeepers of the last staffed lighthouses on the northern coast walked out on Monday over a pay freeze, their union said.\n\nThe union said the strike would last a week.",
            Encoding.UTF8, "text/plain");
        var response = await _client.PostAsync("/api/articles", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var storyId = created.GetProperty("storyId").GetString()!;
        var story = await GetJsonAsync("/api/stories/" + storyId);
        Assert.Equal([created.GetProperty("id").GetString()], story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        var search = await GetJsonAsync("/api/search?q=lighthouse+keepers");
        Assert.Equal(created.GetProperty("id").GetString(), search.GetProperty("hits")[0].GetProperty("article").GetString());
    }

    [Fact]
    public async Task Script_in_an_article_comes_back_as_escaped_json_text()
    {
        const string title = "<script>alert('t')</script> Harbour fire";
        const string text = "A fire broke out at the harbour on Friday. <img src=x onerror=alert('b')> Firefighters said nobody was hurt.";
        var response = await _client.PostAsJsonAsync("/api/articles", new { title, text });
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var raw = await _client.GetStringAsync("/api/articles/" + id);
        Assert.DoesNotContain("<script>", raw);
        Assert.DoesNotContain("<img", raw);
        var article = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(title, article.GetProperty("title").GetString());
        Assert.Contains("<img src=x onerror=alert('b')>", article.GetProperty("text").GetString());
        Assert.Equal("application/json", (await _client.GetAsync("/api/articles/" + id)).Content.Headers.ContentType?.MediaType);
        // The page for it is the static shell: the article's words never reach the HTML.
        Assert.DoesNotContain("Harbour fire", await _client.GetStringAsync("/articles/" + id));
    }

    [Fact]
    public async Task Concurrent_posts_are_all_stored_each_in_exactly_one_story()
    {
        var before = factory.Catalog.Current.StoryOfArticle.Count;
        var posts = Enumerable.Range(1, 12).Select(i => _client.PostAsJsonAsync("/api/articles", new
        {
            title = $"Regional bus line {i} gets new timetable",
            text = $"The transport authority said on Monday that bus line {i} would run every {10 + i} minutes from next month, after complaints about crowding on line {i}.",
            outlet = i % 2 == 0 ? "Valley Times" : "Hill Post",
        })).ToList();
        var responses = await Task.WhenAll(posts);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = new List<string>();
        foreach (var response in responses)
        {
            var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            ids.Add(created.GetProperty("id").GetString()!);
            var story = await GetJsonAsync("/api/stories/" + created.GetProperty("storyId").GetString());
            Assert.Contains(created.GetProperty("id").GetString(), story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        }

        Assert.Equal(12, ids.Distinct().Count());
        var snapshot = factory.Catalog.Current;
        Assert.Equal(before + 12, snapshot.StoryOfArticle.Count);
        Assert.Equal(snapshot.StoryOfArticle.Count, snapshot.ById.Values.Sum(s => s.ArticleIds.Length));
    }

    [Theory]
    [InlineData("{\"title\": \"unterminated", "malformed JSON")]
    [InlineData("[1, 2, 3]", "expected a JSON object")]
    [InlineData("{\"title\": \"No text\"}", "\"text\" is required")]
    [InlineData("{\"text\": 42}", "\"text\" must be a string")]
    [InlineData("{\"text\": \"Some words.\", \"published\": \"the day before\"}", "not a date")]
    [InlineData("{\"text\": \"Some words.\", \"url\": \"javascript:alert(1)\"}", "http or https")]
    public async Task Bad_json_is_a_400_problem(string body, string expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var problem = await ApiTests.AssertProblemAsync(await _client.PostAsync("/api/articles", content), HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task Writes_from_another_origin_are_a_403_problem(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("Ferry service resumes after storm.", Encoding.UTF8, "text/plain") };
        request.Headers.TryAddWithoutValidation(header, value);
        await ApiTests.AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Writes_from_the_page_itself_are_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("Ferry service resumes after the storm, the operator said on Sunday.", Encoding.UTF8, "text/plain") };
        request.Headers.TryAddWithoutValidation("Origin", "http://localhost");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Other_media_types_are_a_415_problem()
    {
        using var content = new ByteArrayContent([1, 2, 3]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        await ApiTests.AssertProblemAsync(await _client.PostAsync("/api/articles", content), HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
