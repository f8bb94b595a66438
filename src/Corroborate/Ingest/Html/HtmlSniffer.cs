namespace Corroborate.Ingest.Html;

/// <summary>Recognises HTML by its first markup, after a BOM, white space and comments.</summary>
internal static class HtmlSniffer
{
    /// <summary>Tags that open real pages and fragments; matched case-insensitively after '&lt;'.</summary>
    private static readonly string[] OpeningTags =
        ["!doctype html", "html", "head", "body", "meta", "div", "title", "link", "script", "style", "article", "section", "p", "h1", "main", "header", "table", "base", "noscript"];

    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        while (true)
        {
            head = head.TrimStart(" \t\r\n\f"u8);
            if (head.StartsWith("<!--"u8))
            {
                var end = head.IndexOf("-->"u8);
                if (end < 0)
                {
                    return false;
                }

                head = head[(end + 3)..];
                continue;
            }

            if (head.StartsWith("<?xml"u8))
            {
                // XHTML pages open with an XML declaration; feeds do too, so look at what follows it.
                var end = head.IndexOf("?>"u8);
                if (end < 0)
                {
                    return false;
                }

                head = head[(end + 2)..];
                continue;
            }

            break;
        }

        if (head.Length < 2 || head[0] != '<')
        {
            return false;
        }

        foreach (var tag in OpeningTags)
        {
            if (MatchesTag(head[1..], tag))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesTag(ReadOnlySpan<byte> rest, string tag)
    {
        if (rest.Length <= tag.Length)
        {
            return false;
        }

        for (var i = 0; i < tag.Length; i++)
        {
            if (char.ToLowerInvariant((char)rest[i]) != tag[i])
            {
                return false;
            }
        }

        // The name must end here: "<pre" is not "<p", "<html" is not "<h".
        var next = rest[tag.Length];
        return next is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/';
    }
}
