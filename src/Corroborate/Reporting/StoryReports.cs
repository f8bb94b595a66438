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
    public static ImmutableArray<StoryReport> Build(IEnumerable<Story> stories, IReadOnlyDictionary<string, Article> articles, StoryExtractor? extractor = null,
        StoryCorroborator? corroborator = null, CancellationToken cancellationToken = default)
    {
        extractor ??= new StoryExtractor();
        corroborator ??= new StoryCorroborator();
        var reports = ImmutableArray.CreateBuilder<StoryReport>();
        foreach (var story in stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reports.Add(Build(story, articles, extractor, corroborator));
        }

        return reports.ToImmutable();
    }

    public static StoryReport Build(Story story, IReadOnlyDictionary<string, Article> articles, StoryExtractor extractor, StoryCorroborator? corroborator = null)
    {
        corroborator ??= new StoryCorroborator();
        var errors = ImmutableArray.CreateBuilder<InputError>();
        var copies = story.Duplicates.Select(d => d.ArticleId).ToHashSet(StringComparer.Ordinal);
        // Copies add no reporting of their own: extraction reads the originals, so a syndicated text is not counted twice.
        var originals = story.ArticleIds.Where(id => !copies.Contains(id) && articles.ContainsKey(id)).Select(id => articles[id]).ToList();
        var extraction = originals.Count > 0 ? Extract(story, originals, extractor, errors) : null;
        StoryCorroboration? corroboration = null;
        ImmutableArray<Events.StoryEvent> events = [];
        if (extraction is not null)
        {
            corroboration = Guard(story, "corroboration", errors, () => corroborator.Corroborate(originals, extraction));
            events = Guard(story, "event coding", errors, () => Events.StoryEventCoder.Default.Code(originals, extraction));
        }

        return new StoryReport(story.Id, story.Title, story.ArticleIds, [.. story.Duplicates.Select(d => (d.ArticleId, d.DuplicateOf))],
            story.Keywords, story.FirstSeen, story.LastSeen, extraction)
        {
            Corroboration = corroboration,
            Events = events.IsDefault ? [] : events,
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
