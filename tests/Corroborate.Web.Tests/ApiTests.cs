using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

/// <summary>The read API over the samples, in memory (WebApplicationFactory).</summary>
public sealed class ApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Stories_are_listed_newest_first_and_paged_without_overlap()
    {
        var all = await GetJsonAsync("/api/stories?limit=200");
        var stories = all.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(factory.Catalog.Current.ById.Count, all.GetProperty("total").GetInt32());
        Assert.True(stories.Count >= 4, "the samples hold at least four events");
        var lastSeen = stories.Select(s => s.GetProperty("lastSeen").ValueKind == JsonValueKind.Null ? DateTimeOffset.MinValue : s.GetProperty("lastSeen").GetDateTimeOffset()).ToList();
        Assert.Equal(lastSeen.OrderByDescending(d => d), lastSeen);

        var first = await GetJsonAsync("/api/stories?offset=0&limit=2");
        var second = await GetJsonAsync("/api/stories?offset=2&limit=2");
        var firstIds = first.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        var secondIds = second.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(stories.Take(2).Select(s => s.GetProperty("id").GetString()), firstIds);
        Assert.Equal(stories.Skip(2).Take(2).Select(s => s.GetProperty("id").GetString()), secondIds);
    }

    [Fact]
    public async Task Story_list_filters_by_outlet_date_text_and_entity()
    {
        var all = (await GetJsonAsync("/api/stories?limit=200")).GetProperty("stories").EnumerateArray().ToList();
        var withOutlet = all.First(s => s.GetProperty("outlets").GetArrayLength() > 0);
        var outlet = withOutlet.GetProperty("outlets")[0].GetString()!;
        var byOutlet = (await GetJsonAsync("/api/stories?outlet=" + Uri.EscapeDataString(outlet.ToUpperInvariant()))).GetProperty("stories").EnumerateArray().ToList();
        Assert.Contains(byOutlet, s => s.GetProperty("id").GetString() == withOutlet.GetProperty("id").GetString());
        Assert.All(byOutlet, s => Assert.Contains(outlet, s.GetProperty("outlets").EnumerateArray().Select(o => o.GetString())));
        Assert.True(byOutlet.Count < all.Count, "an outlet filter leaves out stories that outlet did not report");

        var dated = all.First(s => s.GetProperty("firstSeen").ValueKind != JsonValueKind.Null);
        var day = dated.GetProperty("firstSeen").GetDateTimeOffset().ToString("yyyy-MM-dd");
        var byDate = (await GetJsonAsync($"/api/stories?from={day}&to={day}")).GetProperty("stories").EnumerateArray().ToList();
        Assert.Contains(byDate, s => s.GetProperty("id").GetString() == dated.GetProperty("id").GetString());
        Assert.All(byDate, s => Assert.True(s.GetProperty("firstSeen").GetDateTimeOffset() < DateTimeOffset.Parse(day + "T00:00:00Z").AddDays(1)));
        Assert.True(byDate.Count < all.Count);

        var quake = (await GetJsonAsync("/api/stories?q=Noto")).GetProperty("stories").EnumerateArray().ToList();
        Assert.NotEmpty(quake);
        Assert.All(quake, s => Assert.Contains("noto", s.GetProperty("keywords").EnumerateArray().Select(k => k.GetString())));

        var serbia = all.First(s => s.GetProperty("keywords").EnumerateArray().Any(k => k.GetString() == "serbia")).GetProperty("id").GetString()!;
        var story = await GetJsonAsync("/api/stories/" + serbia);
        var entity = story.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("articles").GetArrayLength() >= 2);
        var byEntity = (await GetJsonAsync("/api/stories?entity=" + Uri.EscapeDataString(entity.GetProperty("id").GetString()!))).GetProperty("stories").EnumerateArray().ToList();
        Assert.Contains(byEntity, s => s.GetProperty("id").GetString() == serbia);
        Assert.True(byEntity.Count < all.Count);
    }

    [Fact]
    public async Task Bad_filters_are_problems()
    {
        await AssertProblemAsync(await _client.GetAsync("/api/stories?from=yesterday-ish"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await _client.GetAsync("/api/stories?limit=0"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await _client.GetAsync("/api/search?q=%20%2B%2B"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Story_list_answers_not_modified_to_its_own_etag()
    {
        var response = await _client.GetAsync("/api/stories");
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Story_holds_the_json_contract_for_it()
    {
        var id = factory.Catalog.Current.NewestFirst.OrderByDescending(s => s.ArticleIds.Length).First().Id;
        var story = await GetJsonAsync("/api/stories/" + id);
        Assert.Equal(id, story.GetProperty("id").GetString());
        Assert.Equal(factory.Catalog.Current.ById[id].ArticleIds, story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        foreach (var part in new[] { "duplicates", "keywords", "entities", "quotes", "timeline", "amounts" })
        {
            Assert.Equal(JsonValueKind.Array, story.GetProperty(part).ValueKind);
        }

        Assert.NotEqual(0, story.GetProperty("entities").GetArrayLength());
        var articles = await GetJsonAsync($"/api/stories/{id}/articles");
        Assert.Equal(story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()), articles.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Story_is_served_compressed_when_asked_and_not_resent_when_unchanged(string coding)
    {
        var id = factory.Catalog.Current.NewestFirst[0].Id;
        var plain = await _client.GetAsync("/api/stories/" + id);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.Empty(plain.Content.Headers.ContentEncoding);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stories/" + id);
        request.Headers.AcceptEncoding.ParseAdd(coding);
        var compressed = await _client.SendAsync(request);
        Assert.Equal(coding, compressed.Content.Headers.ContentEncoding.Single());
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        await using var stream = await compressed.Content.ReadAsStreamAsync();
        await using Stream decoder = coding == "br" ? new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(plainBytes, decoded.ToArray());
        Assert.True(compressed.Content.Headers.ContentLength < plainBytes.Length / 3);

        using var refused = new HttpRequestMessage(HttpMethod.Get, "/api/stories/" + id);
        refused.Headers.TryAddWithoutValidation("Accept-Encoding", coding + ";q=0");
        Assert.Empty((await _client.SendAsync(refused)).Content.Headers.ContentEncoding);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/stories/" + id);
        again.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.nip.example")]
    public async Task A_loopback_server_refuses_requests_for_other_host_names(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        request.Headers.Host = host;
        await AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.BadRequest);
        using var loopback = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        loopback.Headers.Host = "127.0.0.1:5080";
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(loopback)).StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        await AssertProblemAsync(await _client.GetAsync("/api/stories/s-000000000000"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await _client.GetAsync("/api/stories/s-000000000000/briefing"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await _client.GetAsync("/api/articles/000000000000"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await _client.GetAsync("/api/entities/nobody"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await _client.GetAsync("/api/no-such-route"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Briefing_comes_as_json_markdown_or_html_as_asked()
    {
        var id = factory.Catalog.Current.NewestFirst.OrderByDescending(s => s.ArticleIds.Length).First().Id;
        var story = await GetJsonAsync("/api/stories/" + id);
        var headline = story.GetProperty("briefing").GetProperty("headline").GetString()!;

        var json = await GetJsonAsync($"/api/stories/{id}/briefing");
        Assert.Equal(id, json.GetProperty("story").GetString());

        using var markdownRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{id}/briefing");
        markdownRequest.Headers.Accept.ParseAdd("text/markdown");
        var markdown = await _client.SendAsync(markdownRequest);
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# ", await markdown.Content.ReadAsStringAsync());
        Assert.Equal(await markdown.Content.ReadAsStringAsync(), await _client.GetStringAsync($"/api/stories/{id}/briefing?format=markdown"));

        using var htmlRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{id}/briefing");
        htmlRequest.Headers.Accept.ParseAdd("text/html, application/json;q=0.5");
        var html = await _client.SendAsync(htmlRequest);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(headline), await html.Content.ReadAsStringAsync());
        var policy = html.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
    }

    [Fact]
    public async Task Article_holds_text_sentences_removals_and_its_story()
    {
        var story = factory.Catalog.Current.NewestFirst[0];
        var article = await GetJsonAsync("/api/articles/" + story.ArticleIds[0]);
        Assert.Equal(story.ArticleIds[0], article.GetProperty("id").GetString());
        Assert.Equal(story.Id, article.GetProperty("story").GetString());
        var text = article.GetProperty("text").GetString()!;
        var sentences = article.GetProperty("sentences").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.InRange(s[1].GetInt32(), s[0].GetInt32(), int.MaxValue));
        Assert.Equal(JsonValueKind.Array, article.GetProperty("removed").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(text));
    }

    [Fact]
    public async Task Some_sample_article_had_boilerplate_removed_and_the_api_shows_it()
    {
        var removals = 0;
        foreach (var id in factory.Catalog.Current.Articles.Keys)
        {
            removals += (await GetJsonAsync("/api/articles/" + id)).GetProperty("removed").GetArrayLength();
        }

        Assert.True(removals > 0, "the samples carry 'Also read' lines and credits that cleaning removes");
    }

    [Fact]
    public async Task Search_finds_articles_by_their_words_with_their_story()
    {
        var result = await GetJsonAsync("/api/search?q=earthquake");
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var article = await GetJsonAsync("/api/articles/" + hit.GetProperty("article").GetString());
            Assert.Contains("earthquake", (article.GetProperty("title").GetString() + " " + article.GetProperty("text").GetString()).ToLowerInvariant());
            Assert.Equal(article.GetProperty("story").GetString(), hit.GetProperty("story").GetString());
        }

        Assert.Empty((await GetJsonAsync("/api/search?q=zyzzyvaquark")).GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Entity_lists_its_stories_and_quotes()
    {
        var stories = factory.Catalog.Current.NewestFirst;
        foreach (var summary in stories)
        {
            var story = await GetJsonAsync("/api/stories/" + summary.Id);
            var quote = story.GetProperty("quotes").EnumerateArray().FirstOrDefault(q => q.GetProperty("speaker").ValueKind == JsonValueKind.String);
            if (quote.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            var speaker = quote.GetProperty("speaker").GetString()!;
            var entity = await GetJsonAsync("/api/entities/" + Uri.EscapeDataString(speaker));
            Assert.Equal(speaker, entity.GetProperty("id").GetString());
            Assert.Contains(summary.Id, entity.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
            Assert.Contains(quote.GetProperty("id").GetString(), entity.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
            return;
        }

        Assert.Fail("no story of the samples has a quote with a resolved speaker");
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy()
    {
        foreach (var path in new[] { "/", "/stories/x", "/articles/x", "/api/stories", "/assets/story.js" })
        {
            var response = await _client.GetAsync(path);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", policy);
            Assert.Contains("default-src 'none'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.DoesNotContain("unsafe-eval", policy);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task Pages_have_no_inline_script_and_scripts_never_write_html()
    {
        foreach (var page in new[] { "/", "/stories/x", "/articles/x" })
        {
            var html = await _client.GetStringAsync(page);
            var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.NotEmpty(scripts);
            Assert.All(scripts, s => Assert.Contains("src=\"/assets/", s.Value));
            Assert.All(scripts, s => Assert.True(string.IsNullOrWhiteSpace(s.Groups[1].Value)));
            Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
        }

        foreach (var script in new[] { "common.js", "list.js", "story.js", "article.js" })
        {
            var code = await _client.GetStringAsync("/assets/" + script);
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
            {
                Assert.DoesNotContain(sink, code);
            }
        }
    }

    [Fact]
    public async Task OpenApi_document_describes_every_api_route()
    {
        var document = await GetJsonAsync("/openapi.json");
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).ToHashSet();
        var sources = factory.Services.GetService(typeof(IEnumerable<Microsoft.AspNetCore.Routing.EndpointDataSource>)) as IEnumerable<Microsoft.AspNetCore.Routing.EndpointDataSource>;
        var mapped = sources!.SelectMany(s => s.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        Assert.NotEmpty(mapped);
        Assert.Equal(mapped.Order(), documented.Order());
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }
}
