using System.Collections.Immutable;

namespace Corroborate.Reporting;

/// <summary>
/// What a story's briefing holds, decided once: which claims, quotes, dates, events, discrepancies and sources,
/// in which order, cut to <see cref="Limits"/>, each citation already a source number. Markdown, HTML, the JSON
/// briefing and the web page only format it. It is stored with the story's report (the API's <c>"view"</c>), so a
/// stored report prints without analysing the story again. Dates are yyyy-MM-dd text, as every format writes them.
/// Built by <see cref="Of(StoryReport, BriefingLimits?)"/>.
/// </summary>
public sealed partial record BriefingView
{
    public required string StoryId { get; init; }
    public required string Title { get; init; }
    public ImmutableArray<string> Articles { get; init; } = [];
    public ImmutableArray<ViewDuplicate> Duplicates { get; init; } = [];
    public ImmutableArray<string> Keywords { get; init; } = [];
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }

    /// <summary>Failures that belong to the story, in the order the analysis met them.</summary>
    public ImmutableArray<ViewError> Errors { get; init; } = [];

    /// <summary>False when nothing was extracted from the story (every list below is then empty).</summary>
    public bool HasExtraction { get; init; }

    /// <summary>False when the story has no corroboration (no briefing); the lists without a briefing still apply.</summary>
    public bool HasBriefing { get; init; }

    public BriefingLimits Limits { get; init; } = BriefingLimits.Default;

    public string Headline { get; init; } = "";
    public int OutletCount { get; init; }
    public int ClaimCount { get; init; }
    public ImmutableArray<ViewSentence> Summary { get; init; } = [];
    public ImmutableArray<ViewFact> KeyFacts { get; init; } = [];
    public ImmutableArray<ViewDiscrepancy> Discrepancies { get; init; } = [];

    /// <summary>Every quotation grouped by speaker, attributed speakers first (the briefing drops none).</summary>
    public ImmutableArray<ViewSpeaker> Quotes { get; init; } = [];

    /// <summary>Every dated happening, in the timeline's order.</summary>
    public ImmutableArray<ViewDate> Timeline { get; init; } = [];

    public ImmutableArray<ViewEvent> Events { get; init; } = [];
    public ImmutableArray<ViewOutletClaims> OnlyReported { get; init; } = [];

    /// <summary>The story's articles that some outlet tells, numbered in story order: citations are these numbers.</summary>
    public ImmutableArray<ViewSource> Sources { get; init; } = [];

    /// <summary>"Who and where": entities named twice or in several forms.</summary>
    public ImmutableArray<ViewEntity> Entities { get; init; } = [];

    /// <summary>Without a briefing: the timeline entries worth listing.</summary>
    public ImmutableArray<ViewDate> TimelineHighlights { get; init; } = [];

    /// <summary>Without a briefing: attributed quotations by speaker, the most repeated few each.</summary>
    public ImmutableArray<ViewSpeaker> SpeakerQuotes { get; init; } = [];

    /// <summary>Name of the group of quotations no outlet attributes; listed last, never dropped.</summary>
    public const string Unattributed = "Unattributed";
}
