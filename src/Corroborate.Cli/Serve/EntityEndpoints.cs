using System.Text.Json;
using Corroborate.Extraction;
using Corroborate.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Corroborate.Cli.Serve;

/// <summary>
/// <c>GET /api/entities/{id}[?story=]</c>: one person, organisation or place across every served story — its
/// name variants, the stories that mention it, what it was quoted saying, and the articles those cite.
/// </summary>
internal static class EntityEndpoints
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/entities/{id}", GetAsync);

    private static async Task<IResult> GetAsync(string id, string? story, StoryCatalog catalog, CancellationToken cancellationToken)
    {
        var directory = await EntityDirectory.OfAsync(catalog, cancellationToken).ConfigureAwait(false);
        var identity = (story is { Length: > 0 } ? directory.ResolveIn(story, id) : null) ?? directory.Resolve(id);
        if (identity is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no entity with id '{id}'");
        }

        var snapshot = catalog.Current;
        var found = identity.Stories
            .Select(storyId => (Entry: directory.Stories[storyId], Entities: directory.EntitiesIn(storyId, identity.EntityId).ToList()))
            .Where(x => x.Entities.Count > 0)
            .OrderByDescending(x => Time(x.Entry.LastSeen ?? x.Entry.FirstSeen))
            .ToList();
        var cited = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (entry, entities) in found)
        {
            var speakers = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            cited.UnionWith(entry.Quotes.Where(q => speakers.Contains(q.Speaker)).SelectMany(q => q.Mentions).Select(m => m.Article));
        }

        var leads = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var articleId in cited)
        {
            leads[articleId] = await StoryLeads.OfArticleAsync(catalog, articleId, cancellationToken).ConfigureAwait(false);
        }

        return Results.Bytes(ContractJson.ToBytes(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("entityId", identity.EntityId);
            json.WriteString("name", identity.Name);
            json.WriteString("type", identity.Type.ToString().ToLowerInvariant());
            JsonParts.WriteStrings(json, "variants", identity.Variants.Distinct(StringComparer.Ordinal));
            json.WriteNumber("mentions", found.Sum(x => x.Entities.Sum(e => e.Mentions)));
            json.WriteStartArray("stories");
            foreach (var (entry, entities) in found)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.StoryId);
                json.WriteString("title", entry.Title);
                json.WriteNumber("mentions", entities.Sum(e => e.Mentions));
                JsonParts.WriteStrings(json, "articles", entities.SelectMany(e => e.Articles).Distinct(StringComparer.Ordinal));
                json.WriteString("firstSeen", entry.FirstSeen);
                json.WriteString("lastSeen", entry.LastSeen);
                JsonParts.WriteStrings(json, "outlets", entry.Articles.Select(a => snapshot.Articles.GetValueOrDefault(a)?.Outlet).OfType<string>().Distinct(StringComparer.Ordinal));
                JsonParts.WriteStrings(json, "entities", entities.Select(e => e.Id));
                JsonParts.WriteStrings(json, "names", entities.SelectMany(e => e.Variants.Prepend(e.Name)).Distinct(StringComparer.Ordinal));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("quotes");
            foreach (var (entry, entities) in found)
            {
                var speakers = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var quote in entry.Quotes.Where(q => speakers.Contains(q.Speaker)))
                {
                    WriteQuote(json, entry.StoryId, quote);
                }
            }

            json.WriteEndArray();
            // The articles the quotes cite, so a page can name each citation by its outlet (or title).
            json.WriteStartArray("sources");
            foreach (var articleId in cited)
            {
                var summary = snapshot.Articles.GetValueOrDefault(articleId);
                json.WriteStartObject();
                json.WriteString("id", articleId);
                json.WriteString("title", summary?.Title);
                json.WriteString("outlet", summary?.Outlet);
                JsonParts.WriteDate(json, "published", summary?.Published);
                json.WriteString("story", snapshot.StoryOfArticle.GetValueOrDefault(articleId));
                json.WriteString("lead", leads[articleId]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }), "application/json; charset=utf-8");
    }

    private static DateTimeOffset Time(string? text) =>
        text is null ? DateTimeOffset.MinValue : DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteQuote(Utf8JsonWriter json, string storyId, SpokenQuote quote)
    {
        json.WriteStartObject();
        json.WriteString("story", storyId);
        json.WriteString("id", quote.Id);
        json.WriteString("speakerName", quote.SpeakerName);
        json.WriteString("text", quote.Text);
        json.WriteBoolean("verbatim", quote.Verbatim);
        json.WriteStartArray("mentions");
        foreach (var mention in quote.Mentions)
        {
            json.WriteStartObject();
            JsonParts.WriteSpanFields(json, mention.Article, mention.Text, new Corroborate.Model.TextSpan(mention.Start, mention.End));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
