using System.IO.Compression;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Archives;
using Corroborate.Ingest.Feeds;
using Corroborate.Ingest.Html;
using Corroborate.Model;

namespace Corroborate.Tests.Ingest;

/// <summary>Real inputs the readers used to misread or drop silently (issue 14), each read now or named.</summary>
public sealed class ReaderRegressionTests
{
    private const string Page = """
        <!DOCTYPE html><html><head><meta charset="utf-16"><title>Dam inspection finds cracks</title></head>
        <body><p>Inspectors found new cracks in the old river dam on Tuesday, and the regional authority said repairs would begin within a month.</p></body></html>
        """;

    private static List<ReadItem> Read(byte[] bytes, string source) => [.. new InputReader().Read(new MemoryStream(bytes), source)];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_html_was_read_as_plain_text_with_its_markup_regression_it_is_read_as_a_page(bool littleEndian)
    {
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Page)];

        var document = Assert.Single(Read(bytes, "utf16.html").Documents());

        Assert.Equal("Dam inspection finds cracks", document.Title);
        Assert.StartsWith("Inspectors found new cracks", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_json_lines_with_a_byte_order_mark_are_read_line_by_line()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{\"title\": \"One\", \"text\": \"First line.\"}\n{\"text\": \"Second line.\"}\n")];

        var documents = Read(bytes, "wide.jsonl").Documents().ToList();

        Assert.Equal(["First line.", "Second line."], documents.Select(d => d.Text));
    }

    [Fact]
    public void A_saved_page_compressed_with_gzip_is_read_through_its_bytes()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Page.Replace("utf-16", "utf-8", StringComparison.Ordinal)));
        }

        var document = Assert.Single(Read(compressed.ToArray(), "page.html.gz").Documents());

        Assert.Equal("page.html.gz", document.Source);
        Assert.Equal("Dam inspection finds cracks", document.Title);
    }

    [Fact]
    public void A_gzip_bomb_outside_an_archive_is_refused_at_the_decompression_limit()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(new byte[4 << 20]);
        }

        var reader = new InputReader(DocumentFormats.Default, new ReadLimits { MaxDecompressedBytes = 1 << 20 });
        var error = Assert.Throws<InputException>(() => reader.Read(new MemoryStream(compressed.ToArray()), "bomb.gz").ToList());

        Assert.Contains("1,048,576-byte limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE rss [ <!ENTITY nbsp \"&#160;\"> ]>")]
    [InlineData("<!DOCTYPE rss [ <!ENTITY nbsp> ]>")]
    [InlineData("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\" [ <!ENTITY copy \"(c)\"> ]>")]
    public void Feed_with_an_internal_dtd_subset_was_stored_as_one_junk_text_article_regression_its_entries_are_read(string doctype)
    {
        var feed = $"""
            <?xml version="1.0"?>
            {doctype}
            <rss version="2.0"><channel><title>Valley News</title>
            <item><title>Bridge opens</title><description>The new bridge opened on Monday after two years of work.</description></item>
            <item><title>Market day</title><description>The weekly market moved to the square.</description></item>
            </channel></rss>
            """;

        var documents = Read(Encoding.UTF8.GetBytes(feed), "valley.xml").Documents().ToList();

        Assert.Equal(["Bridge opens", "Market day"], documents.Select(d => d.Title));
    }

    [Fact]
    public void Truncated_feed_kept_its_first_entry_with_no_error_regression_the_break_is_named()
    {
        const string feed = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Valley News</title>
            <item><title>Bridge opens</title><description>The new bridge opened on Monday after two years of work.</description></item>
            <item><title>Market day</title><description>The weekly market moved to the sq
            """;

        var items = new FeedFormat().Read(new MemoryStream(Encoding.UTF8.GetBytes(feed)), "cut.xml", ReadLimits.Default, default).ToList();

        Assert.Contains(items.Documents(), d => d.Title == "Bridge opens");
        var problem = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.StartsWith("cut.xml", problem.Message, StringComparison.Ordinal);
        Assert.Contains("not well-formed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_is_one_linked_block_gave_no_article_text_regression_the_best_text_block_stands_in()
    {
        const string page = """<html><head><title>Links</title></head><body><a href="/x"><p>Harbour reopens after storm damage is repaired.</p><p>Ferries resume on Monday.</p></a></body></html>""";

        var document = HtmlFormatReading(page);

        Assert.Equal("Harbour reopens after storm damage is repaired.\n\nFerries resume on Monday.", document.Text);
    }

    [Fact]
    public void A_page_whose_one_paragraph_mentions_a_newsletter_became_empty_regression_the_paragraph_is_the_article()
    {
        const string page = """<html><head><title>Ferry</title></head><body><p>The ferry line told passengers who subscribe to its newsletter on Friday that sailings would stop for the winter.</p></body></html>""";

        var document = HtmlFormatReading(page);

        Assert.StartsWith("The ferry line told passengers", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_no_text_at_all_is_still_named()
    {
        var error = Assert.Throws<InputException>(() => HtmlFormatReading("<html><head><title>T</title></head><body><script>var x = 1;</script></body></html>"));

        Assert.Contains("no article text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_unreadable_page_in_an_archive_ended_the_archive_regression_it_is_named_and_the_next_records_are_read()
    {
        static byte[] Response(int n, string body)
        {
            var http = Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}");
            var header = $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{n}\r\nWARC-Date: 2024-01-0{n}T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n";
            return [.. Encoding.ASCII.GetBytes(header), .. http, .. "\r\n\r\n"u8];
        }

        byte[] archive = [.. Response(1, "<html><body><p>Story one is about the harbour reopening.</p></body></html>"),
            .. Response(2, "<html><body><script>1</script></body></html>"),
            .. Response(3, "<html><body><p>Story three is about the ferries.</p></body></html>")];

        var items = new WarcFormat(new HtmlFormat()).Read(new MemoryStream(archive), "crawl.warc", ReadLimits.Default, default).ToList();

        Assert.Equal(["crawl.warc#1", "crawl.warc#3"], items.Documents().Select(d => d.Source));
        Assert.StartsWith("crawl.warc#2", Assert.Single(items, i => i.Problem is not null).Problem!.Message, StringComparison.Ordinal);
    }

    private static SourceDocument HtmlFormatReading(string page) =>
        new HtmlFormat().ReadDocument(Encoding.UTF8.GetBytes(page), "page.html", ReadLimits.Default, CancellationToken.None);
}
