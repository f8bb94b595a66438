using System.Collections.Frozen;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// Whitelist sanitiser for HTML embedded in feeds. Keeps text and a known-safe set of elements and
/// attributes; drops script, style, applet, iframe, object, embed and form elements (the first six with
/// their content), event-handler attributes and unsafe URL schemes; resolves relative URLs against a base.
/// Output is normalised: lower-case names, double-quoted escaped attribute values, void elements as "&lt;br /&gt;".
/// </summary>
internal static partial class FeedHtmlSanitizer
{
    private static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big", "blockquote", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "datagrid", "datalist",
        "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "fieldset", "figcaption", "figure",
        "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd",
        "keygen", "label", "legend", "li", "m", "map", "menu", "meter", "multicol", "nav", "nextid", "ol", "optgroup",
        "option", "output", "p", "pre", "progress", "q", "s", "samp", "section", "select", "small", "sound", "source",
        "spacer", "span", "event-source", "strike", "strong", "sub", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead",
        "time", "tr", "tt", "u", "ul", "var", "video", "noscript",
    ]);

    /// <summary>
    /// Elements removed together with everything inside them: code, not text. Other unsafe elements (iframe,
    /// object, embed, form) lose only their tags, since what they hold is fallback text meant for readers.
    /// </summary>
    private static readonly FrozenSet<string> DroppedWithContent = FrozenSet.ToFrozenSet(["script", "style", "applet"]);

    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(
        ["area", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "source", "wbr", "param"]);

    private static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "abbr", "accept", "accept-charset", "accesskey", "action", "align", "alt", "autocomplete", "autofocus", "axis",
        "background", "balance", "bgcolor", "bgproperties", "border", "bordercolor", "bordercolordark", "bordercolorlight",
        "bottompadding", "cellpadding", "cellspacing", "ch", "challenge", "char", "charoff", "charset", "checked", "choff",
        "cite", "class", "clear", "color", "cols", "colspan", "compact", "contenteditable", "controls", "coords", "data",
        "datafld", "datapagesize", "datasrc", "datetime", "default", "delay", "dir", "disabled", "draggable", "dynsrc",
        "enctype", "end", "face", "for", "form", "frame", "galleryimg", "gutter", "headers", "height", "hidefocus",
        "hidden", "high", "href", "hreflang", "hspace", "icon", "id", "inputmode", "ismap", "keytype", "label",
        "leftspacing", "lang", "list", "longdesc", "loop", "loopcount", "loopend", "loopstart", "low", "lowsrc", "max",
        "maxlength", "media", "method", "min", "multiple", "name", "nohref", "noshade", "nowrap", "open", "optimum",
        "pattern", "ping", "point-size", "poster", "pqg", "preload", "prompt", "radiogroup", "readonly", "rel",
        "repeat-max", "repeat-min", "replace", "required", "rev", "rightspacing", "rows", "rowspan", "rules", "scope",
        "selected", "shape", "size", "span", "src", "start", "step", "style", "summary", "suppress", "tabindex", "target",
        "template", "title", "toppadding", "type", "unselectable", "urn", "usemap", "valign", "value", "variable",
        "volume", "vspace", "vrml", "width", "wrap", "xml:lang",
    ]);

    private static readonly FrozenSet<string> UrlAttributes = FrozenSet.ToFrozenSet(
        ["href", "src", "cite", "action", "longdesc", "usemap", "background", "poster", "dynsrc", "lowsrc", "codebase", "data"]);

    private static readonly FrozenSet<string> SafeSchemes = FrozenSet.ToFrozenSet(
        ["http", "https", "ftp", "mailto", "news", "nntp", "gopher", "irc", "feed", "tel", "magnet", "ed2k", "rtsp", "sftp", "ssh", "urn", "aim", "sip", "xmpp", "webcal", "file", "callto", "afs", "svn", "wais", "telnet", "git", "gtalk", "data", "itms", "sms", "apt"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Sanitises <paramref name="html"/>; relative URLs are resolved against <paramref name="baseUri"/> when given.</summary>
    public static string Sanitize(string html, Uri? baseUri = null)
    {
        html = Demoronize(html);
        var output = new StringBuilder(html.Length);
        var position = 0;
        string? dropping = null; // the element whose content is being skipped
        foreach (Match m in TagPattern().Matches(html))
        {
            if (dropping is null)
            {
                AppendText(output, html.AsSpan(position, m.Index - position));
            }

            position = m.Index + m.Length;
            if (!m.Groups["name"].Success)
            {
                continue; // comment, doctype or processing instruction: never kept
            }

            var name = m.Groups["name"].Value.ToLowerInvariant();
            var closing = m.Groups["close"].Success;
            if (dropping is not null)
            {
                if (closing && name == dropping)
                {
                    dropping = null;
                }

                continue;
            }

            if (DroppedWithContent.Contains(name))
            {
                if (!closing && !m.Value.EndsWith("/>", StringComparison.Ordinal))
                {
                    dropping = name;
                }

                continue;
            }

            if (!Elements.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                if (!Void.Contains(name))
                {
                    output.Append("</").Append(name).Append('>');
                }

                continue;
            }

            output.Append('<').Append(name);
            AppendAttributes(output, m.Groups["attrs"].Value, baseUri);
            output.Append(Void.Contains(name) ? " />" : ">");
        }

        if (dropping is null)
        {
            AppendText(output, html.AsSpan(position));
        }

        return output.ToString().Trim();
    }

    /// <summary>
    /// Windows-1252 punctuation mislabelled as Latin-1 or Unicode lands in U+0080–U+009F (C1 controls no
    /// one means), as characters or as references like "&amp;#146;"; map both to the characters meant.
    /// </summary>
    public static string Demoronize(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0080', '\u009F') && !text.Contains("&#1", StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0080' and <= '\u009F' && Cp1252(chars[i]) is { } mapped)
            {
                chars[i] = mapped;
            }
        }

        return C1Reference().Replace(new string(chars), m =>
            Cp1252((char)int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) is { } c ? $"&#x{(int)c:x4};" : m.Value);
    }

    /// <summary>Windows-1252 0x80–0x9F; NUL marks the five unassigned positions.</summary>
    private const string Windows1252High =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    private static char? Cp1252(char c) =>
        c is >= '\u0080' and <= '\u009F' && Windows1252High[c - 0x80] is var mapped && mapped != '\0' ? mapped : null;

    /// <summary>Text between tags; a '&lt;' that starts no tag is escaped so it cannot start one later.</summary>
    private static void AppendText(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c == '<')
            {
                output.Append("&lt;");
            }
            else
            {
                output.Append(c);
            }
        }
    }

    private static void AppendAttributes(StringBuilder output, string attributes, Uri? baseUri)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match a in AttributePattern().Matches(attributes))
        {
            var name = a.Groups["n"].Value.ToLowerInvariant();
            if (!Attributes.Contains(name) || !seen.Add(name))
            {
                continue; // event handlers (on*) and anything unknown are not on the list
            }

            var raw = a.Groups["v1"].Success ? a.Groups["v1"].Value : a.Groups["v2"].Success ? a.Groups["v2"].Value : a.Groups["v3"].Value;
            var value = WebUtility.HtmlDecode(raw);
            if (name == "style")
            {
                value = FeedCssSanitizer.Sanitize(value);
                if (value.Length == 0)
                {
                    continue;
                }
            }
            else if (UrlAttributes.Contains(name) && value.Trim().Length > 0)
            {
                value = SafeUrl(value.Trim(), baseUri);
            }

            output.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
        }
    }

    /// <summary>Resolves <paramref name="url"/> against the base; unsafe schemes (javascript:, vbscript:) become empty.</summary>
    public static string SafeUrl(string url, Uri? baseUri)
    {
        var compact = WhitespacePattern().Replace(url, "");
        var colon = compact.IndexOf(':');
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (slash < 0 || colon < slash) && !SafeSchemes.Contains(compact[..colon]))
        {
            return "";
        }

        if (baseUri is not null && colon < 0 || (baseUri is not null && slash >= 0 && colon > slash))
        {
            return Uri.TryCreate(baseUri, url, out var resolved) ? resolved.AbsoluteUri : url;
        }

        return url;
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    [GeneratedRegex(@"<!--(?:.*?-->|[^>]*(?:>|$))|<![^>]*>|<\?[^>]*>|<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9:_-]*)(?<attrs>(?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"(?<n>[^\s""'>/=]+)(?:\s*=\s*(?:""(?<v1>[^""]*)""|'(?<v2>[^']*)'|(?<v3>[^\s""'>]+)))?")]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"&#(12[89]|1[3-5][0-9]);")]
    private static partial Regex C1Reference();

    [GeneratedRegex(@"[\s\x00-\x1F]+")]
    private static partial Regex WhitespacePattern();
}
