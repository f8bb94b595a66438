using System.IO.Compression;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Archives;

namespace Corroborate.Tests.Ingest.Archives;

/// <summary>WARC files written byte by byte in the test: valid, compressed three ways, truncated, and bombs.</summary>
public sealed class WarcReaderTests
{
    private static readonly ReadLimits SmallLimits = new() { MaxDecompressedBytes = 1 << 20, MaxDocumentBytes = 1 << 20 };

    internal static byte[] Record(string type, string uri, string contentType, byte[] block, string date = "2024-05-01T10:00:00Z") =>
    [
        .. Encoding.ASCII.GetBytes(
            $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n" +
            $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"),
        .. block,
        .. "\r\n\r\n"u8,
    ];

    internal static byte[] HttpResponse(string body, string extraHeaders = "") =>
        Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{extraHeaders}\r\n{body}");

    private static byte[] Response(int n) => Record("response", $"https://news.example/{n}", "application/http; msgtype=response",
        HttpResponse($"<html><body><h1>Story {n}</h1><p>Paragraph of story {n}.</p></body></html>"));

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static List<Corroborate.Model.SourceDocument> ReadAll(byte[] bytes, ReadLimits? limits = null) =>
        [.. new WarcFormat(new TagStrippingHtmlFormat()).Read(new MemoryStream(bytes), "test.warc", limits ?? SmallLimits, default).Documents()];

    [Fact]
    public void Reads_response_and_resource_records_and_skips_requests_and_metadata()
    {
        byte[] warc =
        [
            .. Record("warcinfo", "", "application/warc-fields", "software: test\r\n"u8.ToArray()),
            .. Response(1),
            .. Record("request", "https://news.example/1", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray()),
            .. Record("resource", "https://news.example/note.txt", "text/plain", "A plain note."u8.ToArray()),
        ];

        var documents = ReadAll(warc);

        Assert.Equal(["test.warc#2", "test.warc#4"], documents.Select(d => d.Source));
        Assert.Equal("Story 1\n\nParagraph of story 1.", documents[0].Text);
        Assert.Equal("https://news.example/1", documents[0].Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), documents[0].Published);
        Assert.Equal("warc-date", documents[0].PublishedFrom);
        Assert.Equal("A plain note.", documents[1].Text);
    }

    [Fact]
    public void Per_record_gzip_and_whole_file_gzip_read_the_same_as_plain()
    {
        byte[] plain = [.. Response(1), .. Response(2), .. Response(3)];
        byte[] perRecord = [.. Gzip(Response(1)), .. Gzip(Response(2)), .. Gzip(Response(3))];

        var expected = ReadAll(plain).Select(d => d.Text).ToList();

        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, ReadAll(perRecord).Select(d => d.Text));
        Assert.Equal(expected, ReadAll(Gzip(plain)).Select(d => d.Text));
        Assert.True(new WarcFormat().Recognizes(perRecord, "x"));
        Assert.False(new WarcFormat().Recognizes(Gzip("just text"u8.ToArray()), "x"));
    }

    [Fact]
    public void Chunked_and_gzip_encoded_http_bodies_are_decoded()
    {
        var html = "<html><body><p>Chunked story.</p></body></html>"u8.ToArray();
        var gzipped = Gzip(html);
        var chunked = $"{gzipped.Length:x}\r\n";
        byte[] body = [.. Encoding.ASCII.GetBytes(chunked), .. gzipped, .. "\r\n0\r\n\r\n"u8];
        byte[] http = [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"), .. body];

        var documents = ReadAll(Record("response", "https://news.example/c", "application/http; msgtype=response", http));

        Assert.Equal("Chunked story.", Assert.Single(documents).Text);
    }

    [Fact]
    public void Truncated_file_yields_the_records_before_and_names_the_record_and_byte_offset()
    {
        byte[] whole = [.. Response(1), .. Response(2)];
        var cut = whole[..(whole.Length - 40)];
        var documents = new List<string>();

        var error = Assert.Throws<InputException>(() =>
        {
            foreach (var d in new WarcFormat(new TagStrippingHtmlFormat()).Read(new MemoryStream(cut), "cut.warc", SmallLimits, default).Documents())
            {
                documents.Add(d.Source);
            }
        });

        Assert.Equal(["cut.warc#1"], documents);
        Assert.Equal(Response(1).Length, error.Position);
        Assert.Contains("cut.warc", error.Message, StringComparison.Ordinal);
        Assert.Contains("record 2 at byte", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_after_one_large_record_are_dropped_regression_the_large_record_is_skipped_and_named_and_the_rest_read()
    {
        var zeros = new byte[4 << 20]; // 4 MiB (compressing to a few KiB) where the document limit is 1 MiB: a 70 MB page at full scale
        byte[] archive = [.. Gzip(Response(1)), .. Gzip(Record("resource", "https://x/big.txt", "text/plain", zeros)), .. Gzip(Response(3))];

        var items = new WarcFormat(new TagStrippingHtmlFormat()).Read(new MemoryStream(archive), "big.warc.gz", SmallLimits, default).ToList();

        Assert.Equal(["big.warc.gz#1", "big.warc.gz#3"], items.Documents().Select(d => d.Source));
        var problem = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.StartsWith("big.warc.gz#2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("larger than the 1,048,576-byte document limit; skipped", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_declaring_more_than_the_skip_limit_is_refused_before_it_is_inflated()
    {
        var limits = SmallLimits with { MaxSkippedRecordBytes = 2 << 20 };
        var zeros = new byte[4 << 20];
        byte[] bomb = [.. Gzip(Response(1)), .. Gzip(Record("resource", "https://x/bomb.txt", "text/plain", zeros))];

        var error = Assert.Throws<InputException>(() => ReadAll(bomb, limits).Count);

        Assert.Contains("record 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("record limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_bomb_inside_an_http_body_is_refused()
    {
        var bomb = Gzip(new byte[4 << 20]);
        byte[] http = [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"), .. bomb];

        var error = Assert.Throws<InputException>(() => ReadAll(Record("response", "https://x/", "application/http; msgtype=response", http)).Count);

        Assert.Contains("record 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("decompression limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_member_of_endless_garbage_fails_on_the_header_line_limit()
    {
        var garbage = Gzip(Enumerable.Repeat((byte)'A', 8 << 20).ToArray());

        var error = Assert.Throws<InputException>(() => ReadAll([.. Gzip(Response(1)), .. garbage]).Count);

        Assert.Contains("record 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_gzip_data_names_the_record()
    {
        byte[] second = Gzip(Response(2));
        second[20] ^= 0xFF;
        second[21] ^= 0xFF;

        var error = Assert.Throws<InputException>(() => ReadAll([.. Gzip(Response(1)), .. second]).Count);

        Assert.Contains("record 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_content_length_is_an_error_naming_the_record()
    {
        var bad = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: resource\r\n\r\nhello\r\n\r\n");

        var error = Assert.Throws<InputException>(() => ReadAll([.. Response(1), .. bad]).Count);

        Assert.Contains("record 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Content-Length", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arc_records_are_read_with_their_url_and_archive_date()
    {
        var http = HttpResponse("<html><p>Old capture.</p></html>");
        var filedesc = "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n";
        var arc = Encoding.ASCII.GetBytes($"filedesc://t.arc 0.0.0.0 20140216050221 text/plain {filedesc.Length}\n{filedesc}\n"
            + $"http://example.com/a b 1.2.3.4 20140216050222 text/html {http.Length}\n").Concat(http).Concat("\n"u8.ToArray()).ToArray();

        var document = Assert.Single(ReadAll(arc));

        Assert.Equal("http://example.com/a b", document.Url);
        Assert.Equal(new DateTimeOffset(2014, 2, 16, 5, 2, 22, TimeSpan.Zero), document.Published);
        Assert.Equal("Old capture.", document.Text);
    }

    [Fact]
    public void Input_reader_picks_the_warc_format_for_plain_and_gzipped_archives()
    {
        var reader = new InputReader();

        Assert.Equal("warc", reader.Detect(new MemoryStream(Response(1)), "a.warc").Name);
        Assert.Equal("warc", reader.Detect(new MemoryStream(Gzip(Response(1))), "a.warc.gz").Name);
    }
}
