using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Pipeline;

/// <summary>
/// One stored story as a read command shows it: its stored articles, its document (the contract's story object with
/// its <c>"view"</c>, as the API serves it) and the view. <see cref="Report"/> is set only when the story was analysed
/// for this read (no stored report of its current article set); a stored document prints without it.
/// </summary>
public sealed record StoryRead(Story Story, IReadOnlyDictionary<string, Article> Articles, string Document, BriefingView View)
{
    /// <summary>The analysis, when this read built it; null when the stored report was read.</summary>
    public StoryReport? Report { get; init; }

    /// <summary>
    /// Reads story <paramref name="storyId"/>: its stored report when one of its current article set and this analysis
    /// exists (no analysis: O(that story's rows)), else analysed now and the report stored for the next reader. Null when
    /// there is no such story.
    /// </summary>
    public static async Task<StoryRead?> ReadAsync(IArticleStore store, StoryAnalyzer analyzer, string storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analyzer);
        var stories = await StoredStories.OpenAsync(store, cancellationToken).ConfigureAwait(false);
        if (await stories.GetStoryAsync(storyId, cancellationToken).ConfigureAwait(false) is not { } story)
        {
            return null;
        }

        var articles = await StoredStories.ArticlesAsync(stories, story, cancellationToken).ConfigureAwait(false);
        var reports = ArticleStores.Reports(store);
        var articleSet = StoryVersions.ArticleSet(story);
        if (analyzer.StoredReportKey is { } analysis
            && await reports.GetReportAsync(story.Id, articleSet, analysis, cancellationToken).ConfigureAwait(false) is { } stored
            && BriefingViewJson.FromDocument(stored) is { } view)
        {
            return new StoryRead(story, articles, stored, view);
        }

        var report = analyzer.Analyze(story, articles, cancellationToken);
        var document = System.Text.Encoding.UTF8.GetString(StoryJsonWriter.Document(report));
        if (analyzer.StoredReportKey is { } key)
        {
            try
            {
                await reports.PutReportAsync(story.Id, articleSet, key, document, StoryEntities.Of(report).ToJson(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (Failures.IsRecoverable(e))
            {
                // A read-only or busy store: the report is printed all the same, and built again by the next reader.
            }
        }

        return new StoryRead(story, articles, document, BriefingView.Of(report)) { Report = report };
    }
}
