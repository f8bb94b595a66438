using Corroborate.Ingest;
using Corroborate.Ingest.Archives;

namespace Corroborate.Tests.Ingest.Archives;

/// <summary>
/// warcio's fixtures read in place from shared/data/warc-fixtures (skipped when absent). Each row states
/// what a robust reader must do with the file: the documents it yields and, for damaged files, the record
/// number where reading stops with an <see cref="InputException"/>.
/// </summary>
public sealed class WarcFixtureTests
{
    [Support.SharedDataTheory("data/warc-fixtures")]
    [InlineData("example.warc", "3", null)]
    [InlineData("example.warc.gz", "3", null)]
    [InlineData("example-digest.warc", "", null)]
    [InlineData("example-iana.org-chunked.warc", "2", null)]
    [InlineData("example-resource.warc.gz", "3", null)]
    [InlineData("post-test.warc.gz", "", null)]
    [InlineData("example.arc", "2", null)]
    [InlineData("example.arc.gz", "2", null)]
    [InlineData("example-space-in-target-uri.warc.gz", "", null)]
    [InlineData("example-wget-bad-target-uri.warc.gz", "3,5,6", null)]
    // Damaged chunked coding: the body is kept raw, as warcio does, instead of losing the record.
    [InlineData("example-bad-non-chunked.warc.gz", "3", null)]
    [InlineData("example-wrong-chunks.warc.gz", "1", null)]
    // Member boundaries that do not match records break random access, not a sequential read.
    [InlineData("example-bad.warc.gz.bad", "2", null)]
    [InlineData("example-trunc.warc", "3", 4L)]
    [InlineData("example-space-in-url.arc", "", 2L)]
    [InlineData("bad.arc", "", 1L)]
    public void Fixture_yields_its_documents_and_stops_at_the_damaged_record(string name, string expectedRecords, long? failingRecord)
    {
        var folder = Support.SharedData.Require("data/warc-fixtures");

        var path = Path.Combine(folder, name);
        var yielded = new List<string>();
        InputException? error = null;
        using (var stream = File.OpenRead(path))
        {
            try
            {
                foreach (var document in new WarcFormat(new TagStrippingHtmlFormat()).Read(stream, path, ReadLimits.Default, default).Documents())
                {
                    yielded.Add(document.Source[(path.Length + 1)..]);
                    Assert.Equal("warc-date", document.PublishedFrom);
                    Assert.NotNull(document.Url);
                }
            }
            catch (InputException e)
            {
                error = e;
            }
        }

        Assert.Equal(expectedRecords, string.Join(",", yielded));
        if (failingRecord is { } record)
        {
            Assert.NotNull(error);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains($"record {record} at byte ", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(error);
        }
    }

    [Support.SharedDataFact("data/warc-fixtures")]
    public void Every_fixture_is_recognised_as_a_web_archive()
    {
        var folder = Support.SharedData.Require("data/warc-fixtures");

        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(new WarcFormat().Recognizes(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)), file), file);
        }
    }
}
