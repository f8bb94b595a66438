using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;

namespace Corroborate.Tests.Ingest.Html;

public sealed class HtmlFormatTests
{
    private const string Paragraph = "<p>A paragraph long enough to be read as article text, with a comma or two, as news has.</p>";

    [Theory]
    [InlineData("<!DOCTYPE html><html><body></body></html>")]
    [InlineData("<!doctype HTML>\n<html>")]
    [InlineData("<!-- saved from url -->\n<!DOCTYPE html>")]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")]
    [InlineData("<head><meta charset=\"utf-8\">")]
    [InlineData("<meta charset=\"utf-8\"><title>x</title>")]
    [InlineData("  <div class=\"story\">text</div>")]
    [InlineData("<BODY>")]
    public void Recognizes_html_by_its_first_markup(string head) =>
        Assert.True(new HtmlFormat().Recognizes(Encoding.UTF8.GetBytes(head), "page"));

    [Fact]
    public void Recognizes_html_after_a_byte_order_mark_and_white_space()
    {
        byte[] head = [0xEF, 0xBB, 0xBF, .. " \r\n <html lang=\"en\">"u8];
        Assert.True(new HtmlFormat().Recognizes(head, "page"));
    }

    [Theory]
    [InlineData("Plain text about <html> tags.")]
    [InlineData("{\"text\": \"<html>\"}")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\">")]
    [InlineData("<pre>not a page")]
    [InlineData("<")]
    [InlineData("<!-- unterminated comment")]
    public void Does_not_recognize_other_content(string head) =>
        Assert.False(new HtmlFormat().Recognizes(Encoding.UTF8.GetBytes(head), "page.html"));

    [Fact]
    public void Is_asked_after_jsonl_and_before_plain_text()
    {
        var names = DocumentFormats.Default.Select(f => f.Name).ToList();
        Assert.True(names.IndexOf("jsonl") < names.IndexOf("html"));
        Assert.True(names.IndexOf("html") < names.IndexOf("text"));
    }

    [Fact]
    public void Input_reader_picks_html_for_a_page()
    {
        using var stream = File.OpenRead(HtmlFixtures.PathOf(HtmlFixtures.Noisy));
        Assert.Equal("html", new InputReader().Detect(stream, "page").Name);
    }

    [Fact]
    public void Decodes_a_declared_windows_1252_page()
    {
        var document = HtmlFixtures.Read("og-windows-1252.html");
        Assert.Contains("Café owners along the river", document.Text, StringComparison.Ordinal);
        Assert.Contains("naïve hope", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decodes_undeclared_legacy_bytes_as_windows_1252()
    {
        var bytes = Encoding.Latin1.GetBytes($"<html><body><p>Le caf\u00e9 est ouvert, et la terrasse aussi, depuis ce matin tr\u00e8s t\u00f4t.</p>{Paragraph}</body></html>");
        var document = new HtmlFormat().ReadDocument(bytes, "legacy.html", ReadLimits.Default, CancellationToken.None);
        Assert.Contains("Le café est ouvert", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefers_the_byte_order_mark_over_a_declared_charset()
    {
        var html = $"<html><head><meta charset=\"windows-1252\"></head><body><p>Z\u00fcrich \u2013 a city, a lake and a long paragraph of text.</p>{Paragraph}</body></html>";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();
        var document = new HtmlFormat().ReadDocument(bytes, "bom.html", ReadLimits.Default, CancellationToken.None);
        Assert.Contains("Zürich – a city", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x00, 0x00, 0xFF })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x3C, 0x70, 0x3E, 0xC3, 0x28, 0xA0, 0xA1 })]
    [InlineData(new byte[] { 0x3C, 0x70, 0x3E, 0xC3, 0xA9, 0x20, 0xC3, 0xA9, 0x20, 0xC3, 0xA9, 0x20, 0xC3, 0x28 })]
    public void Refuses_invalid_bytes_with_an_error_naming_the_input(byte[] bytes)
    {
        var error = Assert.Throws<InputException>(() => new HtmlFormat().ReadDocument(bytes, "broken.html", ReadLimits.Default, CancellationToken.None));
        Assert.Equal("broken.html", error.InputSource);
    }

    [Fact]
    public void Refuses_a_page_over_the_size_limit_without_reading_it_all()
    {
        // 50 MB of markup, streamed: the limit is checked against the stream, not after buffering it.
        var size = 50L * 1024 * 1024;
        using var stream = new RepeatingStream(Encoding.ASCII.GetBytes("<html><body>" + Paragraph), Encoding.ASCII.GetBytes(Paragraph), size);
        var error = Assert.Throws<InputException>(() => new HtmlFormat().Read(stream, "huge.html", ReadLimits.Default, CancellationToken.None).ToList());
        Assert.Equal("huge.html", error.InputSource);
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_page_over_the_size_limit_given_as_bytes()
    {
        var limits = ReadLimits.Default with { MaxDocumentBytes = 1000 };
        var bytes = Encoding.ASCII.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat(Paragraph, 20)) + "</body></html>");
        var error = Assert.Throws<InputException>(() => new HtmlFormat().ReadDocument(bytes, "big.html", limits, CancellationToken.None));
        Assert.Equal("big.html", error.InputSource);
    }

    [Fact]
    public void Refuses_100000_nested_divs_quickly_instead_of_overflowing_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var error = Assert.Throws<InputException>(() => HtmlFixtures.ReadMarkup(html, "deep.html"));
        Assert.Equal("deep.html", error.InputSource);
        Assert.Contains("nested deeper", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p")]
    [InlineData("li")]
    [InlineData("td")]
    [InlineData("a href=\"/x\"")]
    public void Reads_thousands_of_unclosed_implicitly_closed_elements(string tag)
    {
        var html = "<html><body><div class=\"article-body\">" + string.Concat(Enumerable.Repeat($"<{tag}>A line of text in a tag soup page, with a comma, ", 5000)) + "</div></body></html>";
        Assert.NotEmpty(HtmlFixtures.ReadMarkup(html, "soup.html").Text);
    }

    [Fact]
    public void Reads_nesting_just_under_the_limit()
    {
        var depth = ReadLimits.Default.MaxNestingDepth - 10;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + Paragraph + Paragraph + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        Assert.Contains("A paragraph long enough", HtmlFixtures.ReadMarkup(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_page_without_text()
    {
        var error = Assert.Throws<InputException>(() => HtmlFixtures.ReadMarkup("<html><body><script>var a = 1;</script><img src=\"x.png\"></body></html>", "empty.html"));
        Assert.Equal("empty.html", error.InputSource);
    }

    [Fact]
    public void Ignores_markup_inside_scripts_when_measuring_nesting()
    {
        var script = "<script>var s = '" + string.Concat(Enumerable.Repeat("<div>", 2000)) + "';</script>";
        Assert.NotEmpty(HtmlFixtures.ReadMarkup("<html><head>" + script + "</head><body>" + Paragraph + "</body></html>").Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Given_mangled_pages_returns_a_document_or_throws_the_input_error_and_nothing_else(int seed)
    {
        // Cut, splice and corrupt the fixture at random positions (fixed seeds keep failures reproducible).
        var random = new Random(seed);
        var original = File.ReadAllBytes(HtmlFixtures.PathOf(HtmlFixtures.Noisy));
        for (var i = 0; i < 150; i++)
        {
            var bytes = (byte[])original.Clone();
            for (var edits = random.Next(1, 20); edits > 0; edits--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var cut = bytes.AsSpan(random.Next(bytes.Length / 2), random.Next(1, bytes.Length / 2)).ToArray();
            foreach (var input in new[] { bytes, cut })
            {
                try
                {
                    var document = new HtmlFormat().ReadDocument(input, "mangled.html", ReadLimits.Default, CancellationToken.None);
                    Assert.False(string.IsNullOrWhiteSpace(document.Text) && document.EmbeddedPosts.IsEmpty);
                }
                catch (InputException e)
                {
                    Assert.Equal("mangled.html", e.InputSource);
                }
            }
        }
    }

    /// <summary>A non-seekable stream of <paramref name="length"/> bytes: a head, then a chunk repeated.</summary>
    private sealed class RepeatingStream(byte[] head, byte[] chunk, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++, _position++)
            {
                buffer[offset + i] = _position < head.Length ? head[_position] : chunk[(_position - head.Length) % chunk.Length];
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
