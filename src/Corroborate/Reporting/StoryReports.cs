using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Reporting;

/// <summary>
/// Builds the report of each story: its snapshot from the story index plus extraction over its original
/// articles. One catch site per story and stage: an article that breaks extraction is left out of its
/// story's extraction and named in <see cref="StoryReport.Errors"/>; corroboration or events failing keep
/// what came before them. A report is always returned, so one bad article or story never costs another.
/// </summary>
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
        StoryCorroborator? corroborator = null, CancellationToken cancellationToken = default)
    {
        extractor ??= new StoryExtractor();
        corroborator ??= new StoryCorroborator();
        var reports = ImmutableArray.CreateBuilder<StoryReport>();
        // One registry across the stories, in their order, so the same person in two stories has one entityId.
        var registry = new EntityRegistry();
        foreach (var story in stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
        var errors = ImmutableArray.CreateBuilder<InputError>();
        var copies = story.Duplicates.ToDictionary(d => d.ArticleId, d => d.DuplicateOf, StringComparer.Ordinal);
        // Near copies are read and compared like any article (an updated wire copy may change a toll); they count once
        // as sources. The events keep to the originals, so a syndicated text does not count twice there.
        var members = story.ArticleIds.Where(articles.ContainsKey).Distinct(StringComparer.Ordinal).Select(id => articles[id]).ToList();
        var extraction = members.Count > 0 ? Extract(story, members, extractor, errors) : null;
        // Extract drops members that fail alone, so the originals are taken from what it kept.
        var originals = members.Where(a => !copies.ContainsKey(a.Id)).ToList();
        StoryCorroboration? corroboration = null;
        ImmutableArray<Events.StoryEvent> events = [];
        if (extraction is not null)
        {
            corroboration = Guard(story, "corroboration", errors, () => corroborator.Corroborate(members, extraction, copies));
            events = Guard(story, "event coding", errors, () => Events.StoryEventCoder.Default.Code(originals, WithoutCopies(extraction, copies)));
        }

        // A story is titled by a headline: the story index's when it is one of its articles' titles, else the
        // briefing's (the best headline, or the lead sentence most outlets tell) — never a list of keywords.
        var isHeadline = members.Any(a => string.Equals(a.Title?.Trim(), story.Title, StringComparison.Ordinal));
        var title = !isHeadline && corroboration?.Briefing.Headline is { Length: > 0 } headline ? Shorten(headline) : story.Title;
        var entityIds = extraction is null
            ? ImmutableDictionary<string, string>.Empty
            : Guard(story, "entity identity", errors, () => (registry ?? new EntityRegistry()).Add(story.Id, extraction)) ?? ImmutableDictionary<string, string>.Empty;
        return new StoryReport(story.Id, title, story.ArticleIds, [.. story.Duplicates.Select(d => (d.ArticleId, d.DuplicateOf))],
            story.Keywords, story.FirstSeen, story.LastSeen, extraction)
        {
            Corroboration = corroboration,
            Events = events.IsDefault ? [] : events,
            EntityIds = entityIds,
            Errors = errors.ToImmutable(),
        };
    }

    /// <summary>
    /// Extraction over the story's articles. When it fails, each article is tried alone: those that fail
    /// alone are named and left out, and the story is extracted from the rest.
    /// </summary>
    private static StoryExtraction? Extract(Story story, List<Article> originals, StoryExtractor extractor, ImmutableArray<InputError>.Builder errors)
    {
        try
        {
            return extractor.Extract(originals);
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            var kept = new List<Article>(originals.Count);
            foreach (var article in originals)
            {
                try
                {
                    extractor.Extract([article]);
                    kept.Add(article);
                }
                catch (Exception alone) when (IsRecoverable(alone))
                {
                    errors.Add(new InputError(article.Source, $"article {article.Id} left out of story {story.Id}'s extraction: {Describe(alone)}") { Story = story.Id });
                }
            }

            if (kept.Count == originals.Count || kept.Count == 0)
            {
                if (kept.Count == originals.Count)
                {
                    errors.Add(new InputError($"story {story.Id}", $"extraction failed: {Describe(e)}") { Story = story.Id });
                }

                return null;
            }

            originals.Clear();
            originals.AddRange(kept);
            return Guard(story, "extraction", errors, () => extractor.Extract(kept));
        }
    }

    private static T? Guard<T>(Story story, string stage, ImmutableArray<InputError>.Builder errors, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            errors.Add(new InputError($"story {story.Id}", $"{stage} failed: {Describe(e)}") { Story = story.Id });
            return default;
        }
    }

    private static bool IsRecoverable(Exception e) => Failures.IsRecoverable(e);

    private static string Describe(Exception e) => Failures.Describe(e);
}
