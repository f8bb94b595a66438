using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Events;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Reporting;

namespace Corroborate.Pipeline;

/// <summary>
/// One story's analysis, composed in one place: extraction over its articles, corroboration (claims, conflicts,
/// stance, briefing), event coding over the originals, then store-wide entity identity. Built once from an
/// <see cref="AnalysisOptions"/>; its stages are stateless between calls, so one analyzer serves every thread.
/// Each stage is timed into the report's <see cref="StoryReport.Timings"/>; cancellation is honoured between
/// stages. A stage that fails is named in <see cref="StoryReport.Errors"/> and what came before it is kept
/// (see <c>StoryAnalyzer.Isolation.cs</c>), so one bad article or story never costs another.
/// </summary>
public sealed partial class StoryAnalyzer
{
    /// <summary>A title longer than this (a lead sentence standing in for a missing headline) is cut at a word.</summary>
    private const int MaxTitle = 120;

    /// <summary>
    /// A report reads at most this many of a story's articles: the latest to join it (the last in the story's order). The
    /// comparison of claims and values across a story grows faster than the story (every pair of sentences that share words),
    /// so a story of thousands of near-identical articles (a template crawl) took a minute and 2 GB for one report; bounded,
    /// it costs what a 300-article story costs (about a second). Every article stays a member of the story and in its
    /// report's article list; only the comparison reads the window. No story of ECB+ or of the samples comes near it.
    /// </summary>
    internal const int MaxReportArticles = 300;

    private readonly StoryExtractor _extractor;
    private readonly StoryCorroborator _corroborator;
    private readonly StoryEventCoder _events;

    /// <summary>
    /// Per-article results kept between reports of <see cref="Analyze(Story, IReadOnlyDictionary{string, Article}, EntityRegistry?, CancellationToken)"/>
    /// (see <see cref="ArticleMemo"/>): a story that grows is reported again reading only its new articles. The batch paths
    /// (<see cref="AnalyzeAll"/>, <see cref="AnalyzeWithoutIdentity"/>) report each story once and keep nothing.
    /// </summary>
    private readonly ArticleMemo _memo = new();

    /// <summary>
    /// The corroboration of the stories <see cref="Analyze(Story, IReadOnlyDictionary{string, Article}, EntityRegistry?, CancellationToken)"/>
    /// reported last, grown between rebuilds (<see cref="AnalysisOptions.RebuildGrowth"/>); null when every report is whole.
    /// </summary>
    private readonly StoryEpochs? _epochs;

    public StoryAnalyzer(AnalysisOptions options)
        : this(options, null, null)
    {
    }

    /// <summary>An analyzer with some stages given rather than built from <paramref name="options"/> (tests replace one to break it).</summary>
    public StoryAnalyzer(AnalysisOptions options, StoryExtractor? extractor, StoryCorroborator? corroborator = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _extractor = extractor ?? options.CreateExtractor();
        _corroborator = corroborator ?? options.CreateCorroborator();
        _events = options.CreateEventCoder();
        _epochs = options.RebuildGrowth > 0 ? new StoryEpochs(options.RebuildGrowth) : null;
        StoredReportKey = ReferenceEquals(options, AnalysisOptions.Default) && extractor is null && corroborator is null ? Storage.StoryVersions.BuiltInAnalysis : null;
    }

    public AnalysisOptions Options { get; }

    /// <summary>
    /// The analysis key its reports are stored and looked up under (<see cref="Storage.IReportStore"/>): the built-in
    /// analysis of this build only. Null for a user's own places, dictionaries or stages, whose reports are built, never stored.
    /// </summary>
    public string? StoredReportKey { get; }

    /// <summary>The event coder the analysis uses (the same dictionaries and places), for commands that code other text.</summary>
    public StoryEventCoder EventCoder => _events;

    /// <summary>
    /// One story's report. Its entities get store-wide ids from <paramref name="registry"/> (a registry of this story
    /// alone when none is given: the ids are then those of the story's own fullest names).
    /// </summary>
    public StoryReport Analyze(Story story, IReadOnlyDictionary<string, Article> articles, EntityRegistry? registry = null, CancellationToken cancellationToken = default)
    {
        var (report, extraction) = AnalyzeStages(story, articles, _memo, cancellationToken);
        if (registry is null && extraction is not null && _epochs is not null)
        {
            return IdentifyAlone(report, extraction, _epochs.For(story.Id));
        }

        return Identify(report, extraction, registry ?? new EntityRegistry());
    }

    /// <summary>
    /// Identity through a registry of this story alone, redone only when the story's entities' names changed: the ids a fresh
    /// registry gives read nothing of an entity but its id, type, name and variants (a grown story's entities keep theirs while
    /// new articles only add mentions), so the ids of the last report with the same names are the ones it would give.
    /// </summary>
    private static StoryReport IdentifyAlone(StoryReport report, StoryExtraction extraction, StoryEpoch epoch)
    {
        var start = Stopwatch.GetTimestamp();
        var entities = extraction.Entities.Entities;
        lock (epoch)
        {
            if (epoch.Identity is { } kept && SameNames(kept.Entities, entities))
            {
                return report with { EntityIds = kept.Ids, Timings = report.Timings with { Identity = Stopwatch.GetElapsedTime(start) } };
            }

            var identified = Identify(report, extraction, new EntityRegistry());
            epoch.Identity = identified.Errors.Length == report.Errors.Length ? (entities, identified.EntityIds) : null;
            return identified;
        }
    }

    /// <summary>The same entities, in the same order, with the same ids, types, names and variants (all a registry reads of them).</summary>
    private static bool SameNames(ImmutableArray<Entity> a, ImmutableArray<Entity> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && (a[i].Id != b[i].Id || a[i].Type != b[i].Type || a[i].Name != b[i].Name || !a[i].Variants.SequenceEqual(b[i].Variants)))
            {
                return false;
            }
        }

        return true;
    }

    public StoryReport Analyze(Story story, IReadOnlyDictionary<string, Article> articles, CancellationToken cancellationToken) =>
        Analyze(story, articles, null, cancellationToken);

    /// <summary>
    /// The reports of several stories, analysed in parallel (<see cref="AnalysisOptions.MaxParallelism"/>) and returned
    /// in their order. Entity identity runs after, one story at a time in that order, through one registry across the
    /// stories (so the same person in two stories has one entityId): the result is the same as on one thread.
    /// </summary>
    public ImmutableArray<StoryReport> AnalyzeAll(IEnumerable<Story> stories, IReadOnlyDictionary<string, Article> articles, EntityRegistry? registry = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var list = stories as IReadOnlyList<Story> ?? [.. stories];
        var staged = new (StoryReport Report, StoryExtraction? Extraction)[list.Count];
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.MaxParallelism), CancellationToken = cancellationToken },
                i => staged[i] = AnalyzeStages(list[i], articles, null, cancellationToken));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first failure as itself (as one thread would have thrown it), not wrapped.
            cancellationToken.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            throw;
        }

        registry ??= new EntityRegistry();
        var reports = ImmutableArray.CreateBuilder<StoryReport>(list.Count);
        foreach (var (report, extraction) in staged)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reports.Add(Identify(report, extraction, registry));
        }

        return reports.MoveToImmutable();
    }

    /// <summary>
    /// Every stage but entity identity, for callers that stream stories: run this for several stories at once, then
    /// <see cref="Identify(StoryReport, EntityRegistry)"/> one at a time in story order through one registry.
    /// </summary>
    public StoryReport AnalyzeWithoutIdentity(Story story, IReadOnlyDictionary<string, Article> articles, CancellationToken cancellationToken = default) =>
        AnalyzeStages(story, articles, null, cancellationToken).Report;

    /// <summary>Gives the entities of a report from <see cref="AnalyzeWithoutIdentity"/> their store-wide ids.</summary>
    public static StoryReport Identify(StoryReport report, EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(registry);
        return Identify(report, report.Extraction, registry);
    }

    /// <summary>Every stage but identity, which depends on the stories before this one.</summary>
    private (StoryReport Report, StoryExtraction? Extraction) AnalyzeStages(Story story, IReadOnlyDictionary<string, Article> articles, ArticleMemo? memo,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var errors = ImmutableArray.CreateBuilder<InputError>();
        var copies = story.Duplicates.ToDictionary(d => d.ArticleId, d => d.DuplicateOf, StringComparer.Ordinal);
        // Near copies are read and compared like any article (an updated wire copy may change a toll); they count once
        // as sources. The events keep to the originals, so a syndicated text does not count twice there.
        var members = story.ArticleIds.Where(articles.ContainsKey).Distinct(StringComparer.Ordinal).Select(id => articles[id]).ToList();
        var windowed = members.Count > MaxReportArticles;
        if (windowed)
        {
            members.RemoveRange(0, members.Count - MaxReportArticles);
        }
        var start = Stopwatch.GetTimestamp();
        // Only the analyzer's own memo marks a story reported again as it grows: its extraction and corroboration grow between
        // rebuild points. A story past the report window (its first articles change with every new one) is reported whole.
        var epoch = memo is not null && ReferenceEquals(memo, _memo) && !windowed && members.Count > 0 ? _epochs?.For(story.Id) : null;
        if (epoch is not null && memo is not null && Grown(story, members, copies, memo, epoch, cancellationToken) is { } grown)
        {
            var (grownExtraction, grownCorroboration, extractionTime) = grown;
            var done = Stopwatch.GetTimestamp();
            var grownOriginals = members.Where(a => !copies.ContainsKey(a.Id)).ToList();
            cancellationToken.ThrowIfCancellationRequested();
            var grownEvents = Guard(story, "event coding", errors, () => _events.Code(grownOriginals, WithoutCopies(grownExtraction, copies), memo));
            var total = Stopwatch.GetElapsedTime(start, done);
            return (NewReport(story, members, grownExtraction, grownCorroboration, grownEvents, errors,
                new StoryStageTimings(extractionTime, total - extractionTime, Stopwatch.GetElapsedTime(done), TimeSpan.Zero)), grownExtraction);
        }

        var extraction = members.Count > 0 ? Extract(story, members, errors, memo) : null;
        var extracted = Stopwatch.GetTimestamp();
        // Extract drops members that fail alone, so the originals are taken from what it kept.
        var originals = members.Where(a => !copies.ContainsKey(a.Id)).ToList();
        StoryCorroboration? corroboration = null;
        ImmutableArray<StoryEvent> events = [];
        var corroborated = extracted;
        var coded = extracted;
        if (extraction is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            corroboration = Guard(story, "corroboration", errors, () => _corroborator.Corroborate(members, extraction, copies, memo, story.Title));
            corroborated = Stopwatch.GetTimestamp();
            cancellationToken.ThrowIfCancellationRequested();
            events = Guard(story, "event coding", errors, () => _events.Code(originals, WithoutCopies(extraction, copies), memo));
            coded = Stopwatch.GetTimestamp();
        }

        return (NewReport(story, members, extraction, corroboration, events, errors, new StoryStageTimings(Stopwatch.GetElapsedTime(start, extracted),
            Stopwatch.GetElapsedTime(extracted, corroborated), Stopwatch.GetElapsedTime(corroborated, coded), TimeSpan.Zero)), extraction);
    }

    /// <summary>
    /// The extraction and corroboration of a story reported again as it grows (see <see cref="StoryEpoch"/>): whole at a rebuild
    /// point, else grown from the kept state of the rebuild one article at a time. Null when that failed: the kept state is then
    /// dropped (the next report rebuilds) and the story is reported whole, where a failing article is named and left out as
    /// in any whole report.
    /// </summary>
    private (StoryExtraction Extraction, StoryCorroboration Corroboration, TimeSpan ExtractionTime)? Grown(Story story, List<Article> members,
        Dictionary<string, string> copies, ArticleMemo memo, StoryEpoch epoch, CancellationToken cancellationToken)
    {
        var extractionTime = TimeSpan.Zero;
        StoryExtraction ExtractionOf(int count, bool rebuild)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var begin = Stopwatch.GetTimestamp();
            StoryExtraction extraction;
            if (rebuild)
            {
                epoch.Extraction = _extractor.Grow(members.GetRange(0, count), memo);
                extraction = epoch.Extraction.Current;
            }
            else
            {
                // The kept extraction is of the first count − 1 articles, or of all count when the same story is reported again.
                var kept = epoch.Extraction is { } growing && (growing.Articles.Count == count - 1 || growing.Articles.Count == count) ? growing
                    : throw new InvalidOperationException($"story {story.Id}: the kept extraction is not that of its first {count - 1} articles");
                extraction = kept.Articles.Count == count ? kept.Current : kept.Add(members[count - 1], memo);
            }

            extractionTime += Stopwatch.GetElapsedTime(begin);
            return extraction;
        }

        try
        {
            var (corroboration, extraction) = _corroborator.Corroborate(members, copies, memo, story.Title, epoch, ExtractionOf);
            return (extraction, corroboration, extractionTime);
        }
        catch (Exception e) when (Failures.IsRecoverable(e))
        {
            return null;
        }
    }

    private static StoryReport NewReport(Story story, List<Article> members, StoryExtraction? extraction, StoryCorroboration? corroboration,
        ImmutableArray<StoryEvent> events, ImmutableArray<InputError>.Builder errors, StoryStageTimings timings)
    {
        // A story has one title everywhere — the story list (the store's title, the headline that resembles the story most,
        // kept as articles arrive), the report and the headline its briefing leads with (given to the briefing above). When
        // the store's title is no headline of the report's articles, the briefing's headline (or lead sentence) titles it —
        // never a list of keywords.
        var title = IsMemberTitle(members, story.Title) ? story.Title
            : corroboration?.Briefing.Headline is { Length: > 0 } headline ? Shorten(headline) : story.Title;
        return new StoryReport(story.Id, title, story.ArticleIds, [.. story.Duplicates.Select(d => (d.ArticleId, d.DuplicateOf))],
            story.Keywords, story.FirstSeen, story.LastSeen, extraction)
        {
            Corroboration = corroboration,
            Events = events.IsDefault ? [] : events,
            Errors = errors.ToImmutable(),
            Timings = timings,
        };
    }

    /// <summary>Store-wide ids of the story's entities; a failure here is the story's error and leaves it without ids.</summary>
    private static StoryReport Identify(StoryReport report, StoryExtraction? extraction, EntityRegistry registry)
    {
        if (extraction is null)
        {
            return report;
        }

        var start = Stopwatch.GetTimestamp();
        var errors = report.Errors.ToBuilder();
        var story = report.Id;
        var entityIds = Guard(story, "entity identity", errors, () => registry.Add(story, extraction)) ?? ImmutableDictionary<string, string>.Empty;
        return report with
        {
            EntityIds = entityIds,
            Errors = errors.ToImmutable(),
            Timings = report.Timings with { Identity = Stopwatch.GetElapsedTime(start) },
        };
    }

    private static bool IsMemberTitle(IReadOnlyList<Article> members, string? title) =>
        title is not null && members.Any(a => string.Equals(a.Title?.Trim(), title, StringComparison.Ordinal));

    private static string Shorten(string text) =>
        text.Length <= MaxTitle ? text : text[..(text.LastIndexOf(' ', MaxTitle - 1) is var cut and > 60 ? cut : MaxTitle - 1)] + "…";

    /// <summary>The extraction as the event coder saw it before near copies were read: the originals' amounts and quote mentions only.</summary>
    private static StoryExtraction WithoutCopies(StoryExtraction extraction, Dictionary<string, string> copies) => copies.Count == 0
        ? extraction
        : extraction with { Amounts = [.. extraction.Amounts.Where(a => !copies.ContainsKey(a.ArticleId))] };
}
