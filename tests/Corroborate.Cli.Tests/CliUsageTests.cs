using Corroborate.Tests.Support;

namespace Corroborate.Cli.Tests;

/// <summary>What a new user of <c>corroborate</c> reads: usage, help defaults and the counts in its messages.</summary>
public sealed class CliUsageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-usage-");

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    [Theory]
    [InlineData("--help")]
    [InlineData("ingest", "--help")]
    public async Task Usage_names_the_corroborate_command_not_the_assembly(params string[] args)
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(args);

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:\n  corroborate", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Corroborate.Cli", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_readers_help_states_the_rule_once_without_this_machines_figure()
    {
        var (_, output, _) = await CliRunner.RunAsync("worker", "--help");

        var line = Assert.Single(output.Split('\n'), l => l.Contains("--readers", StringComparison.Ordinal));
        Assert.Contains("one fewer than the CPU cores", line, StringComparison.Ordinal);
        Assert.DoesNotContain("[default:", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_of_one_article_says_1_article_and_1_story()
    {
        File.WriteAllText(PathOf("one.txt"), "A ferry ran aground off the island on Sunday, the coast guard said. All 40 passengers were taken ashore.");

        var (exitCode, _, error) = await CliRunner.RunAsync("ingest", PathOf("one.txt"), "--db", PathOf("store.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains("1 article read, 1 new, 0 already stored, 0 inputs failed; 1 article in 1 story in", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_list_counts_one_article_and_one_outlet_in_the_singular()
    {
        File.WriteAllText(PathOf("one.jsonl"), """{"id": "f1", "title": "Ferry aground", "text": "A ferry ran aground off the island on Sunday, the coast guard said.", "outlet": "Harbour Post"}""");
        await CliRunner.RunAsync("ingest", PathOf("one.jsonl"), "--db", PathOf("store.db"), "--quiet");

        var (exitCode, output, _) = await CliRunner.RunAsync("stories", "--db", PathOf("store.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains("1 article ", output, StringComparison.Ordinal);
        Assert.Contains("1 outlet ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("articles", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_once_reports_each_feed_without_a_next_poll_time()
    {
        const string Feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>
            <item><title>Ferry aground</title><link>http://127.0.0.1/ferry</link><guid>ferry-1</guid>
            <description>A ferry ran aground off the island on Sunday, the coast guard said. All passengers were taken ashore.</description></item>
            </channel></rss>
            """;
        await using var server = new LoopbackServer(_ => new LoopbackServer.Response(200, Feed, "application/rss+xml"));
        var url = server.Url("/feed.xml");

        var (exitCode, _, error) = await CliRunner.RunAsync("watch", url, "--once", "--no-follow", "--allow-private", "--db", PathOf("watch.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains($"{url}: 1 new entry", error, StringComparison.Ordinal);
        Assert.DoesNotContain("next poll", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_draws_no_progress_when_standard_error_is_not_a_terminal()
    {
        Directory.CreateDirectory(PathOf("many"));
        for (var i = 0; i < 25; i++)
        {
            File.WriteAllText(PathOf($"many/{i:00}.txt"), $"Crews cleared {i + 2} roads after the storm on Monday, the council said. Schools stayed shut in district {i}.");
        }

        var (exitCode, _, error) = await CliRunner.RunAsync("ingest", PathOf("many"), "--db", PathOf("store.db"));

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("reading", error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"articles, [\d,]+/s|\d+/\d+ inputs", error);
        Assert.DoesNotContain("\u001b", error, StringComparison.Ordinal);
        Assert.StartsWith("25 articles read", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
