using Corroborate.Clustering;
using Corroborate.Events;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Pipeline.Workers;
using Corroborate.Reporting;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Pipeline;

/// <summary>The analysis composed once: same reports on any number of threads, every stage timed, cancellation between stages, the user's places in every stage.</summary>
public sealed class StoryAnalyzerTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-analyzer-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Samples => Repository.Samples;

    private static async Task<(List<Story> Stories, Dictionary<string, Article> Articles)> IngestAsync(params string[] paths)
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var result = await pipeline.IngestAsync(paths);
        return ([.. pipeline.Stories.Stories()], result.Articles.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal));
    }

    private static List<string> Json(IEnumerable<StoryReport> reports) =>
        [.. reports.Select(r => StoryJobRunner.Json(r) + "\n" + string.Join(",", r.EntityIds.OrderBy(p => p.Key, StringComparer.Ordinal)))];

    [Fact]
    public async Task Stories_analysed_on_several_threads_give_the_reports_and_entity_ids_of_one_thread()
    {
        var (stories, articles) = await IngestAsync(Samples);
        Assert.True(stories.Count >= 4);

        var one = new StoryAnalyzer(AnalysisOptions.Default with { MaxParallelism = 1 }).AnalyzeAll(stories, articles);
        var many = new StoryAnalyzer(AnalysisOptions.Default with { MaxParallelism = 4 }).AnalyzeAll(stories, articles);
        // The registry is shared across stories: the same stories in the other order give other ids to shared
        // entities only if identity really ran in story order, so the one-thread order is the reference.
        var sequential = new EntityRegistry();
        // Whole reports one at a time (the batch never grows a report; Analyze would between rebuild points).
        var byHand = stories.Select(s => new StoryAnalyzer(AnalysisOptions.Whole).Analyze(s, articles, sequential)).ToList();

        Assert.Equal(Json(one), Json(many));
        Assert.Equal(Json(byHand), Json(many));
        Assert.Equal(stories.Select(s => s.Id), many.Select(r => r.Id));
    }

    [Fact]
    public async Task Every_stage_of_a_story_with_articles_is_timed()
    {
        var (stories, articles) = await IngestAsync(Samples);

        var report = new StoryAnalyzer(AnalysisOptions.Default).Analyze(stories.OrderByDescending(s => s.ArticleIds.Length).First(), articles);

        Assert.True(report.Timings.Extraction > TimeSpan.Zero);
        Assert.True(report.Timings.Corroboration > TimeSpan.Zero);
        Assert.True(report.Timings.Events > TimeSpan.Zero);
        Assert.True(report.Timings.Identity > TimeSpan.Zero);
        Assert.Equal(report.Timings.Extraction + report.Timings.Corroboration + report.Timings.Events + report.Timings.Identity, report.Timings.Total);
    }

    [Fact]
    public async Task A_cancelled_analysis_stops_rather_than_returning_a_partial_report()
    {
        var (stories, articles) = await IngestAsync(Samples);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var analyzer = new StoryAnalyzer(AnalysisOptions.Default);

        Assert.ThrowsAny<OperationCanceledException>(() => analyzer.Analyze(stories[0], articles, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => analyzer.AnalyzeAll(stories, articles, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void The_users_places_reach_the_event_dictionaries_and_the_built_in_set_is_kept_otherwise()
    {
        var options = AnalysisOptions.FromFiles([Fixtures.PathOf("Gazetteer/countryinfo-style.txt")]);

        Assert.Same(AnalysisOptions.Default, AnalysisOptions.FromFiles([]));
        Assert.NotSame(AnalysisOptions.Default.Gazetteer, options.Gazetteer);
        Assert.Same(options.Gazetteer, options.EventDictionaries.Gazetteer);
        Assert.NotNull(options.EventDictionaries.Gazetteer!.Find("Zandoria"));
        Assert.Null(AnalysisOptions.Default.EventDictionaries.Gazetteer!.Find("Zandoria"));
        // The verbs are the built-in ones, shared rather than read again.
        Assert.Same(AnalysisOptions.Default.EventDictionaries.Verbs, options.EventDictionaries.Verbs);
        Assert.True(options.EventDictionaries.IsBuiltIn);
    }

    [Fact]
    public void Named_actors_are_asked_for_and_keep_the_built_in_verbs_and_the_users_places()
    {
        var named = AnalysisOptions.FromFiles([], namedActors: true);
        var namedWithPlaces = AnalysisOptions.FromFiles([Fixtures.PathOf("Gazetteer/countryinfo-style.txt")], namedActors: true);

        Assert.NotSame(AnalysisOptions.Default, named);
        Assert.Same(EventDictionaries.WithNamedActors, named.EventDictionaries);
        Assert.Same(AnalysisOptions.Default.EventDictionaries.Verbs, named.EventDictionaries.Verbs);
        Assert.Same(EventDictionaries.WithNamedActors.Actors, namedWithPlaces.EventDictionaries.Actors);
        Assert.NotNull(namedWithPlaces.EventDictionaries.Gazetteer!.Find("Zandoria"));
        Assert.Equal(0, AnalysisOptions.Default.EventDictionaries.Actors.Actors.Count);
    }

    [Fact]
    public async Task A_country_only_the_users_gazetteer_knows_becomes_an_event_actor()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_folder.FullName, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inputs, "a.txt"), """
            Zandoria and Serbia sign trade pact
            date 2025-04-02

            Zandoria signed a trade agreement with Serbia on Wednesday in Belgrade, officials said.
            President Ilsa Morven of Zandoria said the deal would double trade within five years.
            """);
        await File.WriteAllTextAsync(Path.Combine(inputs, "b.txt"), """
            Serbia, Zandoria seal trade deal in Belgrade
            date 2025-04-02

            Zandoria signed a trade agreement with Serbia on Wednesday, the two governments said in Belgrade.
            The agreement cuts tariffs on grain and machinery, Zandorian officials said.
            """);
        var (stories, articles) = await IngestAsync(inputs);
        var story = Assert.Single(stories);

        var builtIn = new StoryAnalyzer(AnalysisOptions.Default).Analyze(story, articles);
        var withPlaces = new StoryAnalyzer(AnalysisOptions.FromFiles([Fixtures.PathOf("Gazetteer/countryinfo-style.txt")])).Analyze(story, articles);

        Assert.DoesNotContain(builtIn.Events, e => e.Source.Code.StartsWith("XAN", StringComparison.Ordinal) || e.Target.Code.StartsWith("XAN", StringComparison.Ordinal));
        Assert.Contains(withPlaces.Events, e => e.Source.Code.StartsWith("XAN", StringComparison.Ordinal) || e.Target.Code.StartsWith("XAN", StringComparison.Ordinal));
    }
}
