using System.Text;
using System.Text.Json;

namespace Corroborate.Cli.Tests;

public sealed class CliCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-cli-");

    private string Inputs => Path.Combine(_folder.FullName, "in");

    private string Database => Path.Combine(_folder.FullName, "store.db");

    private void WriteInputs(bool withBadFiles)
    {
        Directory.CreateDirectory(Inputs);
        File.WriteAllText(Path.Combine(Inputs, "quake.txt"), """
             date 2024-04-03 TAIPEI - A strong earthquake struck eastern Taiwan on Wednesday, killing nine people, officials said.

            • Also read: Chip factories check equipment after tremor

            Rescue teams reached hikers trapped near Hualien. The Central Weather Administration measured magnitude 7.4.
            """);
        File.WriteAllText(Path.Combine(Inputs, "wire.jsonl"), """
            {"id": "w1", "title": "Storm reaches coast", "text": "A storm reached the coast on Monday. Schools closed.", "published": "2024-09-02T08:00:00Z", "outlet": "Wire"}
            {"id": "w2", "title": "Vote count ends", "text": "Officials finished counting votes on Sunday. Turnout was 61 percent.", "outlet": "Wire"}
            """);
        if (withBadFiles)
        {
            File.WriteAllBytes(Path.Combine(Inputs, "photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, .. "JFIF"u8, 0]);
            File.WriteAllBytes(Path.Combine(Inputs, "empty.txt"), []);
            File.WriteAllBytes(Path.Combine(Inputs, "bad.txt"), [.. "Ra\u00fal Castro met "u8, 0xE2, 0x82, .. " in Havana "u8, 0xC3, 0xA9, .. " today"u8]);
        }
    }

    [Fact]
    public async Task Analyze_prints_the_json_contract_for_every_good_article()
    {
        WriteInputs(withBadFiles: false);

        var (exitCode, output, _) = await CliRunner.RunAsync("analyze", Inputs, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var articles = json.RootElement.GetProperty("articles");
        Assert.Equal(3, articles.GetArrayLength());
        var quake = articles.EnumerateArray().Single(a => a.GetProperty("source").GetString()!.EndsWith("quake.txt", StringComparison.Ordinal));
        Assert.Equal("2024-04-03T00:00:00+00:00", quake.GetProperty("published").GetString());
        Assert.Equal("header", quake.GetProperty("publishedFrom").GetString());
        Assert.Equal("en", quake.GetProperty("language").GetString());
        Assert.StartsWith("A strong earthquake struck", quake.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(quake.GetProperty("removed").EnumerateArray(), r => r.GetProperty("reason").GetString() == "related-link");
        var wire = articles.EnumerateArray().Single(a => a.GetProperty("externalId").GetString() == "w1");
        Assert.Equal("Wire", wire.GetProperty("outlet").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("stories").ValueKind);
    }

    [Fact]
    public async Task Analyze_names_each_bad_input_and_exits_with_one()
    {
        WriteInputs(withBadFiles: true);

        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", Inputs, "--format", "json");

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(3, json.RootElement.GetProperty("articles").GetArrayLength());
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.GetProperty("source").GetString()!.EndsWith("photo.jpg", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("source").GetString()!.EndsWith("empty.txt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("message").GetString()!.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Contains("photo.jpg", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_in_markdown_escapes_markup_from_article_text()
    {
        Directory.CreateDirectory(Inputs);
        File.WriteAllText(Path.Combine(Inputs, "hostile.txt"), "Mayor says <script>alert(1)</script> is not a headline\n\nThe body has <img src=x onerror=alert(2)> inside it.");

        var (exitCode, output, _) = await CliRunner.RunAsync("analyze", Inputs);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("<script>", output, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_twice_stores_each_article_once_and_articles_lists_them()
    {
        WriteInputs(withBadFiles: false);

        var first = await CliRunner.RunAsync("ingest", Inputs, "--db", Database);
        var second = await CliRunner.RunAsync("ingest", Inputs, "--db", Database);
        var list = await CliRunner.RunAsync("articles", "--db", Database);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 new", first.Error, StringComparison.Ordinal);
        Assert.Contains("0 new", second.Error, StringComparison.Ordinal);
        Assert.Equal(3, list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Ingest_of_bad_files_keeps_what_was_stored_before()
    {
        WriteInputs(withBadFiles: false);
        await CliRunner.RunAsync("ingest", Inputs, "--db", Database);
        WriteInputs(withBadFiles: true);

        var (exitCode, _, error) = await CliRunner.RunAsync("ingest", Inputs, "--db", Database);
        var list = await CliRunner.RunAsync("articles", "--db", Database);

        Assert.Equal(1, exitCode);
        Assert.Contains("3 inputs failed", error, StringComparison.Ordinal);
        Assert.Equal(3, list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Show_prints_one_article_by_id_or_external_id()
    {
        WriteInputs(withBadFiles: false);
        await CliRunner.RunAsync("ingest", Inputs, "--db", Database);

        var byExternalId = await CliRunner.RunAsync("show", "w2", "--db", Database, "--format", "json");
        using var json = JsonDocument.Parse(byExternalId.Output);
        var id = json.RootElement.GetProperty("id").GetString()!;
        var byId = await CliRunner.RunAsync("show", id, "--db", Database);
        var missing = await CliRunner.RunAsync("show", "nope", "--db", Database);

        Assert.Equal(0, byExternalId.ExitCode);
        Assert.Equal("Vote count ends", json.RootElement.GetProperty("title").GetString());
        Assert.Contains("Turnout was 61 percent.", byId.Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x", "--format", "yaml")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_two(params string[] args)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("corroborate", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_store_location_from_the_environment_when_no_option_is_given()
    {
        WriteInputs(withBadFiles: false);
        Environment.SetEnvironmentVariable(StoreLocation.EnvironmentVariable, Database);
        try
        {
            await CliRunner.RunAsync("ingest", Path.Combine(Inputs, "quake.txt"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(StoreLocation.EnvironmentVariable, null);
        }

        var list = await CliRunner.RunAsync("articles", "--db", Database);
        Assert.Single(list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_store_that_is_not_a_database_is_named_without_a_stack_trace()
    {
        WriteInputs(withBadFiles: false);
        await File.WriteAllTextAsync(Database, "a text file where the store should be");

        var (exitCode, _, error) = await CliRunner.RunAsync("ingest", Inputs, "--db", Database, "--quiet");

        Assert.Equal(1, exitCode);
        Assert.Contains(Database, error, StringComparison.Ordinal);
        Assert.Contains("not a database", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("a text file where the store should be", await File.ReadAllTextAsync(Database));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
