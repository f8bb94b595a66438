using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// Chooses a feed's character encoding the way RFC 3023 and feedparser do: a byte-order mark wins; then an
/// HTTP charset; text/* media types without a charset mean us-ascii; otherwise the XML declaration, then UTF-8.
/// </summary>
internal static partial class FeedEncoding
{
    static FeedEncoding() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The chosen encoding name (as declared) and how many BOM bytes to skip.</summary>
    public static (string Name, int Skip) Detect(ReadOnlySpan<byte> bytes, string? contentType)
    {
        // Byte arrays, not u8 literals: "\xEF"u8 is the UTF-8 encoding of U+00EF, not the byte 0xEF.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return ("utf-32be", 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return ("utf-32le", 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return ("utf-8", 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return ("utf-16be", 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return ("utf-16le", 2);

        // Without a BOM the first '<' tells the code unit width (XML 1.0 appendix F).
        var sniffed = bytes.StartsWith("\0\0\0<"u8) ? "utf-32be"
            : bytes.StartsWith("<\0\0\0"u8) ? "utf-32le"
            : bytes.StartsWith("\0<\0?"u8) ? "utf-16be"
            : bytes.StartsWith("<\0?\0"u8) ? "utf-16le"
            : null;

        var (mediaType, charset) = SplitContentType(contentType);
        if (charset is not null && Resolve(charset) is not null)
        {
            return (ReportedName(charset), 0);
        }

        if (mediaType is not null && mediaType.StartsWith("text/", StringComparison.Ordinal))
        {
            return ("us-ascii", 0);
        }

        var declared = DeclaredEncoding(bytes, sniffed);
        return (declared ?? sniffed ?? "utf-8", 0);
    }

    /// <summary>The name reported for an encoding: gb2312 is read as its superset gb18030 and named so.</summary>
    public static string ReportedName(string name) =>
        name.Equals("gb2312", StringComparison.OrdinalIgnoreCase) ? "gb18030" : name;


    /// <summary>The .NET encoding for <paramref name="name"/>, or null when unknown.</summary>
    public static Encoding? Resolve(string name)
    {
        try
        {
            return System.Text.Encoding.GetEncoding(name.Trim().ToLowerInvariant() switch
            {
                "utf-16le" => "utf-16",
                "utf-16be" => "unicodeFFFE",
                "utf-32le" => "utf-32",
                "utf-32be" => "utf-32BE",
                // gb2312 documents routinely use gb18030 characters; decode with the superset.
                "gb2312" => "gb18030",
                var other => other,
            }, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name is a declared-but-unusable encoding, reported by the caller
        }
    }

    private static (string? MediaType, string? Charset) SplitContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return (null, null);
        }

        var parts = contentType.Split(';');
        string? charset = null;
        foreach (var part in parts.Skip(1))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = kv[1].Trim().Trim('"', '\'');
            }
        }

        return (parts[0].Trim().ToLowerInvariant(), string.IsNullOrEmpty(charset) ? null : charset);
    }

    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes, string? sniffed)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        string text;
        try
        {
            text = sniffed is null ? System.Text.Encoding.Latin1.GetString(head) : (Resolve(sniffed)?.GetString(head[..(head.Length & ~3)]) ?? "");
        }
        catch (DecoderFallbackException)
        {
            // Damaged wide text in the head (found by fuzzing): no readable declaration, the sniffed width stands.
            return sniffed;
        }
        var m = DeclarationPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups[1].Value;
        // A UTF-16 declaration on single-byte content is a lie the sniffer already caught.
        return sniffed is null && name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) ? null : sniffed ?? ReportedName(name);
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")]
    private static partial Regex DeclarationPattern();
}
