using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Archives;
using Corroborate.Ingest.Feeds;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Ingest;

/// <summary>Readers given arbitrary bytes return documents or throw <see cref="InputException"/>, nothing else.</summary>
public sealed class ArbitraryBytesTests
{
    private static readonly ReadLimits Small = new() { MaxDecompressedBytes = 1 << 16, MaxDocumentBytes = 1 << 16 };

    private static bool ReadsOrRejects(IDocumentFormat format, byte[] bytes)
    {
        try
        {
            _ = format.Read(new MemoryStream(bytes), "fuzz", Small, default).Count();
            return true;
        }
        catch (InputException)
        {
            return true;
        }
    }

    [Fact]
    public void Feed_format_reads_or_rejects_arbitrary_bytes_behind_a_feed_root()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
                ReadsOrRejects(new FeedFormat(), [.. "<rss version=\"2.0\"><channel><item><title>"u8, .. bytes]))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Warc_format_reads_or_rejects_arbitrary_bytes_after_a_warc_header()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), ArbMap.Default.ArbFor<byte>(), (bytes, length) =>
                ReadsOrRejects(new WarcFormat(), [.. Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: {length}\r\n\r\n"), .. bytes]))
            .QuickCheckThrowOnFailure();
    }
}
