using System.Text.Json;
using Corroborate.Tests.Support;

namespace Corroborate.Cli.Tests;

/// <summary>Every command's JSON is the contract's: the same envelope and the same escaping as <c>analyze</c>.</summary>
public sealed class ContractJsonTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-contract-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Samples => Repository.Samples;

    private async Task<(string Store, JsonDocument Analysis)> IngestSamplesAsync()
    {
        var store = Path.Combine(_folder.FullName, "samples.db");
        var ingest = await CliRunner.RunAsync("ingest", Samples, "--db", store, "--quiet");
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        var analyze = await CliRunner.RunAsync("analyze", Samples, "--format", "json", "--quiet");
        Assert.True(analyze.ExitCode == 0, analyze.Error);
        return (store, JsonDocument.Parse(analyze.Output));
    }

    [Fact]
    public async Task Story_json_is_the_documented_envelope_holding_the_story_analyze_writes()
    {
        var (store, analysis) = await IngestSamplesAsync();
        using var _ = analysis;
        var visit = analysis.RootElement.GetProperty("stories").EnumerateArray().Single(s => s.GetRawText().Contains("Vučić", StringComparison.Ordinal));
        var id = visit.GetProperty("id").GetString()!;

        var (exitCode, output, error) = await CliRunner.RunAsync("story", id, "--db", store, "--format", "json");

        Assert.True(exitCode == 0, error);
        using var story = JsonDocument.Parse(output);
        Assert.Equal(["articles", "stories", "copies", "errors"], story.RootElement.EnumerateObject().Select(p => p.Name));
        var only = Assert.Single(story.RootElement.GetProperty("stories").EnumerateArray());
        // Byte for byte the story analyze wrote (both at the same depth, so the same indentation), but for the store-wide
        // entity ids: analyze links every story's entities through one registry in story order, `story` through a
        // registry of that story alone (the registry is not stored yet), so an identity first named more fully in an
        // earlier story has another id there. And but for the extraction (entities, quotes, timeline) and corroboration
        // (claims, briefing) of a story between two rebuild points: `story` gives the report every online process gives
        // (workers, serve; grown since the last rebuild point), analyze the whole one; a grown report says so.
        var (analyzed, read) = (WithoutEntityIds(visit.GetRawText()), WithoutEntityIds(only.GetRawText()));
        Assert.True(analyzed == read || read.Contains("\"incremental\": {", StringComparison.Ordinal), "the story differs from analyze's and is no grown report");
        Assert.Equal(WithoutCorroboration(analyzed), WithoutCorroboration(read));
        Assert.Equal(visit.GetProperty("articles").EnumerateArray().Select(a => a.GetString()),
            story.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    /// <summary>The story's JSON without what grows between rebuild points: its entities, quotes, timeline, amounts, claims, briefing and "incremental" (written together, just before its events).</summary>
    private static string WithoutCorroboration(string json)
    {
        var start = json.IndexOf("\"entities\":", StringComparison.Ordinal);
        var end = json.IndexOf("\"events\":", Math.Max(0, start), StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "a story with entities, claims and events");
        return json[..start] + json[end..];
    }

    private static string WithoutEntityIds(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"entityId\": \"E[0-9a-f]{12}(-[0-9]+)?\"", "\"entityId\": \"…\"");

    [Fact]
    public async Task Story_brief_and_show_write_letters_of_every_script_as_they_are_and_escape_markup()
    {
        var (store, analysis) = await IngestSamplesAsync();
        using var _ = analysis;
        var visit = analysis.RootElement.GetProperty("stories").EnumerateArray().Single(s => s.GetRawText().Contains("Vučić", StringComparison.Ordinal));
        var id = visit.GetProperty("id").GetString()!;
        var article = analysis.RootElement.GetProperty("articles").EnumerateArray()
            .First(a => a.GetProperty("text").GetString()!.Contains("Vučić", StringComparison.Ordinal)).GetProperty("id").GetString()!;

        foreach (var args in new[] { new[] { "story", id }, ["brief", id], ["show", article] })
        {
            var (exitCode, output, error) = await CliRunner.RunAsync([.. args, "--db", store, "--format", "json"]);

            Assert.True(exitCode == 0, error);
            Assert.Contains("Vučić", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u010D", output, StringComparison.OrdinalIgnoreCase);
            // HTML-sensitive characters stay escaped (JSON safe to embed in a page), as in analyze.
            Assert.DoesNotContain("'", output, StringComparison.Ordinal);
        }
    }
}
