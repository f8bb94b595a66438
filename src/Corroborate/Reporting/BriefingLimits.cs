namespace Corroborate.Reporting;

/// <summary>
/// How much of a story a briefing shows: the one place these numbers live. <see cref="BriefingView"/> applies
/// the text ones; the web page reads the same numbers from the API's <c>"view"</c> (<c>"limits"</c>), so the
/// page, the Markdown, the HTML and the JSON briefing never disagree on what a briefing holds.
/// </summary>
public sealed record BriefingLimits
{
    public static BriefingLimits Default { get; } = new();

    /// <summary>Key facts shown (the briefing ranks them; the rest stay in the claims table).</summary>
    public int KeyFacts { get; init; } = 10;

    /// <summary>Claims listed under each outlet that alone reports them (the count names them all).</summary>
    public int OnlyReportedPerOutlet { get; init; } = 4;

    /// <summary>Consensus claims listed under each outlet that leaves them out.</summary>
    public int LeftOutPerOutlet { get; init; } = 4;

    /// <summary>Events (who did what to whom) shown: the ones most outlets report.</summary>
    public int Events { get; init; } = 8;

    /// <summary>An event is shown when at least this many outlets report it.</summary>
    public int EventMinOutlets { get; init; } = 2;

    /// <summary>A claim is in the JSON briefing when this many outlets tell it (or outlets differ on it).</summary>
    public int BriefingClaimMinOutlets { get; init; } = 2;

    /// <summary>Claim text quoted beside a discrepancy in text formats (Markdown), in characters; longer is cut with "…".</summary>
    public int DiscrepancyClaimChars { get; init; } = 120;

    /// <summary>The same on the HTML briefing, where the claim sits in a smaller line of its own.</summary>
    public int DiscrepancyClaimCharsHtml { get; init; } = 160;

    /// <summary>Rows of the page's claims table shown before "Show all".</summary>
    public int ClaimsShown { get; init; } = 12;

    /// <summary>Entities in a report's "Who and where" (those named twice or in several forms).</summary>
    public int Entities { get; init; } = 15;

    /// <summary>
    /// A story without a briefing lists its timeline (all of it when it has at most <see cref="TimelineAllUpTo"/>
    /// entries, else the entries two articles share), at most <see cref="Timeline"/> entries.
    /// </summary>
    public int Timeline { get; init; } = 12;

    public int TimelineAllUpTo { get; init; } = 8;

    /// <summary>Quotes per speaker listed for a story without a briefing.</summary>
    public int QuotesPerSpeaker { get; init; } = 5;

    /// <summary>Key points the page draws from the timeline when a story has no briefing.</summary>
    public int KeyPointsFromTimeline { get; init; } = 4;

    /// <summary>Key points the page draws from the quotes when a story has no briefing.</summary>
    public int KeyPointsFromQuotes { get; init; } = 3;
}
