using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corroborate.Extraction;

namespace Corroborate.Reporting;

/// <summary>
/// What lookups across stories need of one story (the entity page, <c>?entity=</c>): its entities and the quotations
/// their speakers said, without the rest of its report. Stored beside the story's report (<see cref="Storage.IReportStore"/>),
/// so a server links every story's entities by reading these small rows instead of building every report.
/// Times are text as the contract writes them (<see cref="JsonParts.DateText"/>).
/// </summary>
public sealed record StoryEntities(
    string StoryId, string Title, string? FirstSeen, string? LastSeen, ImmutableArray<string> Articles,
    ImmutableArray<StoryEntity> Entities, ImmutableArray<SpokenQuote> Quotes)
{
    /// <summary>Of an analysed story; the quotations are those with a speaker among its entities.</summary>
    public static StoryEntities Of(StoryReport story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var extraction = story.Extraction;
        return new StoryEntities(
            story.Id, story.Title, Day(story.FirstSeen), Day(story.LastSeen), story.Articles,
            extraction is null ? [] : [.. extraction.Entities.Entities.Select(e => new StoryEntity(
                e.Id, story.EntityIds.GetValueOrDefault(e.Id, e.Id), e.Name, e.Type.ToString().ToLowerInvariant(), e.Variants, e.Mentions.Length, e.Articles))],
            extraction is null ? [] : [.. extraction.Quotes.Where(q => q.Speaker is not null).Select(q => new SpokenQuote(
                q.Id, q.Speaker!, q.SpeakerName, q.Text, q.Verbatim, [.. q.Mentions.Select(m => new QuoteSpan(m.ArticleId, m.Text, m.Span.Start, m.Span.End))]))]);
    }

    /// <summary>Of a story document of the contract (a stored report): the same as <see cref="Of"/> of the report it was written from.</summary>
    public static StoryEntities FromDocument(JsonElement story)
    {
        var entities = story.TryGetProperty("entities", out var e) ? e.EnumerateArray().Select(x => new StoryEntity(
            Text(x, "id")!, Text(x, "entityId")!, Text(x, "name")!, Text(x, "type")!, Strings(x, "variants"),
            x.GetProperty("mentions").GetInt32(), Strings(x, "articles"))).ToImmutableArray() : [];
        var quotes = story.TryGetProperty("quotes", out var q) ? q.EnumerateArray().Where(x => Text(x, "speaker") is not null).Select(x => new SpokenQuote(
            Text(x, "id")!, Text(x, "speaker")!, Text(x, "speakerName"), Text(x, "text")!, x.GetProperty("verbatim").GetBoolean(),
            [.. x.GetProperty("mentions").EnumerateArray().Select(m => new QuoteSpan(
                Text(m, "article")!, Text(m, "text")!, m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32()))])).ToImmutableArray() : [];
        return new StoryEntities(Text(story, "id")!, Text(story, "title")!, Text(story, "firstSeen"), Text(story, "lastSeen"), Strings(story, "articles"), entities, quotes);
    }

    public string ToJson() => JsonSerializer.Serialize(this, StoryEntitiesJsonContext.Default.StoryEntities);

    public static StoryEntities Parse(string json) =>
        JsonSerializer.Deserialize(json, StoryEntitiesJsonContext.Default.StoryEntities) ?? throw new JsonException("a stored story entity index is null");

    /// <summary>The entities and quotes as an extraction (no mentions, timeline or amounts): what <see cref="EntityRegistry.Add"/> links.</summary>
    public StoryExtraction AsExtraction() => new(
        new EntityResolution(
            [.. Entities.Select(e => new Entity(e.Id, e.Name, Enum.Parse<EntityType>(e.Type, ignoreCase: true), e.Variants, [], e.Articles, [], null))],
            ImmutableDictionary<(string, Model.TextSpan), string>.Empty),
        [.. Quotes.Select(q => new Quote(q.Id, q.Speaker, q.SpeakerName, q.Text, [], q.Verbatim))],
        [], []);

    private static string? Day(DateTimeOffset? date) => JsonParts.DateText(date);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [];
}

/// <summary>One entity of a story: its story-level id, store-wide <see cref="EntityId"/>, name, type (lower case), forms of its name, mention count, articles.</summary>
public sealed record StoryEntity(string Id, string EntityId, string Name, string Type, ImmutableArray<string> Variants, int Mentions, ImmutableArray<string> Articles);

/// <summary>A quotation with its speaker (a story entity id) and where each outlet gives it.</summary>
public sealed record SpokenQuote(string Id, string Speaker, string? SpeakerName, string Text, bool Verbatim, ImmutableArray<QuoteSpan> Mentions);

/// <summary>Where a quotation is in one article: half-open [Start, End) into its clean text.</summary>
public sealed record QuoteSpan(string Article, string Text, int Start, int End);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StoryEntities))]
internal sealed partial class StoryEntitiesJsonContext : JsonSerializerContext;
