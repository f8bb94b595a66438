using System.Text.Json;

namespace Corroborate.Cli.Tests;

/// <summary>Commands refuse rather than invent, never crash on input, and never print control characters (issue 14).</summary>
public sealed class CliReliabilityTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-cli-reliability-");

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    [Theory]
    [InlineData("stories")]
    [InlineData("articles")]
    [InlineData("story", "s-000000000000")]
    [InlineData("brief", "s-000000000000")]
    [InlineData("show", "000000000000")]
    [InlineData("export", "gdelt", "--out", "OUT")]
    public async Task Read_commands_on_a_missing_store_created_an_empty_one_and_exited_zero_regression_they_refuse_it(params string[] command)
    {
        var missing = PathOf("missing.db");
        string[] args = [.. command.Select(a => a == "OUT" ? PathOf("out") : a), "--db", missing];

        var (exitCode, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(1, exitCode);
        Assert.Contains($"no store at {missing}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Ingest_of_a_path_that_does_not_exist_created_an_empty_store_regression_it_is_named_and_nothing_is_created()
    {
        var store = PathOf("store.db");

        var (exitCode, _, error) = await CliRunner.RunAsync("ingest", PathOf("no-such-folder"), "--db", store);

        Assert.Equal(1, exitCode);
        Assert.Contains("no-such-folder: no such file or folder", error, StringComparison.Ordinal);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task Watch_help_crashed_without_interval_regression_it_prints_the_default()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("watch", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--interval", output, StringComparison.Ordinal);
        Assert.Contains("default 10m", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_without_interval_crashed_regression_the_default_applies_and_a_loopback_feed_is_refused()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("watch", "http://127.0.0.1:9/feed.xml", "--once", "--db", PathOf("watch.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("refused to connect to 127.0.0.1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_names_a_bad_interval_as_a_usage_error()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("watch", "https://example.org/feed.xml", "--interval", "soon");

        Assert.Equal(2, exitCode);
        Assert.Contains("'soon' is not a duration", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Titles_printed_raw_terminal_escape_codes_regression_no_control_character_reaches_the_output()
    {
        var input = PathOf("escapes.jsonl");
        await File.WriteAllTextAsync(input, """
            {"title": "Harbour \u001b[31mreopens\u001b[0m\u001b]0;owned\u0007", "outlet": "Wire\u001b[2J", "text": "The harbour reopened on Monday.\u001b[1A Ferries resume on Tuesday."}
            """);
        var store = PathOf("escapes.db");

        var analyzed = await CliRunner.RunAsync("analyze", input);
        await CliRunner.RunAsync("ingest", input, "--db", store);
        var listed = await CliRunner.RunAsync("stories", "--db", store);
        var storyId = listed.Output.Split(' ')[0];
        var shown = await CliRunner.RunAsync("story", storyId, "--db", store);
        var brief = await CliRunner.RunAsync("brief", storyId, "--db", store);

        foreach (var (exitCode, output, error) in new[] { analyzed, listed, shown, brief })
        {
            Assert.Equal(0, exitCode);
            Assert.DoesNotContain(output + error, c => c == '\u001b' || c == '\u0007' || (char.IsControl(c) && c is not '\n' and not '\t'));
        }

        Assert.Contains("## Story: Harbour", analyzed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_of_go_zero_time_and_far_dates_crashed_regression_every_article_is_reported()
    {
        var input = PathOf("far.jsonl");
        await File.WriteAllLinesAsync(input, new[] { "0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z", "0001-01-20T00:00:00Z", "2024-05-06T08:00:00Z" }
            .Select((date, i) => $$"""{"title": "Report {{i}}", "published": "{{date}}", "text": "Officials said next year would differ and last month was quiet. They meet next Monday and again in the summer. Item {{i}}."}"""));

        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", input, "--format", "json");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var published = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("published").ToString()).ToList();
        Assert.Equal(["", "", "", "2024-05-06T08:00:00+00:00"], published);
    }

    [Fact]
    public async Task A_byte_identical_copy_disappeared_from_the_report_regression_it_is_listed_with_what_it_copies()
    {
        Directory.CreateDirectory(PathOf("in"));
        const string text = "Harbour reopens\n\nThe harbour reopened on Monday after the storm repairs were finished.\n";
        await File.WriteAllTextAsync(PathOf("in/a.txt"), text);
        await File.WriteAllTextAsync(PathOf("in/b.txt"), text);

        var json = await CliRunner.RunAsync("analyze", PathOf("in"), "--format", "json");
        var markdown = await CliRunner.RunAsync("analyze", PathOf("in"));

        using var report = JsonDocument.Parse(json.Output);
        var article = Assert.Single(report.RootElement.GetProperty("articles").EnumerateArray()).GetProperty("id").GetString();
        var copy = Assert.Single(report.RootElement.GetProperty("copies").EnumerateArray());
        Assert.EndsWith("b.txt", copy.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(article, copy.GetProperty("duplicateOf").GetString());
        Assert.Contains("also read, word for word, from", markdown.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
