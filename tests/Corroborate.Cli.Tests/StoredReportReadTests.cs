using System.Text.Json;
using System.Text.Json.Nodes;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Cli.Tests;

/// <summary>
/// <c>story ID</c> and <c>brief ID</c> print a story from its stored report (the contract's story object and its
/// <c>"view"</c>) when one of its current article set exists, and that print is the same, byte for byte, as the
/// print of a fresh analysis.
/// </summary>
public sealed class StoredReportReadTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-stored-read-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static readonly string[][] Prints =
    [
        ["story", "--format", "markdown"], ["story", "--format", "json"], ["story", "--format", "csv"],
        ["brief", "--format", "markdown"], ["brief", "--format", "html"], ["brief", "--format", "json"],
    ];

    private async Task<(string Store, List<string> Stories)> IngestAsync(string name)
    {
        var store = Path.Combine(_folder.FullName, name + ".db");
        var ingest = await CliRunner.RunAsync("ingest", Repository.Samples, "--db", store, "--quiet");
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        var list = await CliRunner.RunAsync("stories", "--db", store, "--format", "json");
        using var stories = JsonDocument.Parse(list.Output);
        return (store, [.. stories.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)]);
    }

    private static async Task<string> PrintAsync(string store, string story, string[] print)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync([print[0], story, "--db", store, .. print[1..]]);
        Assert.True(exitCode == 0, error);
        return output;
    }

    [Fact]
    public async Task A_story_printed_from_its_stored_report_is_byte_for_byte_the_story_printed_from_its_analysis()
    {
        var (store, stories) = await IngestAsync("samples");
        Assert.NotEmpty(stories);
        foreach (var story in stories)
        {
            // Nothing is stored yet: the first print analyses the story (and stores its report).
            Assert.Null(await StoredReportAsync(store, story));
            var analysed = new List<string>();
            foreach (var print in Prints)
            {
                analysed.Add(await PrintAsync(store, story, print));
            }

            Assert.NotNull(await StoredReportAsync(store, story));
            for (var i = 0; i < Prints.Length; i++)
            {
                Assert.Equal(analysed[i], await PrintAsync(store, story, Prints[i]));
            }
        }
    }

    [Fact]
    public async Task The_stored_report_is_what_is_printed_not_a_new_analysis()
    {
        var (store, stories) = await IngestAsync("tampered");
        var story = stories[0];
        await PrintAsync(store, story, Prints[0]);
        var stored = JsonNode.Parse((await StoredReportAsync(store, story))!)!;
        stored["view"]!["headline"] = "A headline only the stored report has";
        stored["briefing"]!["headline"] = "A headline only the stored report has";
        await PutStoredReportAsync(store, story, stored.ToJsonString());

        Assert.Contains("A headline only the stored report has", await PrintAsync(store, story, Prints[0]), StringComparison.Ordinal);
        Assert.Contains("A headline only the stored report has", await PrintAsync(store, story, Prints[4]), StringComparison.Ordinal);
        Assert.Contains("A headline only the stored report has", await PrintAsync(store, story, Prints[5]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_claims_csv_is_printed_from_the_stored_report_not_a_new_analysis()
    {
        var (store, stories) = await IngestAsync("tampered-csv");
        foreach (var story in stories)
        {
            await PrintAsync(store, story, Prints[2]);
        }

        // A story with claims: its stored first claim gets a text no analysis gives.
        var withClaims = new List<(string Story, JsonNode Stored)>();
        foreach (var story in stories)
        {
            var stored = JsonNode.Parse((await StoredReportAsync(store, story))!)!;
            if (stored["claims"]!.AsArray().Count > 0)
            {
                withClaims.Add((story, stored));
            }
        }

        Assert.NotEmpty(withClaims);
        var (id, report) = withClaims[0];
        report["claims"]![0]!["text"] = "A claim only the stored report has";
        await PutStoredReportAsync(store, id, report.ToJsonString());

        var csv = await PrintAsync(store, id, Prints[2]);
        Assert.StartsWith("story,claim,text,outlets,independentSources,outletNames,articles,conflicts", csv, StringComparison.Ordinal);
        Assert.Contains("A claim only the stored report has", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_report_without_a_view_is_analysed_again()
    {
        var (store, stories) = await IngestAsync("old");
        var story = stories[0];
        var analysed = await PrintAsync(store, story, Prints[0]);
        var stored = JsonNode.Parse((await StoredReportAsync(store, story))!)!.AsObject();
        stored.Remove("view");
        stored["title"] = "A title only the old stored report has";
        await PutStoredReportAsync(store, story, stored.ToJsonString());

        Assert.Equal(analysed, await PrintAsync(store, story, Prints[0]));
    }

    private static async Task<string?> StoredReportAsync(string path, string storyId)
    {
        await using var store = await SqliteArticleStore.OpenAsync(path);
        var story = await ArticleStores.Stories(store).GetStoryAsync(storyId);
        return await ArticleStores.Reports(store).GetReportAsync(storyId, StoryVersions.ArticleSet(story!), StoryVersions.BuiltInAnalysis);
    }

    private static async Task PutStoredReportAsync(string path, string storyId, string report)
    {
        await using var store = await SqliteArticleStore.OpenAsync(path);
        var story = await ArticleStores.Stories(store).GetStoryAsync(storyId);
        await ArticleStores.Reports(store).PutReportAsync(storyId, StoryVersions.ArticleSet(story!), StoryVersions.BuiltInAnalysis, report);
    }
}
