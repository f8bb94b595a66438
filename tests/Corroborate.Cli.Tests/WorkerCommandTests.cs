namespace Corroborate.Cli.Tests;

public sealed class WorkerCommandTests
{
    [Fact]
    public async Task Refuses_a_sqlite_store_with_a_usage_error()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("worker", "--db", "local.db", "--once");

        Assert.Equal(2, exitCode);
        Assert.Contains("needs a PostgreSQL store", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_an_unreachable_store_without_its_password()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("worker", "--db", "postgresql://newsdesk:hunter2@127.0.0.1:1/archive", "--once");

        Assert.Equal(1, exitCode);
        Assert.Contains("postgresql://newsdesk@127.0.0.1:1/archive", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_feeds_file_with_something_that_is_not_a_url()
    {
        var feeds = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(feeds, "# our feeds\nhttps://example.org/feed.xml\nftp://example.org/feed\n");

            var (exitCode, _, error) = await CliRunner.RunAsync("worker", "--db", "postgresql://u@127.0.0.1:1/x", "--feeds", feeds);

            Assert.Equal(2, exitCode);
            Assert.Contains("'ftp://example.org/feed' is not an http or https URL", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(feeds);
        }
    }

    [Fact]
    public async Task A_readers_count_in_the_environment_that_is_not_a_number_is_a_usage_error()
    {
        var environment = new Dictionary<string, string> { ["CORROBORATE_READERS"] = "many" };

        var (exitCode, _, error) = await CliRunner.RunWithEnvironmentAsync(environment, "worker", "--db", "postgresql://u@127.0.0.1:1/x", "--once");

        Assert.Equal(2, exitCode);
        Assert.Contains("CORROBORATE_READERS: 'many'", error, StringComparison.Ordinal);
    }
}
