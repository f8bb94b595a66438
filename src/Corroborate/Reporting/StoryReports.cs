using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>Builds the report of each story: its snapshot from the story index plus extraction over its original articles.</summary>
public static class StoryReports
{
    /// <summary>A title longer than this (a lead sentence standing in for a missing headline) is cut at a word.</summary>
    private const int MaxTitle = 120;

    private static string Shorten(string text) =>
        text.Length <= MaxTitle ? text : text[..(text.LastIndexOf(' ', MaxTitle - 1) is var cut and > 60 ? cut : MaxTitle - 1)] + "…";

    /// <summary>The extraction as the event coder saw it before near copies were read: the originals' amounts and quote mentions only.</summary>
    private static StoryExtraction WithoutCopies(StoryExtraction extraction, Dictionary<string, string> copies) => copies.Count == 0
        ? extraction
        : extraction with { Amounts = [.. extraction.Amounts.Where(a => !copies.ContainsKey(a.ArticleId))] };

    public static ImmutableArray<StoryReport> Build(IEnumerable<Story> stories, IReadOnlyDictionary<string, Article> articles, StoryExtractor? extractor = null,
        StoryCorroborator? corroborator = null)
    {
        extractor ??= new StoryExtractor();
        corroborator ??= new StoryCorroborator();
        var reports = ImmutableArray.CreateBuilder<StoryReport>();
        // One registry across the stories, in their order, so the same person in two stories has one entityId.
        var registry = new EntityRegistry();
        foreach (var story in stories)
        {
            reports.Add(Build(story, articles, extractor, corroborator, registry));
        }

        return reports.ToImmutable();
    }

    /// <summary>
    /// One story's report. Its entities get store-wide ids from <paramref name="registry"/> (a registry of this
    /// story alone when none is given: the ids are then those of the story's own fullest names).
    /// </summary>
    public static StoryReport Build(Story story, IReadOnlyDictionary<string, Article> articles, StoryExtractor extractor, StoryCorroborator? corroborator = null,
        EntityRegistry? registry = null)
    {
        corroborator ??= new StoryCorroborator();
        var copies = story.Duplicates.ToDictionary(d => d.ArticleId, d => d.DuplicateOf, StringComparer.Ordinal);
        // Near copies are read and compared like any article (an updated wire copy may change a toll); they count once
        // as sources. The events keep to the originals, so a syndicated text does not count twice there.
        var members = story.ArticleIds.Where(articles.ContainsKey).Distinct(StringComparer.Ordinal).Select(id => articles[id]).ToList();
        var originals = members.Where(a => !copies.ContainsKey(a.Id)).ToList();
        var extraction = members.Count > 0 ? extractor.Extract(members) : null;
        var corroboration = extraction is null ? null : corroborator.Corroborate(members, extraction, copies);
        // A story is titled by a headline: the story index's when it is one of its articles' titles, else the
        // briefing's (the best headline, or the lead sentence most outlets tell) — never a list of keywords.
        var isHeadline = members.Any(a => string.Equals(a.Title?.Trim(), story.Title, StringComparison.Ordinal));
        var title = !isHeadline && corroboration?.Briefing.Headline is { Length: > 0 } headline ? Shorten(headline) : story.Title;
        return new StoryReport(story.Id, title, story.ArticleIds, [.. story.Duplicates.Select(d => (d.ArticleId, d.DuplicateOf))],
            story.Keywords, story.FirstSeen, story.LastSeen, extraction)
        {
            Corroboration = corroboration,
            Events = extraction is null ? [] : Corroborate.Events.StoryEventCoder.Default.Code(originals, WithoutCopies(extraction, copies)),
            EntityIds = extraction is null ? ImmutableDictionary<string, string>.Empty : (registry ?? new EntityRegistry()).Add(story.Id, extraction),
        };
    }
}
