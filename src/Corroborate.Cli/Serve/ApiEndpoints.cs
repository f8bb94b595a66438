using System.Globalization;
using System.Text.Json;
using Corroborate.Clustering;
using Corroborate.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Corroborate.Cli.Serve;

/// <summary>The JSON API under /api: stories, briefings, articles, entities, search, and posting an article.</summary>
internal static class ApiEndpoints
{
    private const int DefaultPage = 20;
    private const int MaxPage = 200;

    public static void Map(IEndpointRouteBuilder routes, ServeOptions options)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/stories", ListStoriesAsync);
        api.MapGet("/stories/{id}", GetStoryAsync);
        api.MapGet("/stories/{id}/articles", ListStoryArticlesAsync);
        api.MapGet("/stories/{id}/briefing", GetBriefingAsync);
        api.MapGet("/articles/{id}", GetArticleAsync);
        EntityEndpoints.Map(api);
        api.MapGet("/search", SearchAsync);
        api.MapPost("/articles", (HttpRequest request, StoryCatalog catalog, CancellationToken cancellationToken) =>
                PostArticleAsync(request, catalog, options, cancellationToken))
            .AddEndpointFilter(new BearerTokenFilter(options.Token));
    }

    private static async Task<IResult> ListStoriesAsync(HttpContext context, StoryCatalog catalog, CancellationToken cancellationToken,
        int? offset, int? limit, string? from, string? to, string? entity, string? outlet, string? q)
    {
        var snapshot = catalog.Current;
        var etag = $"\"v{snapshot.Version}\"";
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var query = context.Request.QueryString.Value ?? "";
        if (StoryListCache.TryGet(catalog, snapshot.Version, query, out var cached))
        {
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(cached, "application/json; charset=utf-8");
        }

        if (!TryDate(from, out var fromDate) || !TryDate(to, out var toDate))
        {
            return BadRequest("from and to must be dates (yyyy-MM-dd or ISO 8601)");
        }

        if (offset < 0 || limit is < 1 or > MaxPage)
        {
            return BadRequest($"offset must be ≥ 0 and limit between 1 and {MaxPage}");
        }

        IEnumerable<Story> stories = snapshot.NewestFirst;
        if (fromDate is { } start)
        {
            stories = stories.Where(s => (s.LastSeen ?? s.FirstSeen) >= start);
        }

        if (toDate is { } end)
        {
            // A date-only "to" means the whole of that day.
            var inclusiveEnd = to!.Length <= 10 && end < DateTimeOffset.MaxValue.AddDays(-1) ? end.AddDays(1) : end;
            stories = stories.Where(s => (s.FirstSeen ?? s.LastSeen) < inclusiveEnd);
        }

        if (outlet is { Length: > 0 })
        {
            stories = stories.Where(s => snapshot.OutletsOf(s).Any(o => string.Equals(o, outlet, StringComparison.OrdinalIgnoreCase)));
        }

        if (q is { Length: > 0 })
        {
            var hits = await catalog.SearchAsync(q, 500, cancellationToken).ConfigureAwait(false);
            var articleIds = hits.Select(h => h.ArticleId).ToHashSet(StringComparer.Ordinal);
            stories = stories.Where(s => s.ArticleIds.Any(articleIds.Contains) || s.Title.Contains(q, StringComparison.OrdinalIgnoreCase));
        }

        if (entity is { Length: > 0 })
        {
            var entries = await catalog.AllStoryEntitiesAsync(cancellationToken).ConfigureAwait(false);
            var matching = entries
                .Where(e => e.Entities.Any(x => x.Id == entity
                    || x.Variants.Any(v => string.Equals(v, entity, StringComparison.OrdinalIgnoreCase))))
                .Select(e => e.StoryId)
                .ToHashSet(StringComparer.Ordinal);
            // A store-wide id (or a story's entityId) names the identity: every story it was linked into.
            if ((await EntityDirectory.OfAsync(catalog, cancellationToken).ConfigureAwait(false)).Resolve(entity) is { } identity)
            {
                matching.UnionWith(identity.Stories);
            }
            stories = stories.Where(s => matching.Contains(s.Id));
        }

        var filtered = stories.ToList();
        var skip = offset ?? 0;
        var take = limit ?? DefaultPage;
        var shown = filtered.Skip(skip).Take(take).ToList();
        var leads = new List<(string? Lead, string? Article)>(shown.Count);
        foreach (var story in shown)
        {
            leads.Add(await StoryLeads.OfAsync(catalog, story, cancellationToken).ConfigureAwait(false));
        }

        var page = new
        {
            total = filtered.Count,
            offset = skip,
            limit = take,
            stories = shown.Select((s, i) => new
            {
                id = s.Id,
                title = s.Title,
                articleCount = s.ArticleIds.Length,
                duplicateCount = s.Duplicates.Length,
                outlets = snapshot.OutletsOf(s).ToList(),
                firstSeen = s.FirstSeen,
                lastSeen = s.LastSeen,
                keywords = s.Keywords,
                lead = leads[i].Lead,
                leadArticle = leads[i].Article,
                unnamedArticles = s.ArticleIds.Count(a => snapshot.Articles.GetValueOrDefault(a)?.Outlet is null),
            }),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(page, ContractJson.Serializer);
        StoryListCache.Add(catalog, snapshot.Version, query, json);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(json, "application/json; charset=utf-8");
    }

    private static async Task<IResult> GetStoryAsync(string id, HttpContext context, StoryCatalog catalog, CancellationToken cancellationToken)
    {
        if (await catalog.GetStoryDocumentAsync(id, cancellationToken).ConfigureAwait(false) is not { } entry)
        {
            return NotFound($"no story with id '{id}'");
        }

        var headers = context.Response.Headers;
        headers.ETag = entry.ETag;
        headers.CacheControl = "no-cache";
        headers.Vary = "Accept-Encoding";
        if (context.Request.Headers.IfNoneMatch.Contains(entry.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        // Served from the bytes compressed when the report was built: no compression per request.
        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        if (Accepts(accepted, "br"))
        {
            headers.ContentEncoding = "br";
            return Results.Bytes(entry.Brotli, "application/json; charset=utf-8");
        }

        if (Accepts(accepted, "gzip"))
        {
            headers.ContentEncoding = "gzip";
            return Results.Bytes(entry.Gzip, "application/json; charset=utf-8");
        }

        return Results.Bytes(entry.Json, "application/json; charset=utf-8");
    }

    /// <summary>Whether an Accept-Encoding value lists <paramref name="coding"/> without refusing it (q=0).</summary>
    private static bool Accepts(string acceptEncoding, string coding)
    {
        foreach (var part in acceptEncoding.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            if (string.Equals(pieces[0], coding, StringComparison.OrdinalIgnoreCase))
            {
                return !pieces.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000");
            }
        }

        return false;
    }

    private static async Task<IResult> ListStoryArticlesAsync(string id, StoryCatalog catalog, CancellationToken cancellationToken)
    {
        var snapshot = catalog.Current;
        if (!snapshot.ById.TryGetValue(id, out var story))
        {
            return NotFound($"no story with id '{id}'");
        }

        var copies = story.Duplicates.ToDictionary(d => d.ArticleId, d => d.DuplicateOf, StringComparer.Ordinal);
        // The lead names an article on the page when it has neither outlet nor title.
        var leads = new List<string?>(story.ArticleIds.Length);
        foreach (var articleId in story.ArticleIds)
        {
            leads.Add(await StoryLeads.OfArticleAsync(catalog, articleId, cancellationToken).ConfigureAwait(false));
        }

        return Results.Json(story.ArticleIds.Select((articleId, i) => snapshot.Articles.GetValueOrDefault(articleId) is { } a
            ? new { id = a.Id, title = a.Title, outlet = a.Outlet, published = a.Published, language = a.Language, duplicateOf = copies.GetValueOrDefault(articleId), lead = leads[i] }
            : new { id = articleId, title = (string?)null, outlet = (string?)null, published = (DateTimeOffset?)null, language = "und", duplicateOf = copies.GetValueOrDefault(articleId), lead = leads[i] }));
    }

    private static async Task<IResult> GetBriefingAsync(string id, HttpRequest request, StoryCatalog catalog, CancellationToken cancellationToken) =>
        await catalog.GetStoryAsync(id, cancellationToken).ConfigureAwait(false) is { } entry
            ? BriefingResponder.Respond(entry, request)
            : NotFound($"no story with id '{id}'");

    private static async Task<IResult> GetArticleAsync(string id, StoryCatalog catalog, CancellationToken cancellationToken)
    {
        if (await catalog.GetArticleAsync(id, cancellationToken).ConfigureAwait(false) is not { } article)
        {
            return NotFound($"no article with id '{id}'");
        }

        // The article as the contract writes it, plus the story it was placed in.
        var story = catalog.Current.StoryOfArticle.GetValueOrDefault(id);
        return Results.Bytes(ContractJson.ToBytes(json => JsonReportWriter.WriteArticle(json, article, more => more.WriteString("story", story))),
            "application/json; charset=utf-8");
    }

    private static async Task<IResult> SearchAsync(string? q, int? limit, StoryCatalog catalog, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || Corroborate.Storage.SearchQuery.Words(q).Count == 0)
        {
            return BadRequest("q must hold at least one word");
        }

        if (limit is < 1 or > MaxPage)
        {
            return BadRequest($"limit must be between 1 and {MaxPage}");
        }

        var hits = await catalog.SearchAsync(q, limit ?? DefaultPage, cancellationToken).ConfigureAwait(false);
        var snapshot = catalog.Current;
        return Results.Json(new
        {
            query = q,
            hits = hits.Select(h => new
            {
                article = h.ArticleId,
                title = h.Title,
                outlet = snapshot.Articles.GetValueOrDefault(h.ArticleId)?.Outlet,
                snippet = h.Snippet,
                score = h.Score,
                story = snapshot.StoryOfArticle.GetValueOrDefault(h.ArticleId),
            }),
        });
    }

    private static async Task<IResult> PostArticleAsync(HttpRequest request, StoryCatalog catalog, ServeOptions options, CancellationToken cancellationToken)
    {
        var submission = await ArticleSubmission.ReadAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (submission.Problem is { } problem)
        {
            return problem;
        }

        Corroborate.Model.Article article;
        string? storyId;
        try
        {
            (article, storyId) = await catalog.AddAsync(submission.Document!, cancellationToken).ConfigureAwait(false);
        }
        catch (Corroborate.Ingest.InputException e)
        {
            // Nothing was stored: an article with no text left after cleaning, say. The poster hears why.
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Article not stored", detail: e.Reason);
        }

        return Results.Created($"/api/articles/{article.Id}", new { id = article.Id, storyId });
    }

    private static bool TryDate(string? text, out DateTimeOffset? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    private static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
