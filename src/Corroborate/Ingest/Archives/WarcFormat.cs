using System.IO.Compression;
using System.Text;
using Corroborate.Model;

namespace Corroborate.Ingest.Archives;

/// <summary>
/// Web archives (WARC 1.x, ARC v1, plain or gzipped): one document per response or resource record whose
/// payload is HTML or plain text, named <c>path#recordNumber</c>, with the target URI as its URL and the
/// capture date as its publication date ("warc-date", the crawl time: a later stage may find a better date).
/// HTML payloads go through <paramref name="htmlFormat"/>, the seam where the HTML extractor plugs in;
/// without one, <see cref="MarkupText.ToPlainText"/> strips the tags.
/// </summary>
internal sealed class WarcFormat(IDocumentFormat? htmlFormat = null) : IDocumentFormat
{
    // Windows-1252 and the legacy charsets pages declare live in the code-pages provider (found by the fuzz test).
    static WarcFormat() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public string Name => "warc";

    public bool Recognizes(ReadOnlySpan<byte> head, string source)
    {
        if (head.StartsWith("WARC/1."u8) || head.StartsWith("WARC/0."u8) || head.StartsWith("filedesc://"u8))
        {
            return true;
        }

        return WarcReader.IsGzip(head) && FirstMemberStartsLikeArchive(head);
    }

    public IEnumerable<ReadItem> Read(Stream content, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        // Records read, and items given back (documents and named problems): an archive that gives none is named.
        var (records, yielded) = (0, 0);
        foreach (var record in new WarcReader(source, limits).Read(content, cancellationToken))
        {
            records++;
            var itemSource = $"{source}#{record.Number}";
            if (record.TooLarge)
            {
                yielded++;
                yield return ReadItem.Skipped(new InputException(itemSource,
                    $"record {record.Number} ({record.ContentLength:N0} bytes, {record.TargetUri ?? "no target URI"}) is larger than the {limits.MaxDocumentBytes:N0}-byte document limit; skipped, the records after it are read",
                    record.Offset));
                continue;
            }

            if (record.Type is not ("response" or "resource") || record.Payload is not { Length: > 0 } payload
                || record.HttpStatus is < 200 or >= 300)
            {
                continue;
            }

            var mediaType = (record.PayloadType ?? "").Split(';')[0].Trim().ToLowerInvariant();
            SourceDocument? document;
            InputException? problem = null;
            try
            {
                document = mediaType switch
                {
                    "text/html" or "application/xhtml+xml" => FromHtml(payload, record, itemSource, limits, cancellationToken),
                    "text/plain" => new SourceDocument { Source = itemSource, Text = Decode(payload, record.PayloadType) },
                    _ => null,
                };
            }
            catch (InputException e)
            {
                // One page the extractor cannot read is one record lost, not the rest of the archive.
                (document, problem) = (null, e);
            }

            if (problem is not null)
            {
                yielded++;
                yield return ReadItem.Skipped(problem);
                continue;
            }

            if (document is null || string.IsNullOrWhiteSpace(document.Text))
            {
                continue;
            }

            yielded++;
            yield return document with
            {
                Source = itemSource,
                Url = record.TargetUri,
                Published = record.Date,
                PublishedFrom = record.Date is null ? null : "warc-date",
            };
        }

        if (yielded == 0)
        {
            // Requests, metadata, images, redirects: nothing to read is said, not left silent.
            yield return ReadItem.Skipped(new InputException(source, $"no HTML or text response among its {records} records"));
        }
    }

    private SourceDocument? FromHtml(byte[] payload, WarcRecord record, string itemSource, ReadLimits limits, CancellationToken cancellationToken)
    {
        if (htmlFormat is null)
        {
            return new SourceDocument { Source = itemSource, Text = MarkupText.ToPlainText(Decode(payload, record.PayloadType)) };
        }

        using var stream = new MemoryStream(payload, writable: false);
        var item = htmlFormat.Read(stream, itemSource, limits, cancellationToken).FirstOrDefault();
        return item.Problem is { } problem ? throw problem : item.Document;
    }

    /// <summary>Decodes with the declared charset, else UTF-8 when valid, else Windows-1252 (never throws: payload bytes are data).</summary>
    private static string Decode(byte[] payload, string? contentType)
    {
        var charset = contentType?.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))?[8..].Trim('"', '\'');
        if (charset is not null && Feeds.FeedEncoding.Resolve(charset) is { } declared)
        {
            return Encoding.GetEncoding(declared.CodePage).GetString(payload);
        }

        return System.Text.Unicode.Utf8.IsValid(payload) ? Encoding.UTF8.GetString(payload) : Encoding.GetEncoding(1252).GetString(payload);
    }

    /// <summary>The head holds at most 4 KiB, often less than a whole member, so decode what is there and look at the start.</summary>
    private static bool FirstMemberStartsLikeArchive(ReadOnlySpan<byte> head)
    {
        using var input = new MemoryStream(head.ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        var start = new byte[16];
        var read = 0;
        try
        {
            read = gzip.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException)
        {
            return false; // not gzip after all (or damaged before any WARC header): another format may claim it
        }
        catch (EndOfStreamException)
        {
            return false;
        }

        var text = start.AsSpan(0, read);
        return text.StartsWith("WARC/"u8) || text.StartsWith("filedesc://"u8);
    }
}
