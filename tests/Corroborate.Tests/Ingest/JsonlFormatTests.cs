using System.Text;
using Corroborate.Ingest;

namespace Corroborate.Tests.Ingest;

public sealed class JsonlFormatTests
{
    private static List<Corroborate.Model.SourceDocument> Read(string jsonl, string source = "wire.jsonl")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonl));
        return [.. new JsonlFormat().Read(stream, source, ReadLimits.Default, CancellationToken.None)];
    }

    [Fact]
    public void Reads_known_fields_keeps_the_id_as_external_id_and_ignores_unknown_fields()
    {
        var documents = Read("""
            {"id": "w-1", "url": "https://example.org/a", "title": "Quake", "text": "A quake struck.", "published": "2024-01-02T03:04:05Z", "outlet": "Wire", "language": "en", "extra": [1, 2]}

            {"text": "Second story."}
            """);

        Assert.Equal(2, documents.Count);
        Assert.Equal("w-1", documents[0].ExternalId);
        Assert.Equal("Wire", documents[0].Outlet);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), documents[0].Published);
        Assert.Equal("field", documents[0].PublishedFrom);
        Assert.Equal("en", documents[0].DeclaredLanguage);
        Assert.Equal("wire.jsonl:1", documents[0].Source);
        Assert.Equal("wire.jsonl:3", documents[1].Source);
    }

    [Theory]
    [InlineData("{\"text\": \"ok\"}\n{\"text\": broken}", 2, "not JSON")]
    [InlineData("{\"text\": \"ok\"}\n{\"title\": \"no body\"}", 2, "has no \"text\"")]
    [InlineData("{\"text\": \"ok\", \"published\": \"someday\"}", 1, "not a date")]
    public void Names_the_line_that_cannot_be_read(string jsonl, int line, string reason)
    {
        var error = Assert.Throws<InputException>(() => Read(jsonl));

        Assert.Equal(line, error.Position);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("wire.jsonl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": \"x\"}\n", true)]
    [InlineData("\uFEFF{\"a\": 1}", true)]
    [InlineData("{\n  \"text\": \"pretty\"\n}", false)]
    [InlineData("Plain text {not json}", false)]
    public void Recognizes_json_lines_by_content(string head, bool expected)
    {
        Assert.Equal(expected, new JsonlFormat().Recognizes(Encoding.UTF8.GetBytes(head), "x"));
    }
}
