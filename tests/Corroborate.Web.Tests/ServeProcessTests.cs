using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Cli;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

/// <summary><c>serve</c>'s log and metrics as a log collector and a Prometheus scraper read them: the built command in its own process.</summary>
public sealed partial class ServeProcessTests
{
    [Fact]
    public async Task Json_log_format_writes_one_json_object_per_request_on_standard_error()
    {
        await using var serve = await ServeProcess.StartAsync("--log-format", "json");
        using var client = new HttpClient { BaseAddress = serve.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/stories")).StatusCode);

        var entry = await serve.WaitForAsync(line => line.StartsWith('{') && line.Contains("/api/stories", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(entry);
        Assert.Equal("Information", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("Corroborate.Requests", json.RootElement.GetProperty("Category").GetString());
        var state = json.RootElement.GetProperty("State");
        Assert.Equal("GET", state.GetProperty("Method").GetString());
        Assert.Equal("/api/stories", state.GetProperty("Path").GetString());
        Assert.Equal(200, state.GetProperty("Status").GetInt32());
        Assert.True(state.GetProperty("ElapsedMs").GetDouble() >= 0);
        Assert.True(DateTimeOffset.TryParse(json.RootElement.GetProperty("Timestamp").GetString(), CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Metrics_count_articles_read_stories_request_durations_and_stage_times_in_prometheus_text()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = serve.BaseAddress };
        var health = JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement;
        using var article = new StringContent(
            "Ferry service resumes after storm\n\nFerries between the two islands sailed again on Thursday after a storm kept them in port for three days, the operator said.",
            Encoding.UTF8, "text/plain");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/articles", article)).StatusCode);
        var stories = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("total").GetInt32();

        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(ValueOf(text, "corroborate_articles_read_total") == 1, text);
        Assert.Equal(stories, ValueOf(text, "corroborate_stories"));
        Assert.Equal(health.GetProperty("articles").GetInt32() + 1, ValueOf(text, "corroborate_articles_stored"));
        Assert.Matches(@"http_server_request_duration_seconds_count\{[^}]*http_route=""/api/stories""[^}]*\} [1-9]", text);
        Assert.Matches(@"corroborate_stage_duration_seconds_total\{[^}]*stage=""clean""[^}]*\} \d", text);
    }

    [Fact]
    public async Task An_unknown_log_format_is_a_usage_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CorroborateCli.RunAsync(["serve", "--log-format", "xml"], CliConsole.Capture(output, error));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("xml", error.ToString(), StringComparison.Ordinal);
    }

    private static double? ValueOf(string metrics, string name) =>
        MetricLine().Matches(metrics).Where(m => m.Groups[1].Value == name).Select(m => (double?)double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).FirstOrDefault();

    [GeneratedRegex(@"^([a-z_]+)(?:\{[^}]*\})? ([0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex MetricLine();
}
