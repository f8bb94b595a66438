using System.Text.Json;

namespace Corroborate.Cli.Tests;

/// <summary><c>corroborate brief</c> over a store holding one story told by three outlets (text we wrote).</summary>
public sealed class BriefCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-brief-");

    private string Database => Path.Combine(_folder.FullName, "store.db");

    private async Task<string> IngestStoryAsync()
    {
        var input = Path.Combine(_folder.FullName, "wire.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": "a1", "outlet": "Harbour Daily", "published": "2024-03-08T09:00:00Z", "title": "Portugal and Spain seal water pact", "text": "The prime ministers of Portugal and Spain signed five water agreements in Lisbon on Tuesday after two days of talks. The deals cover irrigation, fisheries and hydropower. Engineers are expected to begin river surveys before the summer. Officials said the pact would be reviewed every three years."}""",
            """{"id": "a2", "outlet": "Iberia Times", "published": "2024-03-08T10:00:00Z", "title": "Lisbon talks end with water accords", "text": "Portugal and Spain signed six water agreements in Lisbon on Tuesday, ending two days of talks between their prime ministers. The accords cover irrigation, fisheries and tidal hydropower. Farmers' unions welcomed the accords but asked for details on compensation <script>alert(1)</script>."}""",
            """{"id": "a3", "outlet": "Coastal Wire", "published": "2024-03-08T11:00:00Z", "title": "Water pact signed in Lisbon", "text": "The prime ministers of Portugal and Spain signed five water agreements in Lisbon on Tuesday after their talks. Protesters gathered outside the venue demanding compensation for flooded farms in the river valley."}""",
        ]);
        var (exitCode, _, error) = await CliRunner.RunAsync("ingest", input, "--db", Database, "--quiet");
        Assert.True(exitCode == 0, error);
        var (_, list, _) = await CliRunner.RunAsync("stories", "--db", Database);
        return list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(l => l.Contains("3 articles", StringComparison.Ordinal)).Split(' ')[0];
    }

    [Fact]
    public async Task Json_briefing_cites_every_summary_sentence_and_records_the_count_conflict()
    {
        var story = await IngestStoryAsync();

        var (exitCode, output, error) = await CliRunner.RunAsync("brief", story, "--db", Database, "--format", "json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var briefing = json.RootElement.GetProperty("briefing");
        Assert.False(string.IsNullOrWhiteSpace(briefing.GetProperty("headline").GetString()));
        var summary = briefing.GetProperty("summary").EnumerateArray().ToList();
        Assert.InRange(summary.Count, 4, 10);
        Assert.All(summary, s => Assert.NotEqual(0, s.GetProperty("citations").GetArrayLength()));
        var conflicts = json.RootElement.GetProperty("claims").EnumerateArray().SelectMany(c => c.GetProperty("conflicts").EnumerateArray()).ToList();
        Assert.Contains(conflicts, c => c.GetProperty("field").GetString() == "amount");
    }

    [Fact]
    public async Task Markdown_and_html_briefings_escape_article_text()
    {
        var story = await IngestStoryAsync();

        var (_, markdown, _) = await CliRunner.RunAsync("brief", story, "--db", Database);
        var (exitCode, html, _) = await CliRunner.RunAsync("brief", story, "--db", Database, "--format", "html");

        Assert.Equal(0, exitCode);
        Assert.Contains("## Summary", markdown, StringComparison.Ordinal);
        Assert.Contains("## Discrepancies", markdown, StringComparison.Ordinal);
        Assert.Contains("(057)", markdown.Split("## Who did what to whom")[1].Split("\n## ")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_story_is_an_error_naming_it()
    {
        await IngestStoryAsync();

        var (exitCode, _, error) = await CliRunner.RunAsync("brief", "s-nosuchstory", "--db", Database);

        Assert.Equal(1, exitCode);
        Assert.Contains("s-nosuchstory", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
