using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Reporting;

/// <summary>The samples' story reports, analysed once for the Reporting tests.</summary>
internal static class SampleReports
{
    private static readonly Lazy<Task<(IReadOnlyList<StoryReport> Reports, IReadOnlyDictionary<string, Corroborate.Model.Article> Articles)>> Samples = new(LoadAsync);

    public static async Task<IReadOnlyList<StoryReport>> AllAsync() => (await Samples.Value).Reports;

    /// <summary>The samples' articles by id (the reports' members).</summary>
    public static async Task<IReadOnlyDictionary<string, Corroborate.Model.Article>> ArticlesAsync() => (await Samples.Value).Articles;

    private static async Task<(IReadOnlyList<StoryReport>, IReadOnlyDictionary<string, Corroborate.Model.Article>)> LoadAsync()
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var result = await pipeline.IngestAsync([Repository.Samples]);
        var articles = result.Articles.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);
        return (new StoryAnalyzer(AnalysisOptions.Default).AnalyzeAll([.. pipeline.Stories.Stories()], articles), articles);
    }
}
