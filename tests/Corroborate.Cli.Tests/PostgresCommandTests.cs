using Corroborate.Tests.Support;

namespace Corroborate.Cli.Tests;

/// <summary>Commands that once hard-wired SQLite open any store through <c>ArticleStores</c>: export and watch on PostgreSQL.</summary>
public sealed class PostgresCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-pg-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Samples => Repository.Samples;

    [PostgresFact]
    public async Task Export_gdelt_from_postgresql_writes_the_files_a_sqlite_store_of_the_same_articles_gives()
    {
        await using var heldServer = await PostgresTestSchema.HoldServerAsync();
        await using var schema = await PostgresTestSchema.CreateAsync();
        var sqlite = Path.Combine(_folder.FullName, "samples.db");
        foreach (var store in new[] { schema.Location, sqlite })
        {
            var ingest = await CliRunner.RunAsync("ingest", Samples, "--db", store, "--quiet");
            Assert.True(ingest.ExitCode == 0, ingest.Error);
        }

        var fromPostgres = await CliRunner.RunAsync("export", "gdelt", "--db", schema.Location, "--out", Path.Combine(_folder.FullName, "pg"));
        var fromSqlite = await CliRunner.RunAsync("export", "gdelt", "--db", sqlite, "--out", Path.Combine(_folder.FullName, "sqlite"));

        Assert.True(fromPostgres.ExitCode == 0, fromPostgres.Error);
        Assert.True(fromSqlite.ExitCode == 0, fromSqlite.Error);
        var written = Directory.GetFiles(Path.Combine(_folder.FullName, "pg")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, written.Count);
        foreach (var file in written)
        {
            var rows = await File.ReadAllTextAsync(Path.Combine(_folder.FullName, "pg", file!));
            Assert.NotEmpty(rows);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(_folder.FullName, "sqlite", file!)), rows);
        }
    }

    [PostgresFact]
    public async Task Watch_stores_a_feeds_articles_and_its_conditional_state_in_postgresql()
    {
        await using var heldServer = await PostgresTestSchema.HoldServerAsync();
        await using var schema = await PostgresTestSchema.CreateAsync();
        await using var server = new LoopbackServer(request => request.Url!.AbsolutePath switch
        {
            "/feed" when request.Headers["If-None-Match"] == "\"r1\"" => new(304, ""),
            "/feed" => new(200, """
                <rss version="2.0"><channel><title>Harbour desk</title>
                <item><title>Ferry service resumes</title><link>/pages/ferry</link><guid>ferry</guid></item>
                <item><title>Bridge repairs start</title><link>/pages/bridge</link><guid>bridge</guid></item>
                </channel></rss>
                """, "application/rss+xml", new Dictionary<string, string> { ["ETag"] = "\"r1\"" }),
            var path => new(200, $"The harbour report at {path} says crews worked through the night. Service returned by morning."),
        });
        var feed = server.Url("/feed");

        var first = await CliRunner.RunAsync("watch", feed, "--once", "--allow-private", "--db", schema.Location);
        var second = await CliRunner.RunAsync("watch", feed, "--once", "--allow-private", "--db", schema.Location);
        var listed = await CliRunner.RunAsync("articles", "--db", schema.Location);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("2 new", first.Error, StringComparison.Ordinal);
        // The ETag was kept in PostgreSQL: the second run asked conditionally and took nothing.
        Assert.Contains("not modified", second.Error, StringComparison.Ordinal);
        Assert.Contains(server.Requests, r => r.Path == "/feed" && r.IfNoneMatch == "\"r1\"");
        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.Equal(2, listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
