using System.Text;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Tests.Ingest;

/// <summary>CSV and TSV tables of articles, on tables we wrote (news-style text of our own) and, when present, FNC-1's bodies.</summary>
public sealed class CsvFormatTests : IDisposable
{
    // Unquoted in most tables below, so no commas.
    private const string Flood = "Flood waters receded from the river town of Arnby on Monday and residents began clearing mud from their homes.";
    private const string Bridge = "The regional roads office said on Tuesday that the old toll bridge at Kessel will close for repairs in March.";
    private const string Strike = "Bus drivers in Lowmoor walked out at dawn on Wednesday over a pay offer their union called an insult.";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-csv-");

    private static List<ReadItem> ReadItems(byte[] bytes, string source = "articles.csv", ReadLimits? limits = null) =>
        [.. new InputReader(DocumentFormats.Default, limits ?? ReadLimits.Default).Read(new MemoryStream(bytes), source)];

    private static List<ReadItem> ReadItems(string csv, string source = "articles.csv") => ReadItems(Encoding.UTF8.GetBytes(csv), source);

    private static List<InputException> Problems(List<ReadItem> items) => [.. items.Where(i => i.Problem is not null).Select(i => i.Problem!)];

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Each_row_is_an_article_with_its_columns_mapped_by_name_whatever_their_case_spaces_and_underscores()
    {
        var items = ReadItems($"""
            Article ID,HEAD LINE,article_body,Published At,Site,Language,Link,Notes
            a-1,Arnby clears the mud,{Flood},2024-03-04T08:30:00Z,Valley Courier,en,https://courier.example/arnby,kept out
            a-2,Kessel bridge to close,{Bridge},20240305,Roads Weekly,en,https://roads.example/kessel,
            """);

        Assert.Empty(Problems(items));
        var documents = items.Documents().ToList();
        Assert.Equal(2, documents.Count);
        var first = documents[0];
        Assert.Equal("a-1", first.ExternalId);
        Assert.Equal("Arnby clears the mud", first.Title);
        Assert.Equal(Flood, first.Text);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 8, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("field", first.PublishedFrom);
        Assert.Equal("Valley Courier", first.Outlet);
        Assert.Equal("en", first.DeclaredLanguage);
        Assert.Equal("https://courier.example/arnby", first.Url);
        Assert.Equal("articles.csv:2", first.Source);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), documents[1].Published);
        Assert.Equal("articles.csv:3", documents[1].Source);
    }

    [Fact]
    public void Quoted_fields_keep_their_line_breaks_commas_and_doubled_quotes_and_lines_are_counted_inside_them()
    {
        var body = "Residents said the water rose fast.\r\n\r\n\"It came in under the door,\" said one, \"and kept coming.\"";
        var csv = "title,text\r\n\"Arnby, after the flood\",\"" + body.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\r\nBridge,\"" + Bridge + "\"\r\n";

        var documents = ReadItems(csv).Documents().ToList();

        Assert.Equal(["Arnby, after the flood", "Bridge"], documents.Select(d => d.Title));
        Assert.Equal(body, documents[0].Text);
        Assert.Equal("articles.csv:2", documents[0].Source);
        // The first row spans lines 2–4 (two line breaks in its text), so the second starts on line 5.
        Assert.Equal("articles.csv:5", documents[1].Source);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_s_name()
    {
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"id,text\r\nk-7,{Bridge}\r\n")];

        var document = Assert.Single(ReadItems(bytes).Documents());

        Assert.Equal("k-7", document.ExternalId);
        Assert.Equal(Bridge, document.Text);
    }

    [Theory]
    [InlineData(",", "articles.csv")]
    [InlineData("\t", "articles.tsv")]
    [InlineData("\t", "articles.csv")]
    [InlineData(";", "articles.csv")]
    [InlineData(";", "export.txt")]
    public void The_delimiter_is_taken_from_the_header_row(string delimiter, string name)
    {
        // Each body holds the other delimiters, so a guess from the rows' punctuation would split it.
        var csv = $"id{delimiter}title{delimiter}body\n"
            + $"1{delimiter}Strike{delimiter}\"{Strike} Talks resume; no date, yet\tfor now.\"\n"
            + $"2{delimiter}Bridge{delimiter}\"{Bridge} Tolls stay; for now, at least.\"\n";

        var items = ReadItems(csv, name);

        Assert.Empty(Problems(items));
        Assert.Equal(["Strike", "Bridge"], items.Documents().Select(d => d.Title));
        Assert.StartsWith(Strike, items.Documents().First().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_row_longer_than_any_sniffing_window_is_read_as_one_article_and_the_file_is_still_a_table()
    {
        var longBody = string.Concat(Enumerable.Repeat("The council of Arnby met again on Thursday; the flood defences, it said, would be rebuilt. ", 1500));
        var csv = $"Body ID;articleBody\n1;\"{longBody}\"\n2;\"{Bridge}\"\n";

        // Without the extension too: the header row alone says it is a table of articles.
        foreach (var name in new[] { "bodies.csv", "bodies" })
        {
            var bytes = Encoding.UTF8.GetBytes(csv);
            Assert.Equal("csv", new InputReader().Detect(new MemoryStream(bytes), name).Name);
            var documents = ReadItems(bytes, name).Documents().ToList();
            Assert.Equal(2, documents.Count);
            Assert.Equal(longBody, documents[0].Text);
            Assert.Equal(["1", "2"], documents.Select(d => d.ExternalId));
        }
    }

    [Fact]
    public void A_row_that_is_not_utf8_is_named_and_skipped_and_a_replacement_character_written_in_the_file_is_text()
    {
        // The file's other multi-byte characters are well formed, so it is UTF-8 with one damaged row, not a legacy encoding.
        var bytes = (byte[])[.. Encoding.UTF8.GetBytes($"title,text\nFlood,{Flood}\nBroken,The mayor of Arnby "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" spoke.\n"),
            .. Encoding.UTF8.GetBytes($"Kept,A crawler lost a byte here \uFFFD and wrote the mark.\nBridge,{Bridge}\n")];

        var items = ReadItems(bytes);

        var problem = Assert.Single(Problems(items));
        Assert.Equal(3, problem.Position);
        Assert.StartsWith("articles.csv (at 3): line 3 is not valid UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Flood", "Kept", "Bridge"], items.Documents().Select(d => d.Title));
        Assert.Contains('\uFFFD', items.Documents().Single(d => d.Title == "Kept").Text);
    }

    [Fact]
    public void A_table_saved_as_windows_1252_is_read_in_that_encoding_rather_than_losing_every_row_with_an_accent()
    {
        var bytes = TextDecoder.Windows1252.GetBytes($"title;text\nCaf\u00e9 reopens;The caf\u00e9 on the square in Arnby reopened after the flood \u2013 its owner said.\nBridge;{Bridge}\n");

        var items = ReadItems(bytes, "export.csv");

        Assert.Empty(Problems(items));
        Assert.Equal(["Caf\u00e9 reopens", "Bridge"], items.Documents().Select(d => d.Title));
        Assert.Contains("caf\u00e9 on the square", items.Documents().First().Text, StringComparison.Ordinal);
        Assert.Contains('\u2013', items.Documents().First().Text);
    }

    [Fact]
    public void A_ragged_row_is_named_with_its_file_and_line_and_the_other_rows_are_kept()
    {
        var items = ReadItems($"title,text,outlet\nFlood,{Flood},Valley Courier\nBridge,The bridge, the office said, will close.,Roads Weekly\nStrike,{Strike},Lowmoor Post\nShort\n");

        var problems = Problems(items);
        Assert.Equal([3L, 5L], problems.Select(p => p.Position!.Value));
        Assert.All(problems, p => Assert.StartsWith($"articles.csv (at {p.Position}): line {p.Position} has a different number of fields than the header's 3", p.Message, StringComparison.Ordinal));
        Assert.Equal(["Flood", "Strike"], items.Documents().Select(d => d.Title));
    }

    [Fact]
    public void A_table_whose_every_row_is_ragged_names_each_row_rather_than_calling_the_table_empty()
    {
        var items = ReadItems("title,text\nFlood,The river rose,and fell\nBridge,Closed,for repairs\n");

        Assert.Empty(items.Documents());
        Assert.Equal([2L, 3L], Problems(items).Select(p => p.Position!.Value));
    }

    [Fact]
    public void A_quote_never_closed_is_named_instead_of_swallowing_the_rows_after_it()
    {
        var items = ReadItems($"title,text\nFlood,{Flood}\nBridge,\"The bridge will close, the office said.\nStrike,{Strike}\n");

        var problem = Assert.Single(Problems(items));
        Assert.Equal(3, problem.Position);
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Flood"], items.Documents().Select(d => d.Title));
    }

    [Fact]
    public void Rows_with_an_empty_text_are_skipped_and_counted_in_one_warning()
    {
        var items = ReadItems($"title,body\nFlood,{Flood}\nNo body yet,\n\"Blank body\",\"   \"\nBridge,{Bridge}\nAnother,\"\"\n");

        Assert.Equal(["Flood", "Bridge"], items.Documents().Select(d => d.Title));
        var warning = Assert.Single(Problems(items));
        Assert.Equal(3, warning.Position);
        Assert.Contains("3 rows with an empty \"body\" skipped (line 3, 4, 6)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_a_text_column_is_refused_naming_the_file_the_columns_found_and_the_names_needed()
    {
        // Event rows, not articles: an id, a day, actor and event codes, a link.
        var path = Write("events.csv", Encoding.UTF8.GetBytes("GlobalEventID,Day,Actor1Code,EventCode,SourceUrl\n1001,20240304,GOV,042,https://example.org/a\n"));

        var error = Assert.Throws<InputException>(() => new InputReader().Read(path).ToList());

        Assert.Equal(path, error.InputSource);
        Assert.Contains("no column holds article text", error.Message, StringComparison.Ordinal);
        Assert.Contains("5 columns (\"GlobalEventID\", \"Day\", \"Actor1Code\", \"EventCode\", \"SourceUrl\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("text, maintext, content, body", error.Message, StringComparison.Ordinal);
        Assert.Contains("articleBody", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_is_named()
    {
        var error = Assert.Throws<InputException>(() => ReadItems("id,title,text\n"));

        Assert.Contains("no rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_far_larger_than_the_document_limit_is_streamed_row_by_row()
    {
        // 40,000 rows, about 5 MB, read under a 64 KiB document limit: the plain-text reader would refuse it whole.
        var limits = new ReadLimits { MaxDocumentBytes = 64 * 1024 };
        var path = Path.Combine(_folder.FullName, "wire.csv");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            writer.Write("id,title,text\r\n");
            for (var i = 1; i <= 40_000; i++)
            {
                writer.Write($"w-{i},Gauge {i},\"The river at gauge {i} rose by {i % 97} centimetres overnight, the water office said.\"\r\n");
            }
        }

        var count = 0;
        string? last = null;
        foreach (var item in new InputReader(DocumentFormats.Default, limits).Read(path))
        {
            Assert.Null(item.Problem);
            count++;
            last = item.Document!.ExternalId;
        }

        Assert.True(new FileInfo(path).Length > 50 * limits.MaxDocumentBytes);
        Assert.Equal(40_000, count);
        Assert.Equal("w-40000", last);
    }

    [Fact]
    public void A_row_longer_than_the_document_limit_ends_the_file_named_and_the_rows_before_it_are_kept()
    {
        var limits = new ReadLimits { MaxDocumentBytes = 4096 };
        var csv = $"title,text\nFlood,{Flood}\nHuge,\"{new string('x', 300_000)}\"\nBridge,{Bridge}\n";
        var documents = new List<SourceDocument>();

        var error = Assert.Throws<InputException>(() =>
        {
            foreach (var document in new InputReader(DocumentFormats.Default, limits).Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "big.csv").Documents())
            {
                documents.Add(document);
            }
        });

        Assert.Equal(["Flood"], documents.Select(d => d.Title));
        Assert.Equal("big.csv", error.InputSource);
        Assert.Equal(3, error.Position);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_row_twice_is_stored_once_and_a_second_ingest_stores_nothing()
    {
        var path = Write("wire.csv", Encoding.UTF8.GetBytes($"title,text\nFlood,{Flood}\nBridge,{Bridge}\nFlood,{Flood}\nStrike,{Strike}\n"));
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");

        var first = await new IngestPipeline(store) { KeepArticles = false, KeepCopies = true }.IngestAsync([path]);
        var again = await new IngestPipeline(store) { KeepArticles = false }.IngestAsync([path]);

        Assert.Equal(4, first.Read);
        Assert.Equal(3, first.Added);
        var copy = Assert.Single(first.Copies);
        Assert.Equal($"{path}:4", copy.Source);
        Assert.Empty(first.Errors);
        Assert.Equal(0, again.Added);
        Assert.Equal(3, await store.CountAsync());
    }

    [Fact]
    public void Dates_in_the_forms_tables_write_them_are_read_and_one_that_is_not_a_date_is_named()
    {
        var items = ReadItems($"text,date\n{Flood},2024-03-04\n{Bridge},1709541000\n{Strike},20240304101500\nA fourth report on the flood.,next week\n");

        var documents = items.Documents().ToList();
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero), documents[0].Published);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1709541000), documents[1].Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 10, 15, 0, TimeSpan.Zero), documents[2].Published);
        Assert.Null(documents[3].Published);
        Assert.Contains("\"date\" is not a date: \"next week\"", Assert.Single(Problems(items)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_column_is_the_url_when_it_holds_one_and_the_outlet_otherwise()
    {
        var documents = ReadItems($"source,text\nhttps://courier.example/arnby,{Flood}\nRoads Weekly,{Bridge}\n").Documents().ToList();

        Assert.Equal("https://courier.example/arnby", documents[0].Url);
        Assert.Null(documents[0].Outlet);
        Assert.Equal("Roads Weekly", documents[1].Outlet);
    }

    [Theory]
    [InlineData("Body ID,articleBody\n1,\"Text\"\n", "x", true)]
    [InlineData("title\ttext\tpublished\n", "x", true)]
    [InlineData("url;content\n", "x", true)]
    [InlineData("text\nA one-column table is only a table by its name.\n", "x", false)]
    [InlineData("text\nA one-column table is only a table by its name.\n", "x.csv", true)]
    [InlineData("Text, photos and video by the Courier staff\nThe flood came at night.\n", "x", false)]
    [InlineData("Text, title\nThe flood came at night, and the title was never written.\n", "x", true)]
    [InlineData("Flood, fire and a bridge: the week in Arnby, told by the people who lived it\n", "x", false)]
    [InlineData("GlobalEventID,Day,EventCode\n1,20240304,042\n", "events.csv", true)]
    [InlineData("GlobalEventID,Day,EventCode\n1,20240304,042\n", "events", false)]
    [InlineData("{\"text\": \"json lines\"}\n", "x", false)]
    public void Recognizes_a_table_by_its_extension_or_a_header_row_naming_article_fields(string head, string name, bool expected)
    {
        Assert.Equal(expected, new CsvFormat().Recognizes(Encoding.UTF8.GetBytes(head), name));
    }

    [Fact]
    public void Plain_text_whose_first_line_holds_commas_is_still_one_text_article()
    {
        var text = "Flood, mud and a long night\n\n" + Flood + "\n";

        Assert.Equal("text", new InputReader().Detect(new MemoryStream(Encoding.UTF8.GetBytes(text)), "arnby.txt").Name);
    }

    [Fact]
    public void A_csv_of_utf16_with_a_byte_order_mark_is_read_as_a_table()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"title\ttext\nFlood\t{Flood}\n")).ToArray();

        var document = Assert.Single(ReadItems(bytes, "export.tsv").Documents());

        Assert.Equal(Flood, document.Text);
    }

    [Fact]
    public void A_gzipped_table_is_read_through_its_bytes()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes($"title\ttext\nStrike\t{Strike}\nBridge\t{Bridge}\n"));
        }

        var items = ReadItems(compressed.ToArray(), "wire.tsv.gz");

        Assert.Empty(Problems(items));
        Assert.Equal(["Strike", "Bridge"], items.Documents().Select(d => d.Title));
    }

    [Support.SharedDataFact("data/fnc-1/bodies.csv")]
    public void Fnc1_test_bodies_are_read_as_one_article_per_row_with_a_body() => AssertOneArticlePerBody("data/fnc-1/bodies.csv");

    [Support.SharedDataFact("data/fnc-1-train/bodies.csv")]
    public void Fnc1_training_bodies_are_read_as_one_article_per_row_with_a_body() => AssertOneArticlePerBody("data/fnc-1-train/bodies.csv");

    [Support.SharedDataFact("data/fnc-1/stances.csv")]
    public void Fnc1_stances_are_headlines_without_bodies_and_are_refused_naming_their_columns()
    {
        var path = Support.SharedData.Require("data/fnc-1/stances.csv");

        var error = Assert.Throws<InputException>(() => new InputReader().Read(path).ToList());

        Assert.Contains("no column holds article text", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Headline\"", error.Message, StringComparison.Ordinal);
    }

    private static void AssertOneArticlePerBody(string relative)
    {
        var path = Support.SharedData.Require(relative);
        // Counted independently: CsvHelper alone, rows whose articleBody holds text.
        var expected = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using (var csv = CsvHelper.CsvReader.FromFile(path))
        {
            while (csv.Read())
            {
                if (!string.IsNullOrWhiteSpace(csv.GetString("articleBody")))
                {
                    expected++;
                    ids.Add(csv.GetString("Body ID") ?? "");
                }
            }
        }

        var items = new InputReader().Read(path).ToList();

        using (var stream = File.OpenRead(path))
        {
            Assert.Equal("csv", new InputReader().Detect(stream, path).Name);
        }

        Assert.True(expected > 100, $"only {expected} bodies counted");
        Assert.Equal(expected, items.Documents().Count());
        Assert.Equal(ids, items.Documents().Select(d => d.ExternalId!).ToHashSet(StringComparer.Ordinal));
        Assert.Empty(Problems(items));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
