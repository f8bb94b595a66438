using System.Text.Json;
using System.Text.Json.Nodes;
using Corroborate.Web.Tests.Support;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests;

/// <summary>
/// The story page against the parts of the contract that later stages add (briefing, claims with conflicts,
/// events): the real story JSON of a sample story, extended with those parts in the documented shapes
/// (citations as ids or as span objects) and served to the page in place of the API's answer.
/// </summary>
public sealed class BriefingRenderingTests(LiveServer server) : IClassFixture<LiveServer>
{
    private const string HostileClaim = "<img src=x onerror=\"window.__pwned='claim'\">Deals signed";

    [ChromiumFact]
    public async Task Briefing_claims_conflicts_and_events_render_with_citations_as_text()
    {
        var story = server.Catalog.Current.NewestFirst.OrderByDescending(s => s.ArticleIds.Length).First();
        var entry = (await server.Catalog.GetStoryAsync(story.Id, CancellationToken.None))!;
        var json = JsonNode.Parse(entry.Json.Span)!.AsObject();
        var outletOf = story.ArticleIds.ToDictionary(id => id, id => server.Catalog.Current.Articles[id].Outlet);
        var withOutlets = story.ArticleIds.Where(id => outletOf[id] is not null && story.Duplicates.All(d => d.ArticleId != id))
            .GroupBy(id => outletOf[id]).Select(g => g.First()).Take(2).ToList();
        Assert.Equal(2, withOutlets.Count);
        var (first, second) = (withOutlets[0], withOutlets[1]);
        var article = (await server.Catalog.GetArticleAsync(first, CancellationToken.None))!;
        var sentence = article.Sentences[1];

        json["briefing"] = new JsonObject
        {
            ["headline"] = "Serbia and China sign deals",
            ["summary"] = new JsonArray(
                new JsonObject { ["sentence"] = "The two leaders signed agreements.", ["article"] = first, ["citations"] = new JsonArray(first, second) },
                new JsonObject
                {
                    ["sentence"] = "<script>window.__pwned='summary'</script>A sentence with a span citation.",
                    ["citations"] = new JsonArray(new JsonObject
                    {
                        ["article"] = first, ["span"] = new JsonObject { ["start"] = sentence.Start, ["end"] = sentence.End },
                    }),
                }),
            ["onlyReportedBy"] = new JsonArray(new JsonObject { ["outlet"] = outletOf[second], ["sentence"] = "Only one outlet says this.", ["article"] = second }),
        };
        json["claims"] = new JsonArray(
            new JsonObject { ["id"] = "c1", ["text"] = HostileClaim, ["articles"] = new JsonArray(first, second), ["outlets"] = new JsonArray(outletOf[first], outletOf[second]), ["stance"] = new JsonObject(), ["conflicts"] = new JsonArray() },
            new JsonObject
            {
                ["id"] = "c2", ["text"] = "Agreements signed", ["articles"] = new JsonArray(first, second), ["outlets"] = new JsonArray(outletOf[first], outletOf[second]), ["stance"] = new JsonObject(),
                ["conflicts"] = new JsonArray(new JsonObject
                {
                    ["field"] = "count", ["description"] = "the outlets give different numbers",
                    ["values"] = new JsonArray(
                        new JsonObject { ["value"] = "28", ["articles"] = new JsonArray(first) },
                        new JsonObject { ["value"] = "29", ["articles"] = new JsonArray(second) }),
                }),
            });
        json["events"] = new JsonArray(new JsonObject { ["description"] = "Leaders sign a joint statement", ["code"] = "057", ["date"] = "2024-05-08" });

        var page = await server.NewPageAsync();
        await page.RouteAsync($"**/api/stories/{story.Id}", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = json.ToJsonString() }));
        await page.GotoAsync("/stories/" + story.Id);
        await Assertions.Expect(page.Locator(".headline")).ToHaveTextAsync("Serbia and China sign deals");
        await Assertions.Expect(page.Locator(".brief-sentence")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".brief-sentence").Nth(0).Locator("a.cite")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".brief-sentence").Nth(1)).ToContainTextAsync("<script>window.__pwned='summary'</script>");

        var spanCitation = page.Locator(".brief-sentence").Nth(1).Locator("a.cite");
        Assert.Equal($"/articles/{first}#s-{sentence.Start}", await spanCitation.GetAttributeAsync("href"));
        await spanCitation.HoverAsync();
        await Assertions.Expect(spanCitation.Locator(".tip")).ToContainTextAsync(sentence.Of(article.CleanText));

        var headers = (await page.Locator("table.claims thead th").AllTextContentsAsync()).ToList();
        Assert.Equal("Claim", headers[0]);
        Assert.Equal(headers.Count, headers.Distinct().Count());
        var (firstColumn, secondColumn) = (headers.IndexOf(outletOf[first]!), headers.IndexOf(outletOf[second]!));
        Assert.True(firstColumn > 0 && secondColumn > 0, string.Join(" | ", headers));
        var hostileRow = page.Locator("table.claims tbody tr").Filter(new() { HasText = "Deals signed" });
        await Assertions.Expect(hostileRow.Locator("th span").First).ToHaveTextAsync(HostileClaim);
        var conflicted = page.Locator("table.claims tbody tr.conflicted");
        await Assertions.Expect(conflicted.Locator("td.differs")).ToHaveCountAsync(2);
        // Cells follow the header: column i of the row is td i - 1 (the row header is a th).
        await Assertions.Expect(conflicted.Locator("td").Nth(firstColumn - 1)).ToHaveTextAsync("count: 28");
        await Assertions.Expect(conflicted.Locator("td").Nth(secondColumn - 1)).ToHaveTextAsync("count: 29");
        await Assertions.Expect(hostileRow.Locator("td").Nth(firstColumn - 1)).ToHaveTextAsync("✓");
        // Disputed claims come first.
        await Assertions.Expect(page.Locator("table.claims tbody tr").First).ToHaveClassAsync("conflicted");
        await Assertions.Expect(page.Locator("#discrepancies-body li.discrepancy").First).ToContainTextAsync("the outlets give different numbers");
        await Assertions.Expect(page.Locator("#events")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#events-body")).ToContainTextAsync("Leaders sign a joint statement");
        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, "story-with-briefing-and-claims.png"), FullPage = true });
        Assert.Empty(server.Dialogs);
    }
}
