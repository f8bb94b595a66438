using System.Text.Json;

namespace Corroborate.Cli.Tests;

/// <summary><c>corroborate events</c> and <c>corroborate export gdelt</c> on inputs written for these tests.</summary>
public sealed class EventCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-events-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Events_writes_one_line_per_input_with_source_target_and_code()
    {
        var input = Path.Combine(_folder.FullName, "in.jsonl");
        File.WriteAllText(input, """
            {"id": "a", "text": "Iran signed an agreement with Cuba on Thursday. Venezuela did not meet Brazil.", "date": "2023-06-15"}
            {"id": "b", "text": "The weather was calm.", "date": "2023-06-15"}
            """);

        var (exitCode, output, error) = await CliRunner.RunAsync("events", input);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        var codings = lines[0].GetProperty("events").EnumerateArray()
            .Select(e => $"{e.GetProperty("source").GetString()} {e.GetProperty("target").GetString()} {e.GetProperty("code").GetString()}").ToList();
        Assert.Contains("IRN CUB 057", codings);
        Assert.DoesNotContain(codings, c => c.StartsWith("VEN", StringComparison.Ordinal));
        Assert.Equal(0, lines[1].GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Export_gdelt_writes_events_and_mentions_in_gdelt_column_layout()
    {
        var input = Path.Combine(_folder.FullName, "wire.jsonl");
        File.WriteAllText(input, """
            {"id": "n1", "title": "Iran and Cuba sign trade agreements", "text": "Iran and Cuba signed six agreements in Havana on Thursday. The Iranian president visited Cuba on Thursday.", "published": "2023-06-15T18:00:00Z", "outlet": "Northern Wire"}
            {"id": "n2", "title": "Cuba and Iran sign agreements in Havana", "text": "Cuba and Iran signed six agreements in Havana on Thursday, officials said. The Iranian president visited Cuba on Thursday.", "published": "2023-06-15T20:00:00Z", "outlet": "Southern Post"}
            """);
        var database = Path.Combine(_folder.FullName, "store.db");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", input, "--db", database, "--quiet")).ExitCode);

        var outFolder = Path.Combine(_folder.FullName, "gdelt");
        var (exitCode, _, error) = await CliRunner.RunAsync("export", "gdelt", "--db", database, "--out", outFolder);

        Assert.True(exitCode == 0, error);
        var events = File.ReadAllLines(Assert.Single(Directory.GetFiles(outFolder, "*.export.CSV"))).Select(l => l.Split('\t')).ToList();
        var mentions = File.ReadAllLines(Assert.Single(Directory.GetFiles(outFolder, "*.mentions.CSV"))).Select(l => l.Split('\t')).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, row => Assert.Equal(61, row.Length));
        Assert.All(mentions, row => Assert.Equal(16, row.Length));
        // The signing reported by both outlets is one event with NumSources 2 (column 33) and a mention from each.
        var signing = Assert.Single(events, row => row[26] == "057");
        Assert.Equal("2", signing[32]);
        Assert.Equal(2, mentions.Count(m => m[0] == signing[0]));
        Assert.Equal(["Northern Wire", "Southern Post"], mentions.Where(m => m[0] == signing[0]).Select(m => m[4]).Order());
        // ActionGeo (columns 52-59) from the gazetteer: a world city, its FIPS country code and its point.
        Assert.Equal(("4", "Havana, Cuba", "CU"), (signing[51], signing[52], signing[53]));
        Assert.InRange(double.Parse(signing[56], System.Globalization.CultureInfo.InvariantCulture), 22.5, 23.5);
        Assert.InRange(double.Parse(signing[57], System.Globalization.CultureInfo.InvariantCulture), -83, -82);
    }
}
