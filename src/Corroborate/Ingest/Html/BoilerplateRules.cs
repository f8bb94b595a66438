using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Corroborate.Model;

namespace Corroborate.Ingest.Html;

/// <summary>
/// The structural rules of <see cref="ArticleExtractor"/>: which elements never hold article text, which
/// class and id cues mark boilerplate (and why), and which cues favour a container.
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>Elements whose content is never article text: code, media, form controls, metadata.</summary>
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "CANVAS", "VIDEO", "AUDIO", "OBJECT",
        "EMBED", "SELECT", "OPTION", "BUTTON", "INPUT", "TEXTAREA", "LINK", "META", "HEAD", "IMG", "PICTURE",
        "SOURCE", "MAP", "DIALOG",
    };

    /// <summary>Elements that break text into paragraphs.</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "DL", "DT", "DD",
        "BLOCKQUOTE", "PRE", "TABLE", "TR", "TD", "TH", "CAPTION", "FIGURE", "FIGCAPTION", "HEADER", "FOOTER", "ASIDE", "NAV",
        "FORM", "FIELDSET", "ADDRESS", "HR", "BR", "CENTER", "DETAILS", "SUMMARY", "BODY", "HGROUP", "TBODY", "THEAD", "TFOOT",
    };

    public static bool IsDropped(IElement element)
    {
        if (DroppedTags.Contains(element.TagName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") is "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    public static bool IsBlock(string tagName) => BlockTags.Contains(tagName);

    /// <summary>
    /// The removal reason when <paramref name="element"/> is boilerplate by its tag or class and id cues, or
    /// null. Strong article-body cues on the same element win: a wrapper may carry both.
    /// </summary>
    /// <param name="cache">Reasons already computed for a cue string: pages repeat the same classes hundreds of times.</param>
    public static string? BoilerplateReason(IElement element, Dictionary<string, string?> cache)
    {
        switch (element.TagName)
        {
            case "NAV":
                return RemovalReasons.Navigation;
            case "ASIDE":
                return RemovalReasons.RelatedLink;
            case "FOOTER":
                return RemovalReasons.Navigation;
            case "HEADER":
                return RemovalReasons.Header;
            case "FIGCAPTION":
                return RemovalReasons.Caption;
            case "BODY" or "HTML" or "MAIN" or "ARTICLE":
                // Blog engines list the post's tags and categories in the article's class ("tag-review").
                return null;
        }

        var cues = Cues(element);
        if (cues.Length == 0)
        {
            return null;
        }

        if (!cache.TryGetValue(cues, out var reason))
        {
            reason = cache[cues] = ReasonFromCues(cues);
        }

        return reason;
    }

    private static string? ReasonFromCues(string cues)
    {
        if (ArticleBodyCue().IsMatch(cues))
        {
            return null;
        }

        var match = BoilerplateCue().Match(cues);
        if (!match.Success)
        {
            return null;
        }

        var g = match.Groups;
        return g["comments"].Success ? RemovalReasons.Comments
            : g["cookie"].Success ? RemovalReasons.Cookie
            : g["newsletter"].Success ? RemovalReasons.Newsletter
            : g["readmore"].Success ? RemovalReasons.ReadMore
            : g["share"].Success ? RemovalReasons.ShareButtons
            : g["caption"].Success ? RemovalReasons.Caption
            : g["navigation"].Success ? RemovalReasons.Navigation
            : g["byline"].Success ? RemovalReasons.Header
            : g["promo"].Success ? RemovalReasons.Promotion
            : RemovalReasons.RelatedLink;
    }

    /// <summary>True when the element's class, id or itemprop names an article body.</summary>
    public static bool HasArticleBodyCue(IElement element)
    {
        var className = element.ClassName;
        var id = element.Id;
        if (!string.IsNullOrEmpty(className) && ArticleBodyCue().IsMatch(className.ToLowerInvariant()))
        {
            return true;
        }

        if (!string.IsNullOrEmpty(id) && ArticleBodyCue().IsMatch(id.ToLowerInvariant()))
        {
            return true;
        }

        return element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Readability's class weight: +25 for an article cue, −25 for a boilerplate cue, per attribute.</summary>
    public static int ClassWeight(IElement element)
    {
        var weight = 0;
        foreach (var value in (ReadOnlySpan<string?>)[element.ClassName, element.Id])
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var lower = value.ToLowerInvariant();
            if (PositiveWeightCue().IsMatch(lower))
            {
                weight += 25;
            }

            if (NegativeWeightCue().IsMatch(lower))
            {
                weight -= 25;
            }
        }

        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 50;
        }

        return weight;
    }

    private static string Cues(IElement element)
    {
        var className = element.ClassName;
        var id = element.Id;
        var role = element.GetAttribute("role");
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id) && string.IsNullOrEmpty(role))
        {
            return "";
        }

        var cues = $" {className} {id} {role} ".ToLowerInvariant();

        // "content-with-sidebar", "has-comments", "no-ads" describe a layout, not a sidebar or comment box.
        return cues.Contains("with-") || cues.Contains("has-") || cues.Contains("no-") ? LayoutModifier().Replace(cues, " ") : cues;
    }

    [GeneratedRegex(@"\S*(?:with|has|no|without)-\S*")]
    private static partial Regex LayoutModifier();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    /// <summary>Cues that name the article body itself; they override boilerplate cues on the same element.</summary>
    [GeneratedRegex(@"article[-_]?body|story[-_]?body|entry[-_]content|post[-_]?(?:body|content)|article[-_]?content|articletext|article[-_]text|main[-_]content|\bcontent[-_]body|rich[-_]?text")]
    private static partial Regex ArticleBodyCue();

    /// <summary>
    /// Boilerplate cues in class, id or role, grouped by the removal reason they imply. Non-backtracking: this
    /// runs on every element with a class, and the backtracking engine tried each branch at each position.
    /// </summary>
    [GeneratedRegex(
        @"(?<comments>comment|disqus|replies|respond\b|discussion)" +
        @"|(?<cookie>cookie|consent|gdpr|cmp[-_])" +
        @"|(?<newsletter>newsletter|subscri|sign[-_]?up|signup|paywall|regwall|inline[-_]?cta)" +
        @"|(?<readmore>read[-_]?more|also[-_]?read)" +
        @"|(?<share>\bshare|sharing|social|sharebar|\btools?\b|addthis|\bprint\b)" +
        @"|(?<caption>caption|credit|\bwp-caption)" +
        @"|(?<navigation>\bnav\b|navbar|navigation|breadcrumb|\bmenu|pagination|pager\b|masthead|skip-link|\bfooter\b|site[-_]header|\s(?:tags?|article-tags|post-tags|entry-tags)\s|tag[-_]?(?:list|cloud)|topics\b|\bbanner\b|contentinfo)" +
        @"|(?<byline>byline|author[-_]?(?:bio|info|box|card)|dateline|timestamp|article[-_]meta|post[-_]meta|entry[-_]meta)" +
        @"|(?<promo>promo|\bads?\b|[-_]ad\b|\bad[-_]|advert|sponsor|outbrain|taboola|dfp|\bmpu\b|commercial|affiliate|popup|modal\b|tooltip|popover|hover[-_]?card)" +
        @"|(?<related>related|recommend|more[-_]?(?:stories|articles|news|from)|teaser|trending|popular|most[-_]?read|sidebar|widget|\brail\b|carousel|\bcard\b|next[-_]article|further[-_]reading|see[-_]also)",
        RegexOptions.NonBacktracking)]
    private static partial Regex BoilerplateCue();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story")]
    private static partial Regex PositiveWeightCue();

    [GeneratedRegex(@"-ad-|hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget")]
    private static partial Regex NegativeWeightCue();
}
