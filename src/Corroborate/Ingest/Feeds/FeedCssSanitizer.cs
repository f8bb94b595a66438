using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// Keeps the harmless part of an inline style: known presentational properties with plain values. Any
/// style with url(), expression() or other constructs outside a conservative character set is dropped whole,
/// because CSS parsers disagree about escapes and comments and that disagreement is how filters are bypassed.
/// </summary>
internal static partial class FeedCssSanitizer
{
    private static readonly FrozenSet<string> Properties = FrozenSet.ToFrozenSet(
    [
        "azimuth", "background-color", "border-bottom-color", "border-collapse", "border-color", "border-left-color",
        "border-right-color", "border-top-color", "clear", "color", "cursor", "direction", "display", "elevation", "float",
        "font", "font-family", "font-size", "font-style", "font-variant", "font-weight", "height", "letter-spacing",
        "line-height", "overflow", "pause", "pause-after", "pause-before", "pitch", "pitch-range", "richness", "speak",
        "speak-header", "speak-numeral", "speak-punctuation", "speech-rate", "stress", "text-align", "text-decoration",
        "text-indent", "unicode-bidi", "vertical-align", "voice-family", "volume", "white-space", "width",
    ]);

    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "auto", "aqua", "black", "block", "blue", "bold", "both", "bottom", "brown", "center", "collapse", "dashed",
        "dotted", "fuchsia", "gray", "green", "!important", "italic", "left", "lime", "maroon", "medium", "none", "navy",
        "normal", "nowrap", "olive", "pointer", "purple", "red", "right", "solid", "silver", "teal", "top", "transparent",
        "underline", "white", "yellow",
    ]);

    public static string Sanitize(string style)
    {
        style = UrlPattern().Replace(style, " "); // url() loads a resource; never kept, the rest may be
        if (!SafeCharacters().IsMatch(style) || !Declarations().IsMatch(style))
        {
            return "";
        }

        var output = new StringBuilder();
        foreach (Match m in Declaration().Matches(style))
        {
            var written = m.Groups[1].Value;
            var property = written.ToLowerInvariant();
            var value = m.Groups[2].Value; // kept as written, trailing space included, as feedparser emits it
            if (value.Trim().Length == 0)
            {
                continue;
            }

            var shorthand = property.Split('-')[0];
            var keep = Properties.Contains(property)
                || (shorthand is "background" or "border" or "margin" or "padding"
                    && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(v => Keywords.Contains(v.ToLowerInvariant()) || Measure().IsMatch(v)));
            if (keep)
            {
                output.Append(written).Append(": ").Append(value).Append("; ");
            }
        }

        return output.ToString().TrimEnd();
    }

    [GeneratedRegex(@"url\s*\(\s*[^\s)]+?\s*\)\s*")]
    private static partial Regex UrlPattern();

    [GeneratedRegex("""^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$""")]
    private static partial Regex SafeCharacters();

    [GeneratedRegex(@"^\s*([-\w]+\s*:[^:;]*(;\s*|$))*$")]
    private static partial Regex Declarations();

    [GeneratedRegex(@"([-\w]+)\s*:\s*([^:;]*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^(#[0-9a-fA-F]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d{0,2}\.?\d{0,2}(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$")]
    private static partial Regex Measure();
}
