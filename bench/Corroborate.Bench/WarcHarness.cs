using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Archives;

namespace Corroborate.Bench;

/// <summary>
/// Stopwatch harness: writes a WARC of 20,000 small gzip-per-record responses (fixed seed) to a temp file,
/// streams it through <see cref="WarcFormat"/> and prints records/s and peak memory, which should stay flat
/// however large the file is.
/// </summary>
internal static class WarcHarness
{
    private const int Records = 20_000;
    private const int Seed = 20261122;

    public static void Run(TextWriter output)
    {
        var path = Path.Combine(Path.GetTempPath(), $"corroborate-bench-{Environment.ProcessId}.warc.gz");
        try
        {
            var bytes = Generate(path);
            GC.Collect();
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var maxHeap = 0L;
            var stopwatch = Stopwatch.StartNew();
            var documents = 0;
            var characters = 0L;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            {
                foreach (var document in new WarcFormat().Read(stream, path, ReadLimits.Default, CancellationToken.None).Documents())
                {
                    documents++;
                    characters += document.Text.Length;
                    if (documents % 1000 == 0)
                    {
                        maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(forceFullCollection: false));
                    }
                }
            }

            stopwatch.Stop();
            var seconds = stopwatch.Elapsed.TotalSeconds;
            output.WriteLine($"warc: {documents:N0} documents from {Records * 2:N0} records ({bytes / 1024.0 / 1024.0:F1} MiB gzip) in {seconds:F2} s");
            output.WriteLine($"warc: {Records * 2 / seconds:N0} records/s, {documents / seconds:N0} documents/s, {characters / seconds / 1e6:F1} M chars/s");
            output.WriteLine($"warc: managed heap before {heapBefore / 1024.0 / 1024.0:F1} MiB, max sampled {maxHeap / 1024.0 / 1024.0:F1} MiB; " +
                $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0:F0} MiB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Each story is a response record followed by its request record, as crawlers write them.</summary>
    private static long Generate(string path)
    {
        var random = new Random(Seed);
        string[] words = ["council", "river", "budget", "minister", "storm", "election", "hospital", "school", "court", "market", "energy", "village"];
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        for (var i = 0; i < Records; i++)
        {
            var body = new StringBuilder("<html><head><title>Story</title></head><body>");
            for (var p = 0; p < 4; p++)
            {
                body.Append("<p>");
                for (var w = 0; w < 30; w++)
                {
                    body.Append(words[random.Next(words.Length)]).Append(' ');
                }

                body.Append("</p>");
            }

            body.Append("</body></html>");
            var http = Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}");
            WriteMember(file, "response", $"https://news.example/{i}", "application/http; msgtype=response", http);
            WriteMember(file, "request", $"https://news.example/{i}", "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"u8.ToArray());
        }

        return file.Length;
    }

    private static void WriteMember(Stream file, string type, string uri, string contentType, byte[] block)
    {
        using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
        gzip.Write(Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"));
        gzip.Write(block);
        gzip.Write("\r\n\r\n"u8);
    }
}
