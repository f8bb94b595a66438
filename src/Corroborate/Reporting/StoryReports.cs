using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>Builds the report of each story: its snapshot from the story index plus extraction over its original articles.</summary>
public static class StoryReports
{
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
        var copies = story.Duplicates.Select(d => d.ArticleId).ToHashSet(StringComparer.Ordinal);
        // Copies add no reporting of their own: extraction reads the originals, so a syndicated text is not counted twice.
        var originals = story.ArticleIds.Where(id => !copies.Contains(id) && articles.ContainsKey(id)).Select(id => articles[id]).ToList();
        var extraction = originals.Count > 0 ? extractor.Extract(originals) : null;
        return new StoryReport(story.Id, story.Title, story.ArticleIds, [.. story.Duplicates.Select(d => (d.ArticleId, d.DuplicateOf))],
            story.Keywords, story.FirstSeen, story.LastSeen, extraction)
        {
            Corroboration = extraction is null ? null : corroborator.Corroborate(originals, extraction),
            Events = extraction is null ? [] : Corroborate.Events.StoryEventCoder.Default.Code(originals, extraction),
            EntityIds = extraction is null ? ImmutableDictionary<string, string>.Empty : (registry ?? new EntityRegistry()).Add(story.Id, extraction),
        };
    }
}
