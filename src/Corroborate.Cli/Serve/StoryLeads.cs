using System.Collections.Concurrent;
using Corroborate.Clustering;

namespace Corroborate.Cli.Serve;

/// <summary>
/// Leads for the pages: an article's first sentence (what names an article that has neither outlet nor title),
/// and a story's — the lead of the article that gave the story its title, else of its first article. An
/// article's text never changes once stored, so each lead is read from the store once and kept per catalog.
/// </summary>
internal static class StoryLeads
{
    /// <summary>A lead longer than this is cut at a word, with an ellipsis: the list shows a line or two.</summary>
    private const int MaxLength = 280;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StoryCatalog, ConcurrentDictionary<string, string?>> Caches = [];

    public static async Task<(string? Lead, string? Article)> OfAsync(StoryCatalog catalog, Story story, CancellationToken cancellationToken)
    {
        var snapshot = catalog.Current;
        var titled = story.ArticleIds.FirstOrDefault(id => snapshot.Articles.GetValueOrDefault(id)?.Title == story.Title) ?? story.ArticleIds.FirstOrDefault();
        return titled is not null && await OfArticleAsync(catalog, titled, cancellationToken).ConfigureAwait(false) is { } lead
            ? (lead, titled)
            : (null, null);
    }

    /// <summary>The first sentence of the article's clean text (cut to <see cref="MaxLength"/>), or null when it has none or is unknown.</summary>
    public static async Task<string?> OfArticleAsync(StoryCatalog catalog, string articleId, CancellationToken cancellationToken)
    {
        var cache = Caches.GetValue(catalog, _ => new ConcurrentDictionary<string, string?>(StringComparer.Ordinal));
        if (cache.TryGetValue(articleId, out var known))
        {
            return known;
        }

        if (await catalog.GetArticleAsync(articleId, cancellationToken).ConfigureAwait(false) is not { } article)
        {
            return null; // not cached: the article may yet arrive
        }

        string? lead = null;
        if (article.Sentences.Length > 0)
        {
            var first = article.Sentences[0];
            lead = article.CleanText[first.Start..first.End].Trim();
            if (lead.Length > MaxLength)
            {
                var cut = lead.LastIndexOf(' ', MaxLength);
                lead = string.Concat(lead.AsSpan(0, cut > MaxLength / 2 ? cut : MaxLength), "…");
            }
        }

        cache[articleId] = lead;
        return lead;
    }
}
