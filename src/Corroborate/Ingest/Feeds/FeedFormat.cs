using Corroborate.Model;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// RSS/Atom/RDF feeds: one document per entry, named <c>path#n</c> (1-based). Entry HTML becomes plain
/// text through <c>htmlToText</c> (html, item source → text), the seam where the HTML extractor plugs in;
/// by default <see cref="MarkupText.ToPlainText"/>. An entry with neither content nor summary is read as its
/// title (a headline-only entry still reports something); one with no text at all is named, as is a feed
/// that yields no entry.
/// </summary>
internal sealed class FeedFormat(Func<string, string, string>? htmlToText = null) : IDocumentFormat
{
    private readonly Func<string, string, string> _htmlToText = htmlToText ?? ((html, _) => MarkupText.ToPlainText(html));

    public string Name => "feed";

    public bool Recognizes(ReadOnlySpan<byte> head, string source)
    {
        var (encoding, skip) = FeedEncoding.Detect(head, null);
        var wide = encoding.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || encoding.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase);
        // Replacement-fallback decoding: the head may end inside a character.
        var decoding = wide && FeedEncoding.Resolve(encoding) is { } e ? System.Text.Encoding.GetEncoding(e.CodePage) : System.Text.Encoding.Latin1;
        var text = decoding.GetString(head[skip..]);
        var span = text.AsSpan();
        while (true)
        {
            span = span.TrimStart();
            if (span.StartsWith("<?") || span.StartsWith("<!--") || span.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                var comment = span.StartsWith("<!--");
                var end = comment ? span.IndexOf("-->") : DeclarationEnd(span);
                if (end < 0)
                {
                    return false;
                }

                span = span[(end + (comment ? 3 : 1))..];
                continue;
            }

            return span.StartsWith("<rss", StringComparison.Ordinal) || span.StartsWith("<feed", StringComparison.Ordinal)
                || span.StartsWith("<rdf:RDF", StringComparison.Ordinal) || span.StartsWith("<RDF", StringComparison.Ordinal);
        }
    }

    /// <summary>The '>' closing a declaration, past an internal DTD subset ("&lt;!DOCTYPE rss [ &lt;!ENTITY nbsp "&amp;#160;"&gt; ]&gt;").</summary>
    private static int DeclarationEnd(ReadOnlySpan<char> span)
    {
        var open = span.IndexOf('[');
        var close = span.IndexOf('>');
        if (!span.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || open < 0 || open > close)
        {
            return close;
        }

        var subsetEnd = span.IndexOf("]");
        return subsetEnd < 0 ? -1 : span[subsetEnd..].IndexOf('>') is var rest and >= 0 ? subsetEnd + rest : -1;
    }

    public IEnumerable<ReadItem> Read(Stream content, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        var bytes = StreamBytes.ReadAll(content, source, limits.MaxDocumentBytes);
        var feed = new FeedParser(limits).Parse(bytes, source);
        if (feed.Version.Length == 0 && feed.Entries.IsEmpty)
        {
            throw new InputException(source, "not a readable feed: " + (feed.BozoReason ?? "no entries"));
        }

        var read = 0;
        for (var i = 0; i < feed.Entries.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = feed.Entries[i];
            var itemSource = $"{source}#{i + 1}";
            var body = entry.Content.FirstOrDefault() ?? (entry.Summary is null ? null : new FeedContent(entry.Summary, "text/html"));
            var text = body is null ? null : body.Type == "text/plain" ? body.Value : _htmlToText(body.Value, itemSource);
            var title = entry.Title is null ? null : MarkupText.ToPlainText(entry.Title);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (string.IsNullOrWhiteSpace(title))
                {
                    yield return ReadItem.Skipped(new InputException(itemSource, "entry has no text: no content, summary or title"));
                    continue;
                }

                // The headline is all the entry says; kept as the text, not also as a title the cleaner would drop as a repeat.
                (text, title) = (title, null);
            }

            var published = entry.Published ?? entry.Updated;
            yield return new SourceDocument
            {
                Source = itemSource,
                Text = text,
                ExternalId = entry.Id,
                Url = entry.Link,
                Title = title,
                Outlet = feed.Title,
                Author = entry.Author,
                Published = published,
                PublishedFrom = published is null ? null : "feed",
                DeclaredLanguage = entry.Language ?? feed.Language,
            };
            read++;
        }

        if (feed.Entries.IsEmpty)
        {
            // A valid feed with nothing in it: named, so an input never vanishes without a word.
            yield return ReadItem.Skipped(new InputException(source, $"a {(feed.Version.Length > 0 ? feed.Version : "feed")} with no entries"));
        }

        if (feed.UnreadAfter is { } where)
        {
            // A truncated or damaged feed: the entries before the break are kept, and the loss is named.
            yield return ReadItem.Skipped(new InputException(source, $"not well-formed XML from {where}: the {feed.Entries.Length} entries before it were read, anything after it was not"));
        }
    }
}
