namespace Corroborate.Ingest;

/// <summary>
/// The names an article's fields go by in structured input: JSON Lines keys (<see cref="JsonlFields"/>) and CSV
/// headers (<see cref="CsvColumns"/>) share them, so a column is found under the same names as a key. Ours come first
/// (<c>id, url, title, text, published, outlet, language</c>), then news-please's (<c>maintext, date_publish,
/// source_domain, authors</c>), trafilatura's (<c>raw_text, date, hostname, sitename</c>) and the common <c>content,
/// body, articleBody, pubDate, datePublished, link, headline, site</c>. Within a field, the earlier name wins.
/// "source" is read by its value (a URL, or an outlet's name), so it is in no list.
/// </summary>
internal static class ArticleFieldNames
{
    public static IReadOnlyList<string> Text { get; } = ["text", "maintext", "content", "body", "raw_text", "articleBody", "article_body", "full_text", "article"];

    public static IReadOnlyList<string> Title { get; } = ["title", "headline", "title_page", "title_rss"];

    public static IReadOnlyList<string> Url { get; } = ["url", "link", "canonical_url", "source_url"];

    public static IReadOnlyList<string> Date { get; } = ["published", "date_publish", "datePublished", "pubDate", "pub_date", "published_at", "publishedAt", "publish_date", "date"];

    public static IReadOnlyList<string> Outlet { get; } = ["outlet", "source_domain", "sitename", "site_name", "site", "hostname", "source-hostname", "publisher"];

    public static IReadOnlyList<string> Author { get; } = ["author", "authors", "byline"];

    public static IReadOnlyList<string> Language { get; } = ["language", "lang"];

    public static IReadOnlyList<string> Id { get; } = ["id", "_id", "uuid"];

    /// <summary>The field trafilatura uses for the page's URL and others for the outlet's name: read by its value.</summary>
    public const string Source = "source";

    public static bool IsUrl(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
