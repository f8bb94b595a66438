using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// Per-story work, in parallel on any worker: a story's report (extraction over its articles, as
/// <see cref="StoryAnalyzer.Analyze(Clustering.Story, IReadOnlyDictionary{string, Model.Article}, CancellationToken)"/>)
/// rebuilt whenever the assigner queues a job because the story changed, stored keyed by the story's article set
/// so that readers serve it (<see cref="IReportStore"/>). The queue (<see cref="IStoryJobQueue"/>) hands a job to one
/// worker at a time and marks it done in the transaction that stores the report.
/// </summary>
public sealed class StoryJobRunner(IStoryJobQueue jobs, IStoryStore stories, StoryAnalyzer analyzer, string workerName)
{
    public StoryJobRunner(PostgresArticleStore store, StoryAnalyzer analyzer, string workerName) : this(new PostgresStoryJobQueue(store), store, analyzer, workerName)
    {
    }

    /// <summary>How long a job waits before it is taken while inputs are still arriving.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Jobs this runner completed (several waiting jobs of one story count as one run).</summary>
    public long Runs { get; private set; }

    /// <summary>Runs the oldest job no other worker holds, with any later jobs of the same story; returns how many jobs it completed.</summary>
    public async Task<int> RunNextAsync(CancellationToken cancellationToken)
    {
        var completed = await jobs.RunNextAsync(Settle, workerName, async (story, token) =>
        {
            var articles = await stories.GetArticlesAsync(story.ArticleIds, token).ConfigureAwait(false);
            return (Json(analyzer.Analyze(story, articles, token)), analyzer.StoredReportKey);
        }, cancellationToken).ConfigureAwait(false);
        if (completed > 0)
        {
            Runs++;
        }

        return completed;
    }

    /// <summary>A story report as the API serves it and the store keeps it (<see cref="StoryJsonWriter.Document"/>).</summary>
    public static string Json(StoryReport report) => System.Text.Encoding.UTF8.GetString(StoryJsonWriter.Document(report));
}
