using Corroborate.Ingest;
using Corroborate.Ingest.Archives;
using Xunit.Abstractions;

namespace Corroborate.Tests.Ingest.Archives;

/// <summary>Reads warcio's fixtures in place (shared/data/warc-fixtures); skipped when the folder is absent.</summary>
public sealed class WarcFixtureTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe_prints_every_fixture()
    {
        var folder = SharedData.Find("warc-fixtures");
        if (folder is null)
        {
            output.WriteLine("warc-fixtures not found; skipping.");
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".md") && !f.EndsWith(".txt")).Order())
        {
            var records = new List<string>();
            string error = "";
            try
            {
                using var stream = File.OpenRead(file);
                foreach (var r in new WarcReader(file, ReadLimits.Default).Read(stream))
                {
                    records.Add($"{r.Number}:{r.Type}:{r.HttpStatus}:{r.PayloadType}:{r.Payload?.Length}");
                }
            }
            catch (InputException e)
            {
                error = e.Message;
            }

            var docs = new List<string>();
            string docError = "";
            try
            {
                using var stream = File.OpenRead(file);
                foreach (var d in new WarcFormat().Read(stream, file, ReadLimits.Default, default))
                {
                    docs.Add($"{d.Source} {d.Url} {d.Published} {d.Text.Length}");
                }
            }
            catch (InputException e)
            {
                docError = e.Message;
            }

            output.WriteLine($"{Path.GetFileName(file)}: recognised={new WarcFormat().Recognizes(File.ReadAllBytes(file).AsSpan(0, Math.Min(4096, (int)new FileInfo(file).Length)), file)} {string.Join(" ", records)} ERR {error}\n   docs: {string.Join(" | ", docs)} ERR {docError}");
        }
    }
}
