using Corroborate.Extraction;
using Corroborate.Pipeline;
using Corroborate.Pipeline.Workers;
using Corroborate.Reporting;
using Corroborate.Storage;
using Npgsql;

namespace Corroborate.Tests.Pipeline.Workers;

/// <summary>
/// What a run left in a store, in a form two runs can be compared by: each article's story (and original,
/// for a copy), each story's report JSON, and what is still waiting.
/// </summary>
public sealed record SharedStoreResult(
    IReadOnlyDictionary<string, (string Story, string? DuplicateOf)> Stories,
    IReadOnlyDictionary<string, string> Reports,
    int ArticleCount,
    long WaitingInputs,
    long WaitingJobs,
    int InputErrors)
{
    /// <summary>
    /// One process, no workers: the pipeline over the folder into SQLite, and every story's report built once at the end by a
    /// fresh analyzer (a grown report where the story is between rebuild points: what any process gives for those articles).
    /// </summary>
    public static async Task<SharedStoreResult> OneProcessAsync(string folder)
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var result = await pipeline.IngestAsync([folder]);
        var articles = result.Articles.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var analyzer = new StoryAnalyzer(AnalysisOptions.Default);
        var reports = pipeline.Stories.Stories().ToDictionary(s => s.Id, s => StoryJobRunner.Json(analyzer.Analyze(s, articles)), StringComparer.Ordinal);
        return new SharedStoreResult(await StoriesAsync(store), reports, await store.CountAsync(), 0, 0, result.Errors.Length);
    }

    /// <summary>What the workers left in the PostgreSQL store at <paramref name="location"/>.</summary>
    public static async Task<SharedStoreResult> OfPostgresAsync(string location)
    {
        await using var store = await PostgresArticleStore.OpenAsync(location);
        var reports = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(PostgresLocation.ToConnectionString(location));
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand("SELECT story_id, report FROM story_reports", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                reports[reader.GetString(0)] = reader.GetString(1);
            }
        }

        await using var errors = new NpgsqlCommand("SELECT count(*) FROM input_errors", connection);
        var state = await new InputQueue(store).StateAsync();
        return new SharedStoreResult(await StoriesAsync(store), reports, await store.CountAsync(), state.WaitingInputs, state.WaitingJobs,
            Convert.ToInt32(await errors.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<Dictionary<string, (string, string?)>> StoriesAsync(IArticleStore store)
    {
        var stories = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        await foreach (var assignment in store.StoryAssignmentsAsync())
        {
            stories.Add(assignment.Article.Id, (assignment.StoryId, assignment.DuplicateOf));
        }

        return stories;
    }

    /// <summary>
    /// Asserts the workers' run equals one process: every article stored once and in a story, the same
    /// story for each (so the same partition), the same report for each story, nothing left waiting.
    /// </summary>
    public void AssertSameAs(SharedStoreResult expected)
    {
        // A comparison worth making: many articles, many stories, some copies and some unreadable inputs.
        Assert.True(expected.ArticleCount >= 30, $"only {expected.ArticleCount} articles");
        Assert.True(expected.Reports.Count >= 5 && expected.Reports.Count < expected.ArticleCount / 2, $"{expected.Reports.Count} stories");
        Assert.Contains(expected.Stories.Values, s => s.DuplicateOf is not null);
        Assert.Equal(0, WaitingInputs);
        Assert.Equal(0, WaitingJobs);
        Assert.Equal(expected.ArticleCount, ArticleCount);
        Assert.Equal(ArticleCount, Stories.Count);
        Assert.Equal(expected.InputErrors, InputErrors);
        var differences = expected.Stories.Where(pair => !Stories.TryGetValue(pair.Key, out var actual) || actual != pair.Value)
            .Select(pair => $"{pair.Key}: expected {pair.Value}, got {(Stories.TryGetValue(pair.Key, out var actual) ? actual.ToString() : "nothing")}").ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} articles in other stories:\n" + string.Join('\n', differences.Take(10)));
        Assert.Equal(expected.Reports.Keys.Order(StringComparer.Ordinal), Reports.Keys.Order(StringComparer.Ordinal));
        foreach (var (story, report) in expected.Reports)
        {
            Assert.True(report == Reports[story], $"story {story}: the workers' report differs from one process's");
        }
    }
}
