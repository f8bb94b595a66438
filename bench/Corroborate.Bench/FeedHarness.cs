using System.Diagnostics;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Feeds;

namespace Corroborate.Bench;

/// <summary>
/// Stopwatch harness: generates an RSS 2.0 feed of 2,000 entries with HTML descriptions (fixed seed) and
/// parses it 10 times through <see cref="FeedFormat"/> (parse, sanitise, HTML to text), printing entries/s
/// and peak memory.
/// </summary>
internal static class FeedHarness
{
    private const int Entries = 2_000;
    private const int Rounds = 10;
    private const int Seed = 20261122;

    public static void Run(TextWriter output)
    {
        var feed = Generate();
        var format = new FeedFormat();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var documents = 0;
        for (var round = 0; round < Rounds; round++)
        {
            documents += format.Read(new MemoryStream(feed, writable: false), "bench.xml", ReadLimits.Default, CancellationToken.None).Count();
        }

        stopwatch.Stop();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        output.WriteLine($"feed: {documents:N0} entries ({Rounds} × {feed.Length / 1024.0:F0} KiB feed) in {seconds:F2} s = {documents / seconds:N0} entries/s");
        output.WriteLine($"feed: allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0 / Rounds:F0} MiB per parse; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB");
    }

    private static byte[] Generate()
    {
        var random = new Random(Seed);
        string[] words = ["council", "river", "budget", "minister", "storm", "election", "hospital", "school", "court", "market"];
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Bench Gazette</title><link>https://g.example/</link>\n");
        for (var i = 0; i < Entries; i++)
        {
            var text = new StringBuilder();
            for (var p = 0; p < 3; p++)
            {
                text.Append("&lt;p&gt;");
                for (var w = 0; w < 25; w++)
                {
                    text.Append(words[random.Next(words.Length)]).Append(' ');
                }

                text.Append("&lt;a href=\"/more\" onclick=\"x()\"&gt;more&lt;/a&gt;&lt;/p&gt;");
            }

            xml.Append($"<item><title>Story {i}</title><link>https://g.example/{i}</link><guid>https://g.example/{i}</guid>")
                .Append($"<pubDate>Mon, 06 May 2024 08:{i % 60:D2}:00 +0000</pubDate><dc:creator>Desk</dc:creator><description>{text}</description></item>\n");
        }

        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }
}
