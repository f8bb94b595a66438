using System.Text.Json;
using Corroborate.Clustering;
using Corroborate.Model;

namespace Corroborate.Storage;

/// <summary>
/// Full-fidelity JSON for what passes between workers through the database: an input's cleaned articles
/// (read and cleaned by any worker, placed in stories by the assigner) and a story snapshot (for its report job).
/// </summary>
internal static class PreparedInputJson
{
    public static string Articles(IReadOnlyList<Article> articles) =>
        JsonSerializer.Serialize(articles.Select(a => new ArticleRow(a.Id, a.Source, a.ExternalId, a.Url, a.Title, a.Outlet, a.Author, a.Published,
            a.PublishedFrom, a.Language, a.CleanText, a.BodyLength, ArticleJson.Segments(a.Segments), ArticleJson.Spans(a.Sentences),
            ArticleJson.Removed(a.Removed), a.ContentHash, a.ReceivedAt)));

    public static List<Article> Articles(string json) =>
        [.. JsonSerializer.Deserialize<ArticleRow[]>(json)!.Select(r => new Article
        {
            Id = r.Id,
            Source = r.Source,
            ExternalId = r.ExternalId,
            Url = r.Url,
            Title = r.Title,
            Outlet = r.Outlet,
            Author = r.Author,
            Published = r.Published,
            PublishedFrom = r.PublishedFrom,
            Language = r.Language,
            CleanText = r.CleanText,
            BodyLength = r.BodyLength,
            Segments = ArticleJson.Segments(r.Segments),
            Sentences = ArticleJson.Spans(r.Sentences),
            Removed = ArticleJson.Removed(r.Removed),
            ContentHash = r.ContentHash,
            ReceivedAt = r.ReceivedAt,
        })];

    /// <summary>Written by <see cref="StoreJsonWriter"/> (the same bytes, without the serializer's start-up cost) wherever it can.</summary>
    public static string Story(Story story) => StoreJsonWriter.CanWrite(story) ? StoreJsonWriter.Story(story) : JsonSerializer.Serialize(story);

    public static Story Story(string json) => JsonSerializer.Deserialize<Story>(json)!;

    private sealed record ArticleRow(string Id, string Source, string? ExternalId, string? Url, string? Title, string? Outlet, string? Author,
        DateTimeOffset? Published, string? PublishedFrom, string Language, string CleanText, int BodyLength, string Segments, string Sentences,
        string Removed, string ContentHash, DateTimeOffset? ReceivedAt);
}
