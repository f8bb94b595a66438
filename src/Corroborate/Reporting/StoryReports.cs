using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Reporting;

/// <summary>
/// Story reports with the built-in analysis (<see cref="AnalysisOptions.Default"/>): a convenience over
/// <see cref="StoryAnalyzer"/> for tools and tests. Commands, the server and workers compose their own
/// <see cref="StoryAnalyzer"/> from the user's options instead.
/// </summary>
internal static class StoryReports
{
    /// <summary>Every story's report, in parallel and in order, with one entity registry across them (see <see cref="StoryAnalyzer.AnalyzeAll"/>).</summary>
    public static ImmutableArray<StoryReport> Build(IEnumerable<Story> stories, IReadOnlyDictionary<string, Article> articles, StoryExtractor? extractor = null,
        StoryCorroborator? corroborator = null, CancellationToken cancellationToken = default) =>
        new StoryAnalyzer(AnalysisOptions.Default, extractor, corroborator).AnalyzeAll(stories, articles, cancellationToken: cancellationToken);

    /// <summary>
    /// One story's whole report (as <c>analyze</c> gives it, never grown). Its entities get store-wide ids from <paramref name="registry"/> (a registry of this
    /// story alone when none is given: the ids are then those of the story's own fullest names).
    /// </summary>
    public static StoryReport Build(Story story, IReadOnlyDictionary<string, Article> articles, StoryExtractor extractor, StoryCorroborator? corroborator = null,
        EntityRegistry? registry = null) =>
        new StoryAnalyzer(AnalysisOptions.Whole, extractor, corroborator).Analyze(story, articles, registry);
}
