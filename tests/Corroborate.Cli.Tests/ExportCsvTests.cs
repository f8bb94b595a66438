using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using Corroborate.Tests.Support;

namespace Corroborate.Cli.Tests;

/// <summary><c>export csv</c>: the tables a spreadsheet opens, read back with a parser of our own choosing, agree with the JSON report.</summary>
public sealed class ExportCsvTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-csv-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Samples => Repository.Samples;

    private static List<string[]> Read(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    [Fact]
    public async Task Every_table_holds_a_row_per_thing_the_json_report_holds_and_survives_commas_and_quotes_in_cells()
    {
        var store = Path.Combine(_folder.FullName, "samples.db");
        var output = Path.Combine(_folder.FullName, "csv");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", Samples, "--db", store, "--quiet")).ExitCode);
        var (exitCode, _, error) = await CliRunner.RunAsync("export", "csv", "--db", store, "--out", output);
        Assert.True(exitCode == 0, error);
        var analyze = await CliRunner.RunAsync("analyze", Samples, "--format", "json", "--quiet");
        using var json = JsonDocument.Parse(analyze.Output);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();

        var entities = Read(Path.Combine(output, "entities.csv"));
        Assert.Equal(["story", "entityId", "id", "name", "type", "mentions", "articles", "variants", "latitude", "longitude"], entities[0]);
        Assert.Equal(stories.Sum(s => s.GetProperty("entities").GetArrayLength()), entities.Count - 1);
        // The places the JSON locates have the same point in the table; every other row leaves both cells empty.
        var located = stories.SelectMany(s => s.GetProperty("entities").EnumerateArray()
                .Where(e => e.TryGetProperty("coordinates", out _))
                .Select(e => $"{s.GetProperty("id").GetString()} {e.GetProperty("id").GetString()} {e.GetProperty("coordinates").GetProperty("lat").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)} {e.GetProperty("coordinates").GetProperty("lon").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(located);
        Assert.Equal(located, entities.Skip(1).Where(r => r[8].Length > 0).Select(r => $"{r[0]} {r[2]} {r[8]} {r[9]}").Order(StringComparer.Ordinal));
        Assert.All(entities.Skip(1).Where(r => r[8].Length == 0), r => Assert.Equal("", r[9]));
        var claims = Read(Path.Combine(output, "claims.csv"));
        Assert.Equal(stories.Sum(s => s.GetProperty("claims").GetArrayLength()), claims.Count - 1);
        // Claim texts hold commas and quotation marks: each comes back whole in its one cell.
        var jsonClaims = stories.SelectMany(s => s.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString())).ToHashSet();
        Assert.All(claims.Skip(1), row => Assert.Contains(row[2], jsonClaims));
        Assert.Contains(claims.Skip(1), row => row[2].Contains(',', StringComparison.Ordinal) && row[2].Contains('"', StringComparison.Ordinal));
        var events = Read(Path.Combine(output, "events.csv"));
        Assert.Equal(stories.Sum(s => s.GetProperty("events").GetArrayLength()), events.Count - 1);
        // An event's place is located by the gazetteer of the analysis (here the built-in one), else both cells are empty.
        Assert.Equal(["latitude", "longitude"], events[0][^2..]);
        Assert.Contains(events.Skip(1), r => r[^2].Length > 0);
        Assert.All(events.Skip(1), r => Assert.Equal(
            Corroborate.Extraction.Gazetteer.Default.Find(r[9])?.Coordinates?.Latitude.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", r[^2]));
        var articles = Read(Path.Combine(output, "articles.csv"));
        Assert.Equal(stories.Sum(s => s.GetProperty("articles").GetArrayLength()), articles.Count - 1);
        Assert.True(Read(Path.Combine(output, "quotes.csv")).Count > 1);
    }

    [Fact]
    public async Task Analyze_as_csv_writes_the_claims_table_row_for_row_as_the_json_report_holds_them()
    {
        var csvPath = Path.Combine(_folder.FullName, "claims.csv");
        var csv = await CliRunner.RunAsync("analyze", Samples, "--format", "csv", "--quiet");
        Assert.Equal(0, csv.ExitCode);
        await File.WriteAllTextAsync(csvPath, csv.Output);
        var analyze = await CliRunner.RunAsync("analyze", Samples, "--format", "json", "--quiet");
        using var json = JsonDocument.Parse(analyze.Output);

        var rows = Read(csvPath);
        Assert.Equal(["story", "claim", "text", "outlets", "independentSources", "outletNames", "articles", "conflicts"], rows[0]);
        var expected = json.RootElement.GetProperty("stories").EnumerateArray()
            .SelectMany(s => s.GetProperty("claims").EnumerateArray().Select(c => $"{s.GetProperty("id").GetString()} {c.GetProperty("id").GetString()} {c.GetProperty("text").GetString()}"))
            .ToList();
        Assert.Equal(expected, rows.Skip(1).Select(r => $"{r[0]} {r[1]} {r[2]}"));
        Assert.Contains(rows.Skip(1), r => r[7].Contains("55.95", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Story_as_csv_writes_that_story_s_claims_as_its_json_holds_them()
    {
        var store = Path.Combine(_folder.FullName, "samples.db");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", Samples, "--db", store, "--quiet")).ExitCode);
        var storyId = (await CliRunner.RunAsync("stories", "--db", store, "--format", "csv")).Output.Split('\n')[1].Split(',')[0];
        var csvPath = Path.Combine(_folder.FullName, "story.csv");
        var csv = await CliRunner.RunAsync("story", storyId, "--db", store, "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        await File.WriteAllTextAsync(csvPath, csv.Output);
        using var json = JsonDocument.Parse((await CliRunner.RunAsync("story", storyId, "--db", store, "--format", "json")).Output);

        var claims = json.RootElement.GetProperty("stories")[0].GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
        var rows = Read(csvPath);
        Assert.NotEmpty(claims);
        Assert.Equal(claims, rows.Skip(1).Select(r => r[2]));
        Assert.All(rows.Skip(1), r => Assert.Equal(storyId, r[0]));
    }

    [Fact]
    public async Task The_story_and_article_lists_come_as_text_json_or_csv_with_the_same_items_in_the_same_order()
    {
        var store = Path.Combine(_folder.FullName, "samples.db");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", Samples, "--db", store, "--quiet")).ExitCode);

        var text = await CliRunner.RunAsync("stories", "--db", store);
        var json = await CliRunner.RunAsync("stories", "--db", store, "--format", "json");
        var csv = await CliRunner.RunAsync("stories", "--db", store, "--format", "csv");

        var fromText = text.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToList();
        using var document = JsonDocument.Parse(json.Output);
        var fromJson = document.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        var csvPath = Path.Combine(_folder.FullName, "stories.csv");
        await File.WriteAllTextAsync(csvPath, csv.Output);
        var rows = Read(csvPath);
        Assert.Equal(4, fromText.Count);
        Assert.Equal(fromText, fromJson);
        Assert.Equal(fromText, rows.Skip(1).Select(r => r[0]));
        Assert.All(document.RootElement.GetProperty("stories").EnumerateArray(), s => Assert.True(s.GetProperty("articles").GetArrayLength() >= 1));

        var articlesJson = await CliRunner.RunAsync("articles", "--db", store, "--format", "json");
        var articlesCsv = await CliRunner.RunAsync("articles", "--db", store, "--format", "csv");
        using var listed = JsonDocument.Parse(articlesJson.Output);
        var articlesPath = Path.Combine(_folder.FullName, "articles.csv");
        await File.WriteAllTextAsync(articlesPath, articlesCsv.Output);
        var ids = listed.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Equal(ids, Read(articlesPath).Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Only_the_tables_asked_for_are_written_and_an_unknown_table_is_a_usage_error()
    {
        var store = Path.Combine(_folder.FullName, "samples.db");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", Samples, "--db", store, "--quiet")).ExitCode);

        Assert.Equal(0, (await CliRunner.RunAsync("export", "csv", "--db", store, "--out", Path.Combine(_folder.FullName, "two"), "--what", "events,quotes")).ExitCode);
        Assert.Equal(["events.csv", "quotes.csv"], Directory.GetFiles(Path.Combine(_folder.FullName, "two")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var (exitCode, _, error) = await CliRunner.RunAsync("export", "csv", "--db", store, "--out", Path.Combine(_folder.FullName, "none"), "--what", "tweets");
        Assert.Equal(2, exitCode);
        Assert.Contains("tweets", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.FullName, "none")));
    }
}
