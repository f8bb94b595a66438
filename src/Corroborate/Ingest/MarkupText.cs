using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Ingest;

/// <summary>
/// The minimal HTML-to-text conversion used when no HTML extractor is plugged in: block-level tags become
/// paragraph breaks, script and style disappear with their content, entities are decoded. It extracts no
/// main text; readers take an HTML seam so the real extractor can replace it.
/// </summary>
internal static partial class MarkupText
{
    /// <summary>Plain text of <paramref name="html"/>, paragraphs separated by a blank line.</summary>
    public static string ToPlainText(string html)
    {
        var withoutCode = HiddenPattern().Replace(html, " ");
        var broken = BlockPattern().Replace(withoutCode, "\n\n");
        var text = WebUtility.HtmlDecode(TagPattern().Replace(broken, " "));
        var builder = new StringBuilder(text.Length);
        foreach (var paragraph in text.Split("\n\n"))
        {
            var line = SpacePattern().Replace(paragraph, " ").Trim();
            if (line.Length > 0)
            {
                builder.Append(builder.Length > 0 ? "\n\n" : "").Append(line);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<(script|style|noscript|template|head)\b.*?</\1\s*>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenPattern();

    [GeneratedRegex(@"<\s*/?\s*(p|div|br|h[1-6]|li|ul|ol|blockquote|pre|tr|table|section|article|header|footer|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockPattern();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
