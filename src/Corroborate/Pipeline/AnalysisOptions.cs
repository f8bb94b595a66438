using Corroborate.Corroboration;
using Corroborate.Events;
using Corroborate.Extraction;

namespace Corroborate.Pipeline;

/// <summary>
/// Everything a story's analysis reads, chosen once by whoever composes it (the command line, the server, a
/// worker, a test): the places, the event dictionaries, the stance model and the thresholds. No stage looks up a
/// built-in default itself, so a user's <c>--gazetteer</c> or <c>--dictionaries</c> reaches extraction, corroboration,
/// event coding and export alike. The shared resources are read-only once loaded, so one set serves every thread.
/// </summary>
public sealed record AnalysisOptions
{
    private static readonly Lazy<AnalysisOptions> BuiltIn = new(() => new AnalysisOptions
    {
        Gazetteer = Gazetteer.Default,
        EventDictionaries = EventDictionaries.Default,
        Stance = FncStanceModel.Default,
    });

    /// <summary>Countries, capitals and regions, for entities, quotes, claims' places and events' actors and places.</summary>
    public required Gazetteer Gazetteer { get; init; }

    /// <summary>Verb patterns, actors, agents and discards of the event coder (their own gazetteer gives country actors).</summary>
    public required EventDictionaries EventDictionaries { get; init; }

    /// <summary>Reads how the other articles stand on a story's best-supported claims; none reads no stance.</summary>
    public IStanceModel? Stance { get; init; }

    public ClaimAlignmentOptions Alignment { get; init; } = new();

    public ConflictOptions Conflicts { get; init; } = ConflictOptions.Default;

    public EventCoderOptions? EventCoding { get; init; }

    /// <summary>Stories analysed at once when several are (<see cref="StoryAnalyzer.AnalyzeAll"/>); the output is the same for any value.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// A story reported again as it gains articles (<see cref="StoryAnalyzer.Analyze(Clustering.Story, IReadOnlyDictionary{string, Model.Article}, EntityRegistry?, CancellationToken)"/>:
    /// workers, the server, `story` on an unstored report) is rebuilt whole at fixed sizes, each this share larger than the one before (1, 2, 3, 4, 5, 7,
    /// 9, 12, … 148, 185, 232, 290 at 0.25); between two, each article after the rebuild is placed against the rebuilt entities, claims
    /// and conflicts, one at a time in the story's order (see <c>docs/performance.md</c>, "incremental reports"). Such a report is a
    /// function of the story's articles in their order only: a worker taking its turn at a story, a restarted one and the server
    /// give the same bytes (one without the kept state rebuilds at the last rebuild point and replays the articles after it).
    /// 0 makes every report whole. Batch reports (<see cref="StoryAnalyzer.AnalyzeAll"/>: <c>analyze</c>) are always whole.
    /// </summary>
    public double RebuildGrowth { get; init; } = MeasuredRebuildGrowth;

    /// <summary>The growth between rebuilds chosen by measurement (+10 %, +25 %, +50 %: the least CPU per added article, the same drift).</summary>
    public const double MeasuredRebuildGrowth = 0.25;

    /// <summary>The default options with grown reports between rebuilds at <see cref="MeasuredRebuildGrowth"/> (the default itself).</summary>
    public static AnalysisOptions Grown => Default with { RebuildGrowth = MeasuredRebuildGrowth };

    /// <summary>The default options with every report whole (tools and tests that compare with <c>analyze</c>'s report).</summary>
    public static AnalysisOptions Whole => Default with { RebuildGrowth = 0 };

    /// <summary>The built-in gazetteer, dictionaries and stance model, loaded once.</summary>
    public static AnalysisOptions Default => BuiltIn.Value;

    /// <summary>
    /// The built-in set, with the places of <paramref name="gazetteers"/> added (CountryInfo or countries.tsv files) and
    /// the PETRARCH dictionaries of <paramref name="eventDictionaries"/> in place of the built-in ones when named. The
    /// user's places reach the event dictionaries too (their countries, demonyms and capitals become actors).
    /// </summary>
    /// <param name="namedActors">The built-in dictionaries with Phoenix's named actors (<see cref="EventDictionaries.WithNamedActors"/>); a folder of the user's wins.</param>
    public static AnalysisOptions FromFiles(IReadOnlyCollection<string> gazetteers, string? eventDictionaries = null, bool namedActors = false)
    {
        ArgumentNullException.ThrowIfNull(gazetteers);
        if (gazetteers.Count == 0 && eventDictionaries is null && !namedActors)
        {
            return Default;
        }

        var gazetteer = gazetteers.Count == 0 ? Gazetteer.Default : Gazetteer.WithDictionaries(gazetteers);
        var dictionaries = eventDictionaries is not null
            ? EventDictionaries.FromDirectory(eventDictionaries, gazetteer: gazetteer)
            : (namedActors ? EventDictionaries.WithNamedActors : EventDictionaries.Default).WithGazetteer(gazetteer);
        return Default with { Gazetteer = gazetteer, EventDictionaries = dictionaries };
    }

    public StoryExtractor CreateExtractor() => new(Gazetteer);

    public StoryCorroborator CreateCorroborator() =>
        new(new ClaimExtractor(), new ClaimAligner(Alignment), new BriefingBuilder(), Gazetteer, Stance, Conflicts);

    public StoryEventCoder CreateEventCoder() => new(new EventCoder(EventDictionaries, EventCoding), Gazetteer);
}
