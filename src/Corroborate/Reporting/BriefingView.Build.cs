using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Corroboration;
using Corroborate.Extraction;

namespace Corroborate.Reporting;

public sealed partial record BriefingView
{
    /// <summary>The view of one analysed story.</summary>
    public static BriefingView Of(StoryReport story, BriefingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        limits ??= BriefingLimits.Default;
        var view = new BriefingView
        {
            StoryId = story.Id,
            Title = story.Title,
            Articles = story.Articles,
            Duplicates = [.. story.Duplicates.Select(d => new ViewDuplicate(d.Id, d.DuplicateOf))],
            Keywords = story.Keywords,
            FirstSeen = Day(story.FirstSeen),
            LastSeen = Day(story.LastSeen),
            Errors = [.. story.Errors.Select(e => new ViewError(e.Source, e.Message, e.Story))],
            HasExtraction = story.Extraction is not null,
            HasBriefing = story.Corroboration is not null,
            Limits = limits,
        };
        if (story.Extraction is not { } extraction)
        {
            return view;
        }

        view = view with { Entities = EntitiesOf(extraction, limits) };
        if (story.Corroboration is not { } corroboration)
        {
            return view with { TimelineHighlights = HighlightsOf(extraction, limits), SpeakerQuotes = SpeakerQuotesOf(extraction, limits) };
        }

        var sources = SourcesOf(story, corroboration);
        var briefing = corroboration.Briefing;
        return view with
        {
            Headline = briefing.Headline,
            OutletCount = briefing.Outlets.Length,
            ClaimCount = corroboration.Claims.Length,
            Sources = [.. sources.Select(s => new ViewSource(s.Value.Number, s.Key, s.Value.Outlet)).OrderBy(s => s.Number)],
            Summary = [.. briefing.Summary.Select(s => new ViewSentence(
                s.Speaker, s.Sentence, [.. s.Citations.Select(c => sources[c].Number)],
                [.. s.Citations.Select(c => s.Sources.FirstOrDefault(m => m.ArticleId == c)?.Text ?? "")]))],
            KeyFacts = [.. briefing.KeyFacts.Select(corroboration.Find).OfType<Claim>().Take(limits.KeyFacts)
                .Select(c => new ViewFact(c.Text, Support(c), c.Outlets, !c.Conflicts.IsEmpty))],
            Discrepancies = [.. corroboration.Claims.SelectMany(c => c.Conflicts.Select(k => DiscrepancyOf(c, k, sources)))],
            Quotes = [.. extraction.Quotes.GroupBy(q => q.SpeakerName ?? Unattributed).OrderBy(g => g.Key == Unattributed)
                .Select(g => new ViewSpeaker(g.Key, [.. g.OrderByDescending(q => q.Mentions.Length).Select(q => QuoteOf(q, sources))]))],
            Timeline = [.. extraction.Timeline.Select(e => DateOf(e, sources))],
            Events = EventsOf(story, sources, limits),
            OnlyReported = [.. briefing.Outlets.Where(o => o.OnlyHere.Length > 0).Select(o => new ViewOutletClaims(
                o.Outlet, o.OnlyHere.Length,
                [.. o.OnlyHere.Select(corroboration.Find).OfType<Claim>().Take(limits.OnlyReportedPerOutlet)
                    .Select(c => new ViewClaim(c.Text, sources[c.Representative.ArticleId].Number))]))],
        };
    }

    /// <summary>Whether a claim belongs in the JSON briefing: several outlets tell it, or they differ on it.</summary>
    public static bool InBriefing(Claim claim, BriefingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return InBriefing(claim.Outlets.Length, !claim.Conflicts.IsEmpty, limits);
    }

    /// <summary>The same from a claim's outlet count and whether outlets differ on it (a stored claim's <c>"outlets"</c>, <c>"conflicts"</c>).</summary>
    public static bool InBriefing(int outlets, bool disputed, BriefingLimits? limits = null) =>
        outlets >= (limits ?? BriefingLimits.Default).BriefingClaimMinOutlets || disputed;

    private static string? Day(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"3 outlets, 1 independent source": copies and shared agency wording count once.</summary>
    private static string Support(Claim claim) => claim.IndependentSources < claim.Outlets.Length
        ? $"{Counts.Of(claim.Outlets.Length, "outlet")}, {Counts.Of(claim.IndependentSources, "independent source")}"
        : claim.Outlets.Length.ToString(CultureInfo.InvariantCulture);

    private static ImmutableArray<int> Cite(IEnumerable<string> articles, Dictionary<string, (int Number, string Outlet)> sources) =>
        [.. articles.Where(sources.ContainsKey).Select(a => sources[a].Number)];

    /// <summary>An update lists its sides in time order, each with its article's day.</summary>
    private static ViewDiscrepancy DiscrepancyOf(Claim claim, ClaimConflict conflict, Dictionary<string, (int Number, string Outlet)> sources) =>
        new(ContractNames.Of(conflict.Field), ContractNames.Of(conflict.Kind), claim.Text, [.. conflict.Values.Select(v => new ViewSide(
            conflict.Field == ConflictField.Speaker ? v.Value : v.Sources.FirstOrDefault()?.Text ?? v.Value,
            conflict.Kind == ConflictKind.Update ? Day(v.Published) : null,
            Cite(v.Articles, sources)))]);

    private static ViewQuote QuoteOf(Quote quote, Dictionary<string, (int Number, string Outlet)> sources)
    {
        var articles = quote.Mentions.Select(m => m.ArticleId).Distinct().ToList();
        return new ViewQuote(quote.Text, Cite(articles, sources), articles.Count, quote.Verbatim, !(quote.Verbatim || quote.Mentions.Length == 1));
    }

    private static ViewDate DateOf(TimelineEntry entry, Dictionary<string, (int Number, string Outlet)> sources) =>
        new(entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ContractNames.Of(entry.Granularity), entry.Description, entry.Articles.Length, Cite(entry.Articles, sources));

    /// <summary>Who did what to whom: the happenings most outlets report first, as CAMEO codes them.</summary>
    private static ImmutableArray<ViewEvent> EventsOf(StoryReport story, Dictionary<string, (int Number, string Outlet)> sources, BriefingLimits limits) =>
        [.. story.Events.Where(e => e.NumSources >= limits.EventMinOutlets).OrderByDescending(e => e.NumSources).ThenByDescending(e => e.NumMentions).Take(limits.Events)
            .Select(e => new ViewEvent(
                e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Source.Name, e.Source.Code, e.Code.Label, e.Code.Code,
                e.Target.Name, e.Target.Code, e.Location, e.NumSources, e.NumMentions, [.. Cite(e.Articles, sources).Order()]))];

    private static ImmutableArray<ViewEntity> EntitiesOf(StoryExtraction extraction, BriefingLimits limits) =>
        [.. extraction.Entities.Entities.Where(e => e.Mentions.Length >= 2 || e.Variants.Length > 1).Take(limits.Entities)
            .Select(e => new ViewEntity(e.Name, e.Type.ToString().ToLowerInvariant(), e.Mentions.Length, e.Articles.Length, [.. e.Variants.Where(v => v != e.Name)]))];

    private static ImmutableArray<ViewDate> HighlightsOf(StoryExtraction extraction, BriefingLimits limits) =>
        [.. extraction.Timeline.Where(t => t.Articles.Length >= 2 || extraction.Timeline.Length <= limits.TimelineAllUpTo).Take(limits.Timeline)
            .Select(e => new ViewDate(e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ContractNames.Of(e.Granularity), e.Description, e.Articles.Length, []))];

    private static ImmutableArray<ViewSpeaker> SpeakerQuotesOf(StoryExtraction extraction, BriefingLimits limits) =>
        [.. extraction.Quotes.Where(q => q.SpeakerName is not null).GroupBy(q => q.SpeakerName!)
            .Select(g => new ViewSpeaker(g.Key, [.. g.OrderByDescending(q => q.Mentions.Length).Take(limits.QuotesPerSpeaker).Select(q =>
            {
                var articles = q.Mentions.Select(m => m.ArticleId).Distinct().Count();
                return new ViewQuote(q.Text, [], articles, q.Verbatim, !q.Verbatim);
            })]))];

    /// <summary>Numbers the story's articles in the order the story lists them, each with its outlet.</summary>
    private static Dictionary<string, (int Number, string Outlet)> SourcesOf(StoryReport story, StoryCorroboration corroboration)
    {
        // An article with no known outlet is named by its own title in the source list, so its outlet is left blank here.
        var outlets = corroboration.Briefing.Outlets.SelectMany(o => o.Articles.Select(a => (a, Outlet: o.Named ? o.Outlet : "")))
            .ToDictionary(x => x.a, x => x.Outlet, StringComparer.Ordinal);
        var sources = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var id in story.Articles.Where(outlets.ContainsKey))
        {
            sources[id] = (sources.Count + 1, outlets[id]);
        }

        return sources;
    }
}
