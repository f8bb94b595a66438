using System.Text;

namespace Corroborate.Ingest.Html;

/// <summary>
/// A cheap pass before the DOM parse that empties the bodies of <c>&lt;script&gt;</c> (except JSON data, where
/// JSON-LD metadata lives) and <c>&lt;style&gt;</c>. They are about half the characters of a real news page and
/// nothing downstream reads them, yet the parser tokenizes them and keeps script text. The elements themselves
/// stay, so the tree the parser builds is the same except for their text.
/// </summary>
/// <remarks>
/// WHY a small tokenizer rather than a regex: "&lt;script" counts only where the HTML tokenizer would see a tag —
/// not in attribute values, comments, RCDATA (<c>title</c>, <c>textarea</c>), raw text (<c>xmp</c>, <c>iframe</c>,
/// <c>noembed</c>, <c>noframes</c>), after <c>plaintext</c>, or in SVG/MathML, whose <c>script</c>/<c>style</c>
/// hold markup. A script body holding "&lt;!--" can hide its end tag (the escaped states), so it is left whole.
/// </remarks>
internal static class ScriptStripper
{
    /// <summary>Returns <paramref name="html"/> with script (non-JSON) and style bodies removed; the same string when there is none.</summary>
    public static string Strip(string html)
    {
        StringBuilder? output = null;
        var copied = 0;
        var i = 0;

        // Inside svg or math (counting nested ones), nothing is stripped: their script and style hold markup that
        // may break out of foreign content. Any doubt there only leaves more of the page untouched.
        string? foreign = null;
        var foreignDepth = 0;

        // A select ignores a style start tag (its text stays markup) until the select closes; a frameset page ignores
        // script and style altogether.
        var inSelect = false;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                i = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0 ? CommentEnd(html, i + 4)
                    : foreign is not null && string.CompareOrdinal(html, i, "<![CDATA[", 0, 9) == 0 ? After(html, i + 9, "]]>")
                    : TagEnd(html, i + 2);
                continue;
            }

            if (next == '?')
            {
                i = TagEnd(html, i + 2);
                continue;
            }

            if (next == '/')
            {
                if (i + 2 < html.Length && char.IsAsciiLetter(html[i + 2]))
                {
                    var endName = NameEnd(html, i + 2);
                    var closed = html.AsSpan(i + 2, endName - i - 2);
                    if (foreign is not null && Is(closed, foreign) && --foreignDepth == 0)
                    {
                        foreign = null;
                    }

                    inSelect &= !Is(closed, "select");

                    i = AttributesEnd(html, endName);
                }
                else
                {
                    i = TagEnd(html, i + 2);
                }

                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i++;
                continue;
            }

            var nameEnd = NameEnd(html, i + 1);
            var name = html.AsSpan(i + 1, nameEnd - i - 1);
            var tagEnd = AttributesEnd(html, nameEnd);
            if (foreign is null && (Is(name, "svg") || Is(name, "math")))
            {
                foreign = Is(name, "svg") ? "svg" : "math";
                foreignDepth = 1;
                i = tagEnd;
            }
            else if (foreign is not null && Is(name, foreign))
            {
                foreignDepth++;
                i = tagEnd;
            }
            else if (Is(name, "select"))
            {
                inSelect = true;
                i = tagEnd;
            }
            else if (Is(name, "frameset"))
            {
                break;
            }
            else if (foreign is null && (Is(name, "script") || (Is(name, "style") && !inSelect)))
            {
                // An unclosed body, JSON data, or a script body with "<!--" (whose end tag may be hidden) is kept.
                var close = EndTag(html, tagEnd, name);
                var body = html.AsSpan(tagEnd, close - tagEnd);
                var keep = close == html.Length || (Is(name, "script")
                    && (html.AsSpan(i, tagEnd - i).Contains("json", StringComparison.OrdinalIgnoreCase) || body.Contains("<!--", StringComparison.Ordinal)));
                if (!keep && close > tagEnd)
                {
                    output ??= new StringBuilder(html.Length / 2);
                    output.Append(html, copied, tagEnd - copied);
                    copied = close;
                }

                i = close;
            }
            else if (Is(name, "title") || Is(name, "textarea") || Is(name, "xmp") || Is(name, "iframe") || Is(name, "noembed")
                     || Is(name, "noframes") || Is(name, "script") || Is(name, "style"))
            {
                // Their content is text (or, in foreign content, may be): a "<script" or "</svg" inside is neither.
                i = EndTag(html, tagEnd, name);
            }
            else if (Is(name, "plaintext"))
            {
                break;
            }
            else
            {
                i = tagEnd;
            }
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    private static int After(string html, int from, string end)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    private static bool Is(ReadOnlySpan<char> name, string tag) => name.Equals(tag, StringComparison.OrdinalIgnoreCase);

    /// <summary>A tag name ends at whitespace, '/' or '>' (the tokenizer's rule).</summary>
    private static int NameEnd(string html, int from)
    {
        var j = from;
        while (j < html.Length && html[j] is not ('>' or '/' or ' ' or '\t' or '\n' or '\f' or '\r'))
        {
            j++;
        }

        return j;
    }

    /// <summary>The index after the '>' that closes a tag, skipping quoted attribute values.</summary>
    private static int AttributesEnd(string html, int from)
    {
        var j = from;
        while (j < html.Length)
        {
            var c = html[j];
            if (c == '>')
            {
                return j + 1;
            }

            if (c == '=')
            {
                j++;
                while (j < html.Length && html[j] is ' ' or '\t' or '\n' or '\f' or '\r')
                {
                    j++;
                }

                if (j < html.Length && html[j] is '"' or '\'')
                {
                    var close = html.IndexOf(html[j], j + 1);
                    j = close < 0 ? html.Length : close + 1;
                }

                continue;
            }

            j++;
        }

        return html.Length;
    }

    /// <summary>The index after the first '>' (bogus comments, doctype, stray end tags).</summary>
    private static int TagEnd(string html, int from)
    {
        var end = html.IndexOf('>', from);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>The index after a comment opened just before <paramref name="from"/>: "&lt;!--&gt;" and "&lt;!---&gt;" are whole comments; "--&gt;" or "--!&gt;" ends one.</summary>
    private static int CommentEnd(string html, int from)
    {
        if (from < html.Length && html[from] == '>')
        {
            return from + 1;
        }

        if (from + 1 < html.Length && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2;
        }

        for (var j = html.IndexOf("--", from, StringComparison.Ordinal); j >= 0; j = html.IndexOf("--", j + 1, StringComparison.Ordinal))
        {
            if (j + 2 < html.Length && html[j + 2] == '>')
            {
                return j + 3;
            }

            if (j + 3 < html.Length && html[j + 2] == '!' && html[j + 3] == '>')
            {
                return j + 4;
            }
        }

        return html.Length;
    }

    /// <summary>Where the end tag of <paramref name="name"/> starts ("&lt;/name" then whitespace, '/' or '>'), or the end of the text.</summary>
    private static int EndTag(string html, int from, ReadOnlySpan<char> name)
    {
        var j = from;
        while ((j = html.IndexOf("</", j, StringComparison.Ordinal)) >= 0)
        {
            var after = j + 2 + name.Length;
            if (after <= html.Length && html.AsSpan(j + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || html[after] is '>' or '/' or ' ' or '\t' or '\n' or '\f' or '\r'))
            {
                return j;
            }

            j += 2;
        }

        return html.Length;
    }
}
