using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Feeds;

namespace Corroborate.Tests.Ingest.Feeds;

public sealed class FeedFormatTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- generated -->
        <rss version="2.0"><channel><title>Gazette</title>
          <item><title>First &amp; best</title><link>https://g.example/1</link><pubDate>Mon, 06 May 2024 08:00:00 +0000</pubDate>
            <author>desk@g.example (Desk)</author><description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item>
          <item><title>Empty</title></item>
          <item><title>Third</title><description>Plain words</description></item>
        </channel></rss>
        """;

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">", true)]
    [InlineData("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">", true)]
    [InlineData("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", true)]
    [InlineData("<html><body>", false)]
    [InlineData("{\"text\": 1}", false)]
    public void Recognizes_feeds_by_their_root_element(string head, bool expected)
    {
        Assert.Equal(expected, new FeedFormat().Recognizes(Encoding.UTF8.GetBytes(head), "x"));
    }

    [Fact]
    public void Yields_one_document_per_entry_with_body_named_by_its_1_based_index()
    {
        var documents = new FeedFormat().Read(new MemoryStream(Encoding.UTF8.GetBytes(Rss)), "g.xml", ReadLimits.Default, default).Documents().ToList();

        // The title-only entry is read as its title: dropping it was silent loss.
        Assert.Equal(["g.xml#1", "g.xml#2", "g.xml#3"], documents.Select(d => d.Source));
        Assert.Equal(("Empty", null), (documents[1].Text, documents[1].Title));
        var first = documents[0];
        Assert.Equal(("First & best", "https://g.example/1", "Gazette", "feed"), (first.Title, first.Url, first.Outlet, first.PublishedFrom));
        Assert.Equal("desk@g.example (Desk)", first.Author);
        Assert.Equal("One.\n\nTwo.", first.Text);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 8, 0, 0, TimeSpan.Zero), first.Published);
    }

    [Fact]
    public void Entry_html_goes_through_the_seam()
    {
        var seen = new List<string>();
        var format = new FeedFormat((html, source) => { seen.Add(source); return "converted"; });

        var documents = format.Read(new MemoryStream(Encoding.UTF8.GetBytes(Rss)), "g.xml", ReadLimits.Default, default).Documents().ToList();

        Assert.Equal(["g.xml#1", "g.xml#3"], seen);
        Assert.All(documents.Where(d => d.Source != "g.xml#2"), d => Assert.Equal("converted", d.Text));
    }

    [Fact]
    public void Input_reader_picks_the_feed_format_before_jsonl_and_text()
    {
        var format = new InputReader().Detect(new MemoryStream(Encoding.UTF8.GetBytes(Rss)), "g.xml");

        Assert.Equal("feed", format.Name);
    }
}
