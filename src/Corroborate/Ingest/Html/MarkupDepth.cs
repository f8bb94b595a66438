namespace Corroborate.Ingest.Html;

/// <summary>
/// Estimates how deeply a page nests its elements without building a tree, so hostile markup is refused
/// before the parser spends quadratic time on it.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>
    /// Elements that never nest (void), that the parser closes implicitly (p, li, td…) or that cannot nest in
    /// themselves (a, form): tag soup leaves
    /// thousands of these unclosed without nesting anything, so they are not counted.
    /// </summary>
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "frame", "basefont", "bgsound", "image", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
        "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body",

        // The parser never nests these in themselves: a second <a> closes the first, so tag soup full of
        // unclosed links is flat.
        "a", "form", "button", "nobr", "select",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNestingLookup =
        NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the deepest container nesting seen, stopping early once it passes <paramref name="stopAbove"/>.</summary>
    public static int Measure(string html, int stopAbove)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // Script and style bodies are raw text: "<div" in a JavaScript string opens nothing.
                var end = html.IndexOf("</" + name.ToString(), nameEnd, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end + 2;
                continue;
            }

            i = nameEnd;
            if (name.IsEmpty || NotNestingLookup.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!SelfClosed(html, nameEnd) && ++depth > max)
            {
                max = depth;
                if (max > stopAbove)
                {
                    return max;
                }
            }
        }

        return max;
    }

    private static bool SelfClosed(string html, int from)
    {
        var end = html.IndexOf('>', from);
        return end > 0 && html[end - 1] == '/';
    }
}
