using System.Text.Json;
using Corroborate.Web.Tests.Support;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests;

/// <summary>The article page (issue 17): its title, outlet and date, and the story's entities, quotes and claims marked by span.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ArticlePageTests(LiveServer server)
{
    private readonly HttpClient _api = new() { BaseAddress = server.BaseAddress };

    [ChromiumFact]
    public async Task The_head_shows_the_title_outlet_and_date_the_article_carries()
    {
        var article = await FirstArticleAsync(a => a.GetProperty("title").ValueKind == JsonValueKind.String
            && a.GetProperty("outlet").ValueKind == JsonValueKind.String && a.GetProperty("published").ValueKind == JsonValueKind.String);
        var page = await server.NewPageAsync();
        await page.GotoAsync("/articles/" + article.GetProperty("id").GetString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(article.GetProperty("title").GetString()!);
        await Assertions.Expect(page.Locator("#meta .outlet")).ToHaveTextAsync(article.GetProperty("outlet").GetString()!);
        await Assertions.Expect(page.Locator("#meta .date")).ToContainTextAsync(article.GetProperty("published").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd"));
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("(untitled)");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("undated");
    }

    [ChromiumFact]
    public async Task An_article_without_a_headline_shows_its_first_sentence_and_says_what_the_source_lacks()
    {
        var article = await FirstArticleAsync(a => a.GetProperty("title").ValueKind == JsonValueKind.Null && a.GetProperty("outlet").ValueKind == JsonValueKind.Null);
        var text = article.GetProperty("text").GetString()!;
        var first = article.GetProperty("sentences")[0];
        var sentence = text[first[0].GetInt32()..first[1].GetInt32()];
        var page = await server.NewPageAsync();
        await page.GotoAsync("/articles/" + article.GetProperty("id").GetString());
        await Assertions.Expect(page.Locator("h1.no-headline")).ToHaveTextAsync(StoryPageTests.Shorten(sentence, 120));
        await Assertions.Expect(page.Locator("#meta")).ToContainTextAsync("no headline in the source");
        await Assertions.Expect(page.Locator("#meta .outlet")).ToHaveTextAsync("outlet not named in the source");
        await Assertions.Expect(page.Locator("#meta")).ToContainTextAsync("read from " + Path.GetFileName(article.GetProperty("source").GetString()));
        await Assertions.Expect(page.Locator("#meta")).Not.ToContainTextAsync(Path.GetDirectoryName(article.GetProperty("source").GetString())!);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("(untitled)");
    }

    [ChromiumFact]
    public async Task Entities_quotes_and_claims_of_the_story_are_marked_in_the_text_exactly_at_their_spans()
    {
        var storyId = server.Catalog.Current.NewestFirst.OrderByDescending(s => s.ArticleIds.Length).ThenBy(s => s.Id, StringComparer.Ordinal).First().Id;
        var story = JsonDocument.Parse(await _api.GetStringAsync("/api/stories/" + storyId)).RootElement;
        // The article with the most quote mentions in this story.
        var quoteMentions = story.GetProperty("quotes").EnumerateArray().SelectMany(q => q.GetProperty("mentions").EnumerateArray()).ToList();
        var articleId = quoteMentions.GroupBy(m => m.GetProperty("article").GetString()!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var entitySpans = story.GetProperty("entities").EnumerateArray()
            .SelectMany(e => e.GetProperty("mentionSpans").EnumerateArray().Select(m => (Entity: e, Mention: m)))
            .Where(x => x.Mention.GetProperty("article").GetString() == articleId).ToList();
        var claimSpans = story.GetProperty("claims").EnumerateArray().SelectMany(c => c.GetProperty("mentions").EnumerateArray())
            .Where(m => m.GetProperty("article").GetString() == articleId).ToList();
        Assert.NotEmpty(entitySpans);
        Assert.NotEmpty(claimSpans);

        var page = await server.NewPageAsync();
        await page.GotoAsync("/articles/" + articleId);
        await page.Locator("#text .sentence").First.WaitForAsync();
        await page.Locator("#text .hl").First.WaitForAsync();
        // Every marked character, by its offset in the clean text: walk the text nodes of #text and the posts.
        var marks = await page.EvaluateAsync<Marked[]>(@"() => {
            const out = [];
            for (const seg of document.querySelectorAll('#text .segment, #posts .segment')) {
              let offset = +seg.dataset.start;
              const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const kinds = [];
                for (let p = n.parentElement; p && p !== seg; p = p.parentElement) if (p.dataset.kind) kinds.push(...p.dataset.kind.split(' '));
                out.push({ start: offset, text: n.textContent, kinds: kinds.join(' ') });
                offset += n.textContent.length;
              }
            }
            return out;
        }");
        bool Covered(int start, int end, string kind) =>
            Enumerable.Range(start, end - start).All(i => marks.Any(m => i >= m.Start && i < m.Start + m.Text.Length && m.Kinds.Split(' ').Contains(kind)));
        var text = (await FirstArticleAsync(a => a.GetProperty("id").GetString() == articleId)).GetProperty("text").GetString()!;
        foreach (var (entity, mention) in entitySpans.Where(x => x.Mention.GetProperty("end").GetInt32() <= text.Length))
        {
            var (start, end) = (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
            Assert.True(Covered(start, end, "entity"), $"{entity.GetProperty("name")} at {start}-{end} is marked");
        }

        foreach (var mention in quoteMentions.Where(m => m.GetProperty("article").GetString() == articleId && m.GetProperty("end").GetInt32() <= text.Length))
        {
            Assert.True(Covered(mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32(), "quote"), "quote at " + mention.GetProperty("start"));
        }

        foreach (var mention in claimSpans.Where(m => m.GetProperty("end").GetInt32() <= text.Length))
        {
            Assert.True(Covered(mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32(), "claim"), "claim at " + mention.GetProperty("start"));
        }

        // And nothing else: a marked character lies in some span of its kind.
        var quoteRanges = quoteMentions.Where(m => m.GetProperty("article").GetString() == articleId).Select(m => (m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32())).ToList();
        foreach (var mark in marks.Where(m => m.Kinds.Split(' ').Contains("quote")))
        {
            Assert.Contains(quoteRanges, r => mark.Start >= r.Item1 && mark.Start + mark.Text.Length <= r.Item2);
        }

        // Marked text is the article's text: the offsets line up with the clean text.
        foreach (var mark in marks.Where(m => m.Start + m.Text.Length <= text.Length))
        {
            Assert.Equal(text.Substring(mark.Start, mark.Text.Length), mark.Text);
        }

        // Each kind can be switched off and on again.
        await page.Locator("#highlight-legend input[data-kind=claim]").UncheckAsync();
        await Assertions.Expect(page.Locator("#text")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bhide-claim\b"));
        await page.Locator("#highlight-legend input[data-kind=claim]").CheckAsync();
        await Assertions.Expect(page.Locator("#text")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bhide-claim\b"));

        var entityLink = page.Locator("#text a.hl-entity").First;
        await Assertions.Expect(entityLink).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/entities/[^?]+\?story=" + storyId + "$"));
        await DocScreenshots.SaveAsync(page, "article-desktop.png", fullPage: false);
        var phone = await server.NewPageAsync(375, 812);
        await phone.GotoAsync("/articles/" + articleId);
        await phone.Locator("#text .hl").First.WaitForAsync();
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375);
        await DocScreenshots.SaveAsync(phone, "article-phone.png", fullPage: false);
    }

    private async Task<JsonElement> FirstArticleAsync(Func<JsonElement, bool> wanted)
    {
        foreach (var id in server.Catalog.Current.Articles.Keys.Order(StringComparer.Ordinal))
        {
            var article = JsonDocument.Parse(await _api.GetStringAsync("/api/articles/" + id)).RootElement;
            if (wanted(article))
            {
                return article;
            }
        }

        throw new Xunit.Sdk.XunitException("no article of the samples fits");
    }

    public sealed class Marked
    {
        public int Start { get; set; }

        public string Text { get; set; } = "";

        public string Kinds { get; set; } = "";
    }
}
