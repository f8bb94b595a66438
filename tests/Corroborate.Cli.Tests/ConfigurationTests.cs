using Corroborate.Cli.Configuration;

namespace Corroborate.Cli.Tests;

/// <summary>corroborate.json and its precedence: flags, then CORROBORATE_* variables, then the file, then the defaults.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-config-");

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    private string WriteConfig(string json)
    {
        var path = PathOf("corroborate.json");
        File.WriteAllText(path, json);
        return path;
    }

    private string WriteArticle()
    {
        var path = PathOf("one.txt");
        File.WriteAllText(path, "The ferry ran aground off the island on Sunday, the coast guard said. All passengers were taken ashore.");
        return path;
    }

    [Fact]
    public async Task The_files_store_is_used_relative_to_the_files_folder_when_no_flag_or_variable_names_one()
    {
        var config = WriteConfig("""{ "store": "from-file.db" }""");

        var (exitCode, _, error) = await CliRunner.RunWithEnvironmentAsync(NoEnvironment, "ingest", WriteArticle(), "--config", config);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(PathOf("from-file.db")), error);
        Assert.Contains(PathOf("from-file.db"), error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_environment_beats_the_file()
    {
        var config = WriteConfig("""{ "store": "from-file.db" }""");

        var (exitCode, _, _) = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["CORROBORATE_DB"] = PathOf("from-environment.db") }, "ingest", WriteArticle(), "--config", config);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(PathOf("from-environment.db")));
        Assert.False(File.Exists(PathOf("from-file.db")));
    }

    [Fact]
    public async Task A_flag_beats_the_environment_and_the_file()
    {
        var config = WriteConfig("""{ "store": "from-file.db" }""");

        var (exitCode, _, _) = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["CORROBORATE_DB"] = PathOf("from-environment.db") },
            "ingest", WriteArticle(), "--config", config, "--db", PathOf("from-flag.db"));

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(PathOf("from-flag.db")));
        Assert.False(File.Exists(PathOf("from-environment.db")));
        Assert.False(File.Exists(PathOf("from-file.db")));
    }

    [Theory]
    [InlineData(null, null, "6001")]
    [InlineData(null, "http://0.0.0.0:6002", "6002")]
    [InlineData("http://0.0.0.0:6003", "http://0.0.0.0:6002", "6003")]
    public async Task Serve_listens_where_the_flag_else_the_environment_else_the_file_says(string? flag, string? environment, string expectedPort)
    {
        // Beyond loopback without a token serve refuses to start, naming the URL it would have used: no server is started.
        var config = WriteConfig("""{ "serve": { "urls": "http://0.0.0.0:6001", "logFormat": "json" } }""");
        var variables = environment is null ? NoEnvironment : new Dictionary<string, string> { ["CORROBORATE_URLS"] = environment };
        string[] args = flag is null ? ["serve", "--config", config] : ["serve", "--config", config, "--urls", flag];

        var (exitCode, _, error) = await CliRunner.RunWithEnvironmentAsync(variables, args);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains($"'http://0.0.0.0:{expectedPort}' listens beyond loopback", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_format_from_the_file_is_checked_like_the_flag()
    {
        var config = WriteConfig("""{ "serve": { "logFormat": "xml" } }""");

        var (exitCode, _, error) = await CliRunner.RunWithEnvironmentAsync(NoEnvironment, "serve", "--config", config);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("log format 'xml'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_level_from_the_environment_is_checked_and_beats_the_file()
    {
        var config = WriteConfig("""{ "serve": { "logLevel": "warning" } }""");

        var (exitCode, _, error) = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["CORROBORATE_LOG_LEVEL"] = "loud" }, "serve", "--config", config);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("log level 'loud'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_takes_its_feeds_from_the_file_and_checks_them()
    {
        var config = WriteConfig("""
            // feeds we poll
            { "feeds": ["https://example.org/feed.xml", "ftp://example.org/feed"], }
            """);

        var (exitCode, _, error) = await CliRunner.RunWithEnvironmentAsync(NoEnvironment, "watch", "--once", "--config", config, "--db", PathOf("w.db"));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("'ftp://example.org/feed' is not an http or https URL", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_without_feeds_anywhere_says_where_they_may_come_from()
    {
        var (exitCode, _, error) = await CliRunner.RunWithEnvironmentAsync(NoEnvironment, "watch", "--once", "--db", PathOf("w.db"));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("CORROBORATE_FEEDS", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "stroe": "x.db" }""", "stroe")]
    [InlineData("""{ "serve": { "port": "high" } }""", "$.serve.port")]
    [InlineData("{ \"store\": ", "line")]
    public async Task A_file_with_an_unknown_key_a_wrong_type_or_broken_json_is_refused_naming_the_file(string json, string named)
    {
        var config = WriteConfig(json);

        var (exitCode, _, error) = await CliRunner.RunWithEnvironmentAsync(NoEnvironment, "stories", "--config", config);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains(config, error, StringComparison.Ordinal);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_config_file_that_does_not_exist_is_a_usage_error()
    {
        var (exitCode, _, error) = await CliRunner.RunWithEnvironmentAsync(NoEnvironment, "stories", "--config", PathOf("missing.json"));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("missing.json: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_in_the_working_directory_is_read_when_none_is_named_and_its_absence_is_no_error()
    {
        Assert.Null(CorroborateConfig.Load(null, _folder.FullName).Path);
        WriteConfig("""{ "interval": "30s", "worker": { "readers": 3, "inbox": "in" }, "gazetteer": ["places.tsv"] }""");

        var config = CorroborateConfig.Load(null, _folder.FullName);

        Assert.Equal(PathOf("corroborate.json"), config.Path);
        Assert.Equal("30s", config.Interval);
        Assert.Equal(3, config.Worker.Readers);
        Assert.Equal(PathOf("in"), config.Worker.Inbox);
        Assert.Equal(PathOf("places.tsv"), Assert.Single(config.Gazetteer));
    }

    [Theory]
    [InlineData("flag", "environment", "file", "flag")]
    [InlineData(null, "environment", "file", "environment")]
    [InlineData(null, "", "file", "file")]
    [InlineData(null, null, "file", "file")]
    [InlineData(null, null, null, "default")]
    public void Resolve_takes_the_flag_then_the_environment_then_the_file_then_the_default(string? flag, string? environment, string? file, string expected)
    {
        var settings = new CliSettings(new CorroborateConfig(), name => name == "CORROBORATE_X" ? environment : null);

        Assert.Equal(expected, settings.Resolve(flag, "CORROBORATE_X", file, "default"));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
