using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// Parses RSS 0.9x/1.0/2.0, RDF and Atom 0.3/1.0 into a <see cref="Feed"/>. Well-formed input is read
/// strictly; anything else is re-read by a lenient pass (HTML entities mapped, stray ampersands escaped,
/// the tree kept up to the first remaining error) and marked <see cref="Feed.Bozo"/> with the reason.
/// Never throws for bad input (like feedparser): with no feed root at all it returns an empty bozo feed.
/// </summary>
internal sealed partial class FeedParser(ReadLimits limits)
{
    public FeedParser() : this(ReadLimits.Default)
    {
    }

    /// <summary>
    /// Parses <paramref name="bytes"/> named <paramref name="source"/>; <paramref name="headers"/> as an HTTP
    /// response would give them; relative links resolve against <paramref name="documentUri"/> (the URL fetched).
    /// </summary>
    public Feed Parse(ReadOnlySpan<byte> bytes, string source, FeedHttpHeaders? headers = null, Uri? documentUri = null)
    {
        headers ??= new FeedHttpHeaders();
        var (text, encodingName, encodingProblem) = Decode(bytes, headers.ContentType);
        text = InternalEntities.Expand(text);
        var (root, error, docType) = FeedTreeBuilder.Build(text, limits, tolerant: false);
        string? bozoReason = encodingProblem ?? NonXmlMediaType(headers.ContentType);
        string? unreadAfter = null;
        if (error is not null)
        {
            bozoReason ??= $"not well-formed XML at line {error.LineNumber}, column {error.LinePosition}: {error.Message}";
            (root, var remaining, docType) = FeedTreeBuilder.Build(Repair(text), limits, tolerant: true);
            unreadAfter = remaining is null ? null : $"line {remaining.LineNumber}, column {remaining.LinePosition} ({remaining.Message})";
        }

        if (root is null)
        {
            return new Feed { Encoding = encodingName, Bozo = true, BozoReason = bozoReason ?? "no feed element found", UnreadAfter = unreadAfter };
        }

        // A Content-Location with an unsafe scheme (javascript:) must not become the base of every link.
        var baseUri = headers.ContentLocation is { } location
            && FeedHtmlSanitizer.SafeUrl(location, null).Length > 0
            && (documentUri is null ? Uri.TryCreate(location, UriKind.Absolute, out var located) : Uri.TryCreate(documentUri, location, out located))
            ? located
            : documentUri;
        var feed = new FeedMapper(root, baseUri, headers.ContentLanguage).Map();
        var version = feed.Version;
        if (version == "rss091u" && docType is not null && docType.Contains("Netscape", StringComparison.OrdinalIgnoreCase))
        {
            version = "rss091n";
        }
        else if (version == "rss091u" && NetscapeDocType().IsMatch(text))
        {
            version = "rss091n";
        }

        if (version.Length == 0)
        {
            bozoReason ??= $"root element <{root.Name.LocalName}> is not a known feed type";
        }

        return feed with { Version = version, Encoding = encodingName, Bozo = bozoReason is not null, BozoReason = bozoReason, UnreadAfter = unreadAfter };
    }

    /// <summary>feedparser's rule: a feed served with a media type that is not XML is suspect even when it parses.</summary>
    private static string? NonXmlMediaType(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(mediaType) || mediaType.EndsWith("xml", StringComparison.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal)
            || mediaType.EndsWith("xml-external-parsed-entity", StringComparison.Ordinal) || mediaType == "application/xml-dtd"
            ? null
            : $"served as {mediaType}, which is not an XML media type";
    }

    private static (string Text, string Encoding, string? Problem) Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var (name, skip) = FeedEncoding.Detect(bytes, contentType);
        var body = bytes[skip..];
        if (FeedEncoding.Resolve(name) is { } encoding)
        {
            try
            {
                return (encoding.GetString(body), name, null);
            }
            catch (DecoderFallbackException e)
            {
                return Fallback(body, $"document declared as {name} but byte {e.Index + skip} is not valid in it");
            }
        }

        return Fallback(body, $"unknown character encoding {InputText.Quote(name)}");
    }

    /// <summary>UTF-8 when valid, otherwise Windows-1252 (which decodes any byte), as feedparser falls back.</summary>
    private static (string, string, string?) Fallback(ReadOnlySpan<byte> body, string problem) =>
        System.Text.Unicode.Utf8.IsValid(body)
            ? (Encoding.UTF8.GetString(body), "utf-8", problem)
            : (Encoding.GetEncoding(1252).GetString(body), "windows-1252", problem);

    /// <summary>
    /// Makes common feed breakage parseable: HTML named entities become character references (unknown ones
    /// are escaped, so undefined or DTD-declared entities can never expand), bare ampersands are escaped.
    /// </summary>
    private static string Repair(string text) =>
        EntityPattern().Replace(MisplacedDeclaration().Replace(text, ""), m =>
        {
            if (m.Groups["name"].Success)
            {
                var name = m.Groups["name"].Value;
                if (name is "amp" or "lt" or "gt" or "quot" or "apos")
                {
                    return m.Value;
                }

                var decoded = System.Net.WebUtility.HtmlDecode(m.Value);
                return decoded != m.Value ? $"&#{char.ConvertToUtf32(decoded, 0)};" : "&amp;" + m.Value[1..];
            }

            // "&#X41;" is common in hand-written feeds but XML allows only the lower-case x.
            return m.Groups["ref"].Success ? m.Value.Replace("&#X", "&#x", StringComparison.Ordinal) : "&amp;";
        });

    [GeneratedRegex(@"&(?:(?<name>[A-Za-z][A-Za-z0-9]*);|(?<ref>#[0-9]+;|#[xX][0-9A-Fa-f]+;))?")]
    private static partial Regex EntityPattern();

    /// <summary>An XML declaration anywhere but at the very start (after a comment, say) is fatal to XmlReader.</summary>
    [GeneratedRegex(@"(?<!^)<\?xml\s[^>]*\?>")]
    private static partial Regex MisplacedDeclaration();

    [GeneratedRegex(@"<!DOCTYPE[^>]*Netscape", RegexOptions.IgnoreCase)]
    private static partial Regex NetscapeDocType();
}
