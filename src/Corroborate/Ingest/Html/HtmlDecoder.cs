using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Decodes an HTML page: a byte-order mark wins, then a charset declared in the first bytes
/// (<c>&lt;meta charset&gt;</c> or <c>http-equiv="Content-Type"</c>), else UTF-8 with the Windows-1252
/// fallback of <see cref="TextDecoder"/>.
/// </summary>
internal static partial class HtmlDecoder
{
    /// <summary>The HTML standard's prescan looks at the first 1024 bytes; real pages put a long head first, so look further.</summary>
    private const int PrescanBytes = 4096;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (HasBom(bytes))
        {
            return TextDecoder.Decode(bytes, source);
        }

        var declared = DeclaredEncoding(bytes[..Math.Min(bytes.Length, PrescanBytes)]);

        // Valid UTF-8 is read as UTF-8 whatever the label: servers often mislabel UTF-8 pages as
        // ISO-8859-1, while real legacy text with accented letters is almost never valid UTF-8.
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage || System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return TextDecoder.Decode(bytes, source);
        }

        return Legacy(bytes, declared, source);
    }

    private static string Legacy(ReadOnlySpan<byte> bytes, Encoding encoding, string source)
    {
        if (bytes.IndexOf((byte)0) is var nul and >= 0 && encoding.IsSingleByte)
        {
            throw new InputException(source, "not text: binary content (NUL byte)", nul);
        }

        return encoding.GetString(bytes);
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
        || (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)));

    /// <summary>The charset named in the head, or null when none is declared or the name is unknown.</summary>
    internal static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        // Latin-1 maps each byte to one char, so offsets survive and ASCII markup reads the same in any
        // ASCII-compatible charset.
        var text = Encoding.Latin1.GetString(head);
        var match = CharsetDeclaration().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();

        // The HTML standard maps these labels to windows-1252, which is what such pages really contain.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) || name.Equals("ascii", StringComparison.OrdinalIgnoreCase))
        {
            name = "windows-1252";
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);

            // A page cannot truthfully declare UTF-16 in ASCII bytes; the standard reads it as UTF-8.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // An unknown label (or UTF-7, which .NET refuses and HTML forbids) is the page's error, not ours:
            // decode as if nothing were declared.
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*(?<name>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
