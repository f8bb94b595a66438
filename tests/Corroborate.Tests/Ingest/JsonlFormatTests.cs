using System.Text;
using Corroborate.Ingest;
using Corroborate.Model;

namespace Corroborate.Tests.Ingest;

public sealed class JsonlFormatTests
{
    private static List<ReadItem> ReadItems(byte[] bytes, string source = "wire.jsonl", ReadLimits? limits = null) =>
        [.. new JsonlFormat().Read(new MemoryStream(bytes), source, limits ?? ReadLimits.Default, CancellationToken.None)];

    private static List<ReadItem> ReadItems(string jsonl, string source = "wire.jsonl") => ReadItems(Encoding.UTF8.GetBytes(jsonl), source);

    private static List<SourceDocument> Read(string jsonl) => [.. ReadItems(jsonl).Documents()];

    [Fact]
    public void A_wire_record_keeps_its_fields_and_loses_the_dateline_at_the_head_of_its_text()
    {
        var document = Assert.Single(Read("{\"title\": \"Ferries resume\", \"source\": \"Fjord Wire\", \"text\": \"OSLO, Jan 2 (NTW) - Ferries resumed on Tuesday.\"}\n"
            + "{\"title\": \"Ferries resume again\", \"text\": \"OSLO, Jan 3 (NTW) - Ferries ran on Wednesday.\"}").Take(1));
        Assert.Equal("Ferries resumed on Tuesday.", document.Text);
        Assert.Equal("Fjord Wire", document.Outlet);
        Assert.Contains(document.Removed, r => r.Reason == RemovalReasons.Dateline && r.Text.StartsWith("OSLO, Jan 2", StringComparison.Ordinal));

        Assert.Equal("NTW", Read("{\"text\": \"OSLO, Jan 3 (NTW) - Ferries ran on Wednesday.\"}")[0].Outlet);
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
    [InlineData("{\"text\": \"ok\"}\n{\"text\": broken}\n{\"text\": \"after\"}", 2, "not JSON")]
    [InlineData("{\"text\": \"ok\"}\n{\"id\": \"no body, no title\"}\n{\"text\": \"after\"}", 2, "has no text")]
    [InlineData("{\"text\": \"ok\"}\n[1, 2]\n{\"text\": \"after\"}", 2, "not a JSON object")]
    public void One_bad_line_ends_the_file_regression_the_bad_line_is_named_and_the_lines_after_it_are_read(string jsonl, int line, string reason)
    {
        var items = ReadItems(jsonl);

        var problem = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.Equal(line, problem.Position);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("wire.jsonl", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["ok", "after"], items.Documents().Select(d => d.Text));
    }

    [Fact]
    public void A_date_that_is_not_one_is_named_and_the_article_is_kept_without_a_date()
    {
        var items = ReadItems("{\"text\": \"ok\", \"published\": \"someday\"}");

        var document = Assert.Single(items.Documents());
        Assert.Null(document.Published);
        Assert.Contains("not a date", Assert.Single(items, i => i.Problem is not null).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replacement_character_rejected_as_invalid_utf8_regression_U_FFFD_written_in_the_file_is_text()
    {
        var documents = Read("{\"text\": \"A crawl kept \uFFFD where a byte was lost.\"}\n{\"text\": \"Next.\"}");

        Assert.Equal(2, documents.Count);
        Assert.Contains('\uFFFD', documents[0].Text);
    }

    [Fact]
    public void Damaged_utf8_in_one_line_is_that_line_s_error_and_the_next_lines_are_read()
    {
        byte[] bytes = [.. "{\"text\": \"good one\"}\n{\"text\": \"bad "u8, 0xC3, 0x28, .. "\"}\n{\"text\": \"good two\"}\n"u8];

        var items = ReadItems(bytes);

        Assert.Equal(["good one", "good two"], items.Documents().Select(d => d.Text));
        Assert.Contains("line 2 is not valid UTF-8", Assert.Single(items, i => i.Problem is not null).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_is_an_error_regression_a_record_with_only_a_title_is_read_as_its_title()
    {
        var document = Assert.Single(Read("{\"title\": \"Ferry service resumes after storm\", \"text\": \"\"}"));

        Assert.Equal("Ferry service resumes after storm", document.Text);
    }

    [Fact]
    public void News_please_records_map_without_flags()
    {
        var document = Assert.Single(Read("""
            {"authors": ["Ana Ruiz", "Tom Berg"], "date_download": "2021-03-04 10:00:00", "date_modify": null, "date_publish": "2021-03-03 08:15:00", "description": "Short.", "filename": "x.json", "image_url": null, "language": "en", "localpath": null, "maintext": "The harbour reopened on Wednesday after repairs.", "source_domain": "harbour-news.example", "title": "Harbour reopens", "title_page": null, "title_rss": null, "url": "https://harbour-news.example/a"}
            """));

        Assert.Equal("The harbour reopened on Wednesday after repairs.", document.Text);
        Assert.Equal(("Harbour reopens", "harbour-news.example", "https://harbour-news.example/a", "Ana Ruiz, Tom Berg", "en"),
            (document.Title, document.Outlet, document.Url, document.Author, document.DeclaredLanguage));
        Assert.Equal(new DateTimeOffset(2021, 3, 3, 8, 15, 0, TimeSpan.Zero), document.Published);
    }

    [Fact]
    public void Trafilatura_records_map_without_flags()
    {
        var document = Assert.Single(Read("""
            {"title": "Bridge repairs begin", "author": "Desk", "hostname": "valley-times.example", "date": "2022-07-01", "fingerprint": "abc", "id": null, "license": null, "comments": "", "raw_text": "Crews began repairing the bridge. Traffic is diverted.", "text": "", "language": "en", "source": "https://valley-times.example/bridge", "source-hostname": "Valley Times", "excerpt": null}
            """));

        Assert.Equal("Crews began repairing the bridge. Traffic is diverted.", document.Text);
        Assert.Equal(("valley-times.example", "https://valley-times.example/bridge"), (document.Outlet, document.Url));
        Assert.Equal(new DateTimeOffset(2022, 7, 1, 0, 0, 0, TimeSpan.Zero), document.Published);
    }

    [Theory]
    [InlineData("content", "pubDate", "Tue, 02 Mar 2021 10:00:00 GMT")]
    [InlineData("body", "datePublished", "2021-03-02T10:00:00Z")]
    [InlineData("articleBody", "published_at", "2021-03-02T10:00:00+00:00")]
    public void Common_field_names_for_body_and_date_map_without_flags(string textField, string dateField, string date)
    {
        var document = Assert.Single(Read($$"""{"{{textField}}": "Body words here.", "{{dateField}}": "{{date}}"}"""));

        Assert.Equal("Body words here.", document.Text);
        Assert.Equal(new DateTimeOffset(2021, 3, 2, 10, 0, 0, TimeSpan.Zero), document.Published);
    }

    [Fact]
    public void Unix_time_in_seconds_or_milliseconds_is_a_date()
    {
        var documents = Read("{\"text\": \"a\", \"published\": 1614679200}\n{\"text\": \"b\", \"published\": 1614679200000}");

        Assert.All(documents, d => Assert.Equal(new DateTimeOffset(2021, 3, 2, 10, 0, 0, TimeSpan.Zero), d.Published));
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_skipped_and_named_and_the_next_is_read()
    {
        var limits = new ReadLimits { MaxDocumentBytes = 64 };
        var bytes = Encoding.UTF8.GetBytes($"{{\"text\": \"{new string('x', 200)}\"}}\n{{\"text\": \"short\"}}\n");

        var items = ReadItems(bytes, limits: limits);

        Assert.Equal(["short"], items.Documents().Select(d => d.Text));
        Assert.Contains("longer than the 64-byte limit", Assert.Single(items, i => i.Problem is not null).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_before_the_first_line_is_not_part_of_it()
    {
        var documents = ReadItems([0xEF, 0xBB, 0xBF, .. "{\"text\": \"after a BOM\"}\r\n{\"text\": \"CRLF line\"}\r\n"u8]);

        Assert.Equal(["after a BOM", "CRLF line"], documents.Documents().Select(d => d.Text));
    }

    [Theory]
    [InlineData("{\"text\": \"x\"}\n", true)]
    [InlineData("\uFEFF{\"a\": 1}", true)]
    [InlineData("{\"a\": 1}\n{\"b\": 2}", true)]
    [InlineData("{\n  \"text\": \"pretty\"\n}", false)]
    [InlineData("{\"a\": 1,\n \"b\": 2}", false)]
    [InlineData("{\"a\": 1} trailing words", false)]
    [InlineData("Plain text {not json}", false)]
    [InlineData("{not json at all", false)]
    public void Recognizes_json_lines_by_content(string head, bool expected)
    {
        Assert.Equal(expected, new JsonlFormat().Recognizes(Encoding.UTF8.GetBytes(head), "x"));
    }

    [Fact]
    public void First_line_longer_than_the_sniffing_window_read_as_one_text_article_regression_it_is_json_lines()
    {
        var line = $"{{\"title\": \"Harbour budget\", \"text\": \"{string.Concat(Enumerable.Repeat("The council debated the harbour budget. ", 300))}\"}}";
        var head = Encoding.UTF8.GetBytes(line)[..4096];

        Assert.True(new JsonlFormat().Recognizes(head, "long.jsonl"));
        Assert.Equal("jsonl", new InputReader().Detect(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n" + line)), "long.jsonl").Name);
    }
}
