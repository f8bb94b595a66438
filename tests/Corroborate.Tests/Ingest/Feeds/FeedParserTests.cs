using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Feeds;

namespace Corroborate.Tests.Ingest.Feeds;

public sealed class FeedParserTests
{
    private static Feed Parse(string xml, FeedHttpHeaders? headers = null, string? uri = null) =>
        new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), "test.xml", headers, uri is null ? null : new Uri(uri));

    [Fact]
    public void Reads_an_rss20_channel_and_its_items()
    {
        var feed = Parse("""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
              <title>Daily News</title><link>https://news.example/</link><language>en-gb</language>
              <item><title>Storm hits coast</title><link>https://news.example/storm</link>
                <guid isPermaLink="false">abc-1</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
                <dc:creator>Jane Roe</dc:creator><description>&lt;p&gt;Winds of 100 km/h.&lt;/p&gt;</description></item>
            </channel></rss>
            """);

        Assert.Equal(("rss20", false, "Daily News", "en-gb"), (feed.Version, feed.Bozo, feed.Title, feed.Language));
        var entry = Assert.Single(feed.Entries);
        Assert.Equal(("abc-1", "https://news.example/storm", "Jane Roe"), (entry.Id, entry.Link, entry.Author));
        Assert.Equal(new DateTimeOffset(2003, 6, 10, 4, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal("<p>Winds of 100 km/h.</p>", entry.Summary);
    }

    [Fact]
    public void Reads_atom10_content_and_resolves_links_against_nested_xml_base()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/world/">
              <title type="html">World &lt;b&gt;news&lt;/b&gt;</title>
              <entry xml:base="2024/"><id>urn:1</id><title>Vote</title><link href="vote.html"/>
                <updated>2024-05-01T10:00:00+02:00</updated>
                <author><name>A. Writer</name></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>See <a href="map.png">map</a>.</p></div></content>
              </entry>
            </feed>
            """);

        Assert.Equal(("atom10", "World <b>news</b>"), (feed.Version, feed.Title));
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("https://news.example/world/2024/vote.html", entry.Link);
        Assert.Equal("A. Writer", entry.Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero), entry.Updated);
        Assert.Equal("""<p>See <a href="https://news.example/world/2024/map.png">map</a>.</p>""", entry.Content[0].Value);
    }

    [Fact]
    public void Billion_laughs_does_not_expand_and_the_feed_is_marked_bozo()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
            <rss version="2.0"><channel><title>&f;</title><item><title>kept</title></item></channel></rss>
            """;

        var feed = Parse(xml);

        Assert.True(feed.Bozo);
        Assert.Equal("&f;", feed.Title);
        Assert.Equal("kept", Assert.Single(feed.Entries).Title);
    }

    [Fact]
    public void Malformed_feed_is_read_as_far_as_possible_with_a_bozo_reason()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>Tom & Jerry&nbsp;news</title><item><title>One</title></item><item><title>Two</title>");

        Assert.True(feed.Bozo);
        Assert.Contains("line", feed.BozoReason, StringComparison.Ordinal);
        Assert.Equal("Tom & Jerry\u00a0news", feed.Title);
        Assert.Equal(["One", "Two"], feed.Entries.Select(e => e.Title));
    }

    [Fact]
    public void Http_charset_overrides_the_xml_declaration()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>caf\u00e9</title></channel></rss>");

        var feed = new FeedParser().Parse(bytes, "t.xml", new FeedHttpHeaders("application/rss+xml; charset=iso-8859-1"));

        Assert.Equal(("iso-8859-1", "caf\u00e9", false), (feed.Encoding, feed.Title, feed.Bozo));
    }

    [Fact]
    public void Text_without_a_feed_root_is_an_empty_bozo_feed_and_the_format_rejects_it_naming_the_file()
    {
        var feed = Parse("not xml at all");
        var error = Assert.Throws<InputException>(() =>
            new FeedFormat().Read(new MemoryStream("not xml at all"u8.ToArray()), "test.xml", ReadLimits.Default, default).ToList());

        Assert.True(feed.Bozo);
        Assert.Empty(feed.Entries);
        Assert.Contains("test.xml", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script><p>text</p>", "<p>text</p>")]
    [InlineData("<p onclick=\"evil()\" class=\"x\">hi</p>", "<p class=\"x\">hi</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a href=\"\">x</a>")]
    [InlineData("<iframe src=\"https://evil\">inside</iframe>after", "insideafter")]
    [InlineData("<style>p { color: red }</style>shown", "shown")]
    [InlineData("<span style=\"color: red; background: url(http://x/t.png)\">s</span>", "<span style=\"color: red;\">s</span>")]
    [InlineData("<form action=\"/x\"><b>bold</b></form>", "<b>bold</b>")]
    [InlineData("<img src=\"pic.png\">", "<img src=\"https://site.example/a/pic.png\" />")]
    public void Sanitizer_keeps_text_and_safe_markup_only(string html, string expected)
    {
        Assert.Equal(expected, FeedHtmlSanitizer.Sanitize(html, new Uri("https://site.example/a/")));
    }
}
