using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Corroborate.Model;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Finds social-media embeds (the blockquotes and divs that X/Twitter, Instagram, TikTok, Facebook, Threads,
/// Bluesky and Mastodon publish for embedding), turns each into an <see cref="EmbeddedPost"/> and removes it
/// from the page so its text never reaches the body.
/// </summary>
internal static partial class EmbeddedPostReader
{
    private const string Selector =
        "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, " +
        "div.fb-post, blockquote.fb-xfbml-parse-ignore, blockquote.text-post-media, blockquote.bluesky-embed, " +
        "blockquote.mastodon-embed, blockquote.reddit-embed-bq, blockquote.reddit-card";

    public static List<EmbeddedPost> TakeAll(IElement root)
    {
        var posts = new List<EmbeddedPost>();
        foreach (var embed in root.QuerySelectorAll(Selector).ToList())
        {
            if (embed.ParentElement is null)
            {
                // Already removed with an enclosing embed.
                continue;
            }

            if (Read(embed) is { } post)
            {
                posts.Add(post);
            }

            embed.Remove();
        }

        return posts;
    }

    private static EmbeddedPost? Read(IElement embed)
    {
        var links = embed.QuerySelectorAll("a[href]");
        var permalink = embed.GetAttribute("data-instgrm-permalink") ?? embed.GetAttribute("cite")
            ?? links.LastOrDefault(a => PostLink().IsMatch(a.GetAttribute("href")!))?.GetAttribute("href")
            ?? embed.GetAttribute("data-href");

        // X/Twitter: the post is the <p>; the rest is "— Name (@handle) date".
        var paragraphs = embed.QuerySelectorAll("p");
        var text = paragraphs.Length > 0
            ? string.Join("\n", paragraphs.Select(p => Normalize(p.TextContent)).Where(t => t.Length > 0))
            : Normalize(embed.TextContent);
        var attribution = Normalize(embed.TextContent);
        string? author = null, handle = null;
        if (Attribution().Match(attribution) is { Success: true } match)
        {
            author = match.Groups["name"].Value.Trim();
            handle = match.Groups["handle"].Value;
        }

        DateTimeOffset? date = null;
        if (links.Length > 0)
        {
            date = HtmlMetadataReader.ParseDate(links[^1].TextContent);
        }

        return text.Length == 0 && permalink is null ? null : new EmbeddedPost(text, NullIfEmpty(author), NullIfEmpty(handle), date, permalink);
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"/status(?:es)?/\d+|/p/[\w-]+|/video/\d+|/post/|/posts/")]
    private static partial Regex PostLink();

    [GeneratedRegex(@"[—–-]\s*(?<name>[^()@—–]{1,80}?)\s*\((?<handle>@\w{1,30})\)")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
