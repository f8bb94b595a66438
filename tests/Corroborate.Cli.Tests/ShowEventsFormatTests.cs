using System.Text.Json;
using Microsoft.VisualBasic.FileIO;

namespace Corroborate.Cli.Tests;

/// <summary><c>show</c> and <c>events</c> in every format: the CSV reads back (with a parser of our own choosing) to what the JSON says.</summary>
public sealed class ShowEventsFormatTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-formats-");

    public void Dispose() => _folder.Delete(recursive: true);

    private List<string[]> ReadCsv(string text)
    {
        var path = Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    private string Input(string content)
    {
        var path = Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Show_as_csv_has_a_row_per_segment_that_matches_the_json_and_keeps_commas_and_quotes_in_cells()
    {
        var input = Input("""
            {"id": "w1", "title": "Port reopens, \"at last\", officials say", "text": "The harbour at Velmora reopened on Monday, officials said, after a week of storms.\n\nShips queued outside the breakwater.", "published": "2024-03-04T09:00:00Z", "outlet": "Coastal Ledger", "url": "https://example.org/w1"}
            """);
        var database = Path.Combine(_folder.FullName, "store.db");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", input, "--db", database, "--quiet")).ExitCode);
        var listed = await CliRunner.RunAsync("articles", "--db", database, "--format", "json");
        using var list = JsonDocument.Parse(listed.Output);
        var id = list.RootElement.GetProperty("articles")[0].GetProperty("id").GetString()!;

        var json = await CliRunner.RunAsync("show", id, "--db", database, "--format", "json");
        var csv = await CliRunner.RunAsync("show", id, "--db", database, "--format", "csv");

        Assert.Equal((0, ""), (csv.ExitCode, csv.Error));
        using var article = JsonDocument.Parse(json.Output);
        var rows = ReadCsv(csv.Output);
        var header = rows[0].ToList();
        Assert.Equal(["id", "source", "url", "title", "outlet", "published", "language", "part", "kind", "partLanguage", "author", "handle", "date", "text"], header);
        var segments = article.RootElement.GetProperty("segments").EnumerateArray().ToList();
        var segmentRows = rows.Skip(1).Where(r => r[header.IndexOf("part")] == "segment").ToList();
        Assert.Equal(segments.Count, segmentRows.Count);
        Assert.Equal(segments.Select(s => s.GetProperty("text").GetString()), segmentRows.Select(r => r[header.IndexOf("text")]));
        Assert.Equal(segments.Select(s => s.GetProperty("kind").GetString()), segmentRows.Select(r => r[header.IndexOf("kind")]));
        Assert.All(segmentRows, r => Assert.Equal(("Port reopens, \"at last\", officials say", "Coastal Ledger", id), (r[header.IndexOf("title")], r[header.IndexOf("outlet")], r[0])));
        Assert.Equal("2024-03-04T09:00:00+00:00", segmentRows[0][header.IndexOf("published")]);
    }

    [Fact]
    public async Task Show_of_an_unknown_id_fails_in_every_format()
    {
        var input = Input("""{"id": "w1", "text": "A ferry left Velmora on Monday.", "outlet": "Coastal Ledger"}""");
        var database = Path.Combine(_folder.FullName, "store.db");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", input, "--db", database, "--quiet")).ExitCode);

        foreach (var format in new[] { "text", "json", "csv" })
        {
            var (exitCode, output, error) = await CliRunner.RunAsync("show", "no-such-article", "--db", database, "--format", format);
            Assert.NotEqual(0, exitCode);
            Assert.Equal("", output);
            Assert.Contains("no-such-article", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Events_as_csv_and_text_carry_the_codings_the_json_lines_carry()
    {
        var input = Input("""
            {"id": "a", "text": "Iran signed an agreement with Cuba on Thursday.", "date": "2023-06-15"}
            {"id": "b, \"quoted\"", "text": "The weather was calm.", "date": "2023-06-15"}
            {"id": "c", "text": "Venezuela criticised Brazil on Friday.", "date": "2023-06-16"}
            """);

        var json = await CliRunner.RunAsync("events", input);
        var csv = await CliRunner.RunAsync("events", input, "--format", "csv");
        var text = await CliRunner.RunAsync("events", input, "--format", "text");

        Assert.Equal((0, 0, 0), (json.ExitCode, csv.ExitCode, text.ExitCode));
        var fromJson = json.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .SelectMany(l => l.GetProperty("events").EnumerateArray().Select(e =>
                $"{l.GetProperty("id").GetString()}|{e.GetProperty("source").GetString()}|{e.GetProperty("target").GetString()}|{e.GetProperty("code").GetString()}|{e.GetProperty("verb").GetString()}"))
            .ToList();
        var rows = ReadCsv(csv.Output);
        Assert.Equal(["id", "source", "target", "code", "verb", "confidence"], rows[0]);
        Assert.Equal(fromJson, rows.Skip(1).Select(r => string.Join('|', r.Take(5))));
        Assert.Contains("a|IRN|CUB|057|signed", fromJson);
        Assert.All(rows.Skip(1), r => Assert.InRange(double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture), 0, 1));
        var lines = text.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(fromJson.Count, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("a  IRN 057 CUB  \"signed\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_rejects_an_unknown_format()
    {
        var input = Input("""{"id": "a", "text": "Iran signed an agreement with Cuba."}""");

        var (exitCode, _, error) = await CliRunner.RunAsync("events", input, "--format", "yaml");

        Assert.Equal(2, exitCode);
        Assert.Contains("yaml", error, StringComparison.Ordinal);
    }
}
