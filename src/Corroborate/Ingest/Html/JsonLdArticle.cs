namespace Corroborate.Ingest.Html;

/// <summary>The fields of a schema.org article object that <see cref="HtmlMetadataReader"/> uses.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Url);
