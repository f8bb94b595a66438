using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// Maps an element tree to the feed model. Element names are matched by local name within the namespaces
/// feeds use (none, RSS 1.0/0.9, Atom 0.3/1.0, Dublin Core, content:), so one code path serves every dialect.
/// The first occurrence of an element wins.
/// </summary>
internal sealed class FeedMapper(XElement root, Uri? documentUri, string? defaultLanguage)
{
    private const string Atom10 = "http://www.w3.org/2005/Atom";
    private const string Atom03 = "http://purl.org/atom/ns#";
    private const string Rss10 = "http://purl.org/rss/1.0/";
    private const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XName XmlBase = XNamespace.Xml + "base";
    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    /// <summary>Namespaces whose elements are the feed's own (not extensions), plus the root's own namespace.</summary>
    private readonly string[] _core = ["", Atom10, Atom03, Rss10, Rss090, "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss", root.Name.NamespaceName];

    public Feed Map()
    {
        var kind = root.Name.LocalName.ToLowerInvariant();
        var channel = kind switch
        {
            "rss" or "rdf" => Child(root, "channel") ?? root,
            _ => root,
        };
        var isAtom = root.Name.NamespaceName is Atom10 or Atom03 || kind == "feed";
        var items = isAtom
            ? Children(root, "entry")
            : Children(channel, "item").Concat(ReferenceEquals(channel, root) ? [] : Children(root, "item"));

        return new Feed
        {
            Title = TextOf(Child(channel, "title")) ?? TextOf(Child(channel, "title", DublinCore)),
            Link = (isAtom ? AtomLink(channel) : UrlOf(Child(channel, "link"))) ?? Resolve(Attribute(channel, "href"), channel),
            Language = Language(Text(Child(channel, "language")) ?? Text(Child(channel, "language", DublinCore)) ?? LanguageOf(channel)),
            Updated = Date(channel, ("updated", null), ("modified", null), ("lastBuildDate", null), ("date", DublinCore), ("modified", DcTerms))
                ?? FeedDateParser.Parse(Attribute(channel, "lastmod")), // CDF keeps it in an attribute
            Published = Date(channel, ("published", null), ("issued", null), ("pubDate", null), ("issued", DcTerms)),
            Author = AuthorOf(channel, "managingEditor"),
            Version = VersionOf(kind),
            Entries = [.. items.Select(item => MapEntry(item, isAtom))],
        };
    }

    private FeedEntry MapEntry(XElement item, bool isAtom)
    {
        var guid = Child(item, "guid");
        var id = Text(Child(item, "id")) ?? Text(guid) ?? item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value;
        var links = isAtom
            ? Children(item, "link").Where(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate").Select(l => Resolve(l.Attribute("href")?.Value ?? l.Value, l)).OfType<string>().ToImmutableArray()
            : Children(item, "link").Select(UrlOf).OfType<string>().ToImmutableArray();
        var link = links.FirstOrDefault();
        if (link is null && guid is not null && guid.Attribute("isPermaLink")?.Value.Trim().ToLowerInvariant() != "false" && Text(guid) is { } permalink)
        {
            link = Resolve(permalink, guid); // RSS 2.0: a guid is the permalink unless it says otherwise
        }

        // Atom names it summary; RSS description (summary there is a stray, read only as a fallback).
        var summaryElement = (isAtom ? Child(item, "summary") ?? Child(item, "description") : Child(item, "description") ?? Child(item, "summary"))
            ?? Child(item, "description", DublinCore) ?? AnyNamespace(item, "abstract").FirstOrDefault()
            ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == "summary" && e.Name.NamespaceName.Contains("itunes", StringComparison.OrdinalIgnoreCase));
        var content = Children(item, "content").Concat(Children(item, "encoded", ContentModule)).Concat(AnyNamespace(item, "body"))
            .Concat(AnyNamespace(item, "fullitem"))
            .Select(ContentOf).OfType<FeedContent>().ToImmutableArray();
        // feedparser copies HTML or plain-text content into a missing summary (not XHTML), so consumers of
        // "summary" see the body; we keep that contract.
        var summary = (summaryElement is null ? null : ContentOf(summaryElement)?.Value)
            ?? content.FirstOrDefault()?.Value;

        return new FeedEntry
        {
            Id = id,
            Title = TextOf(Child(item, "title")) ?? TextOf(Child(item, "title", DublinCore)),
            Link = link ?? Resolve(Attribute(item, "href"), item),
            Links = links,
            Published = Date(item, ("published", null), ("issued", null), ("pubDate", null), ("issued", DcTerms), ("created", null)),
            Updated = Date(item, ("updated", null), ("modified", null), ("date", DublinCore), ("modified", DcTerms))
                ?? FeedDateParser.Parse(Attribute(item, "lastmod")),
            Author = AuthorOf(item, null),
            Summary = summary,
            Content = content,
            Enclosures = [.. Children(item, "enclosure").Select(Enclosure).OfType<FeedEnclosure>()],
            Language = Language(LanguageOf(item)),
        };
    }

    private string VersionOf(string kind)
    {
        var ns = root.Name.NamespaceName;
        if (ns == Atom10) return "atom10";
        if (ns == Atom03 || kind == "feed") return root.Attribute("version")?.Value.Trim() switch
        {
            "0.1" => "atom01",
            "0.2" => "atom02",
            _ => "atom03",
        };
        if (kind == "rdf") return root.Attributes().Any(a => a.IsNamespaceDeclaration && a.Value == Rss090) || root.Elements().Any(e => e.Name.NamespaceName == Rss090) ? "rss090" : "rss10";
        if (kind != "rss") return kind == "channel" ? "rss" : "";
        return root.Attribute("version")?.Value.Trim() switch
        {
            "0.91" => "rss091u",
            "0.92" => "rss092",
            "0.93" => "rss093",
            "0.94" => "rss094",
            { } v when v.StartsWith('2') => "rss20", // 2.0, 2.01, 2.1: all read as 2.0
            _ => "rss",
        };
    }

    private FeedContent? ContentOf(XElement element)
    {
        var type = (element.Attribute("type")?.Value ?? "").Trim().ToLowerInvariant();
        var mode = (element.Attribute("mode")?.Value ?? "").Trim().ToLowerInvariant();
        var isRssHtml = element.Name.NamespaceName is "" or Rss10 or Rss090 or ContentModule || element.Name.LocalName == "description";
        if (element.Name.NamespaceName == Xhtml || type is "xhtml" or "application/xhtml+xml" || mode == "xml")
        {
            var div = element.Name.NamespaceName == Xhtml ? element : element.Elements().FirstOrDefault(e => e.Name.LocalName == "div" && e.Name.NamespaceName == Xhtml && type == "xhtml") ?? element;
            var inner = string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            inner = inner.Replace(" xmlns=\"" + Xhtml + "\"", "", StringComparison.Ordinal);
            return new FeedContent(FeedHtmlSanitizer.Sanitize(inner, BaseOf(element)), "application/xhtml+xml");
        }

        if (element.HasElements && type is "" or "text" && mode.Length == 0)
        {
            // Markup written straight into a text construct: keep it as markup, as feedparser does.
            var inner = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return new FeedContent(FeedHtmlSanitizer.Sanitize(inner.Replace(" xmlns=\"" + element.Name.NamespaceName + "\"", "", StringComparison.Ordinal), BaseOf(element)), "text/html");
        }

        var value = element.Value;
        var binary = element.Name.NamespaceName == Atom10 && type.Contains('/') && !type.StartsWith("text/", StringComparison.Ordinal)
            && !type.EndsWith("xml", StringComparison.Ordinal);
        if (mode == "base64" || binary)
        {
            try
            {
                value = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
            }
            catch (FormatException)
            {
                value = element.Value; // not base64 after all: keep the text as written, as feedparser does
            }
        }

        var isHtml = type is "html" or "text/html" || mode == "escaped" || (type.Length == 0 && isRssHtml && element.Name.LocalName != "title");
        return isHtml
            ? new FeedContent(FeedHtmlSanitizer.Sanitize(value, BaseOf(element)), "text/html")
            : new FeedContent(FeedHtmlSanitizer.Demoronize(value.Trim()), type is "" or "text" ? "text/plain" : type);
    }

    /// <summary>A title or other text construct: HTML-typed values are sanitised, plain text is kept as text.</summary>
    private string? TextOf(XElement? element) => element is null ? null : ContentOf(element)?.Value;

    private string? AtomLink(XElement element)
    {
        var link = Children(element, "link").FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate");
        return link is null ? null : Resolve(link.Attribute("href")?.Value, link);
    }

    private string? UrlOf(XElement? element) =>
        element is null ? null : Resolve(element.Attribute("href")?.Value ?? element.Value, element);

    private string? AuthorOf(XElement parent, string? rssField)
    {
        if (Child(parent, "author") is { } author)
        {
            // feedparser's "author" is "name (email)" when both are given.
            var name = Text(Child(author, "name"));
            var email = Text(Child(author, "email"));
            return author.HasElements ? name is not null && email is not null ? $"{name} ({email})" : name ?? email : Text(author);
        }

        return Text(Child(parent, "creator", DublinCore)) ?? Text(Child(parent, "author", DublinCore)) ?? (rssField is null ? null : Text(Child(parent, rssField)))
            ?? Text(parent.Elements().FirstOrDefault(e => e.Name.LocalName == "author" && e.Name.NamespaceName.Contains("itunes", StringComparison.OrdinalIgnoreCase)));
    }

    private FeedEnclosure? Enclosure(XElement element)
    {
        var url = Resolve(element.Attribute("url")?.Value, element);
        return url is null ? null : new FeedEnclosure(url, element.Attribute("type")?.Value,
            long.TryParse(element.Attribute("length")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null);
    }

    private DateTimeOffset? Date(XElement parent, params (string Name, string? Namespace)[] names)
    {
        foreach (var (name, ns) in names)
        {
            if (FeedDateParser.Parse(Text(Child(parent, name, ns))) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private string? Resolve(string? url, XElement context)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        return BaseOf(context) is { } baseUri && Uri.TryCreate(baseUri, url, out var resolved) ? resolved.OriginalString : url;
    }

    /// <summary>The base URI in scope: xml:base attributes resolved outward-in, starting from the document URI.</summary>
    private Uri? BaseOf(XElement? element)
    {
        if (element is null)
        {
            return documentUri;
        }

        var parent = BaseOf(element.Parent);
        if (element.Attribute(XmlBase)?.Value is not { } declared)
        {
            return parent;
        }

        return parent is not null && Uri.TryCreate(parent, declared.Trim(), out var resolved) ? resolved
            : Uri.TryCreate(declared.Trim(), UriKind.Absolute, out var absolute) ? absolute : parent;
    }

    private static IEnumerable<XElement> AnyNamespace(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>"en_US" is a common slip for the BCP 47 "en-US".</summary>
    private static string? Language(string? tag) => tag?.Trim().Replace('_', '-');

    private string? LanguageOf(XElement element) =>
        element.AncestorsAndSelf().Select(e => e.Attribute(XmlLang)?.Value).FirstOrDefault(v => v is not null) ?? defaultLanguage;

    private static string? Text(XElement? element) =>
        element is null ? null : element.Value.Trim() is { Length: > 0 } value ? value : null;

    private XElement? Child(XElement parent, string localName, string? ns = null) => Children(parent, localName, ns).FirstOrDefault();

    private IEnumerable<XElement> Children(XElement parent, string localName, string? ns = null) =>
        parent.Elements().Where(e => string.Equals(e.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase)
            && (ns is null ? Array.IndexOf(_core, e.Name.NamespaceName) >= 0 : e.Name.NamespaceName == ns));
}
