using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Pipeline;

/// <summary>
/// One catch site per story and stage: an article that breaks extraction is left out of its story's extraction and
/// named; corroboration, events or identity failing keep what came before them.
/// </summary>
public sealed partial class StoryAnalyzer
{
    /// <summary>
    /// Extraction over the story's articles. When it fails, each article is tried alone: those that fail
    /// alone are named and left out, and the story is extracted from the rest.
    /// </summary>
    private StoryExtraction? Extract(Story story, List<Article> originals, ImmutableArray<InputError>.Builder errors, ArticleMemo? memo)
    {
        try
        {
            return _extractor.Extract(originals, memo);
        }
        catch (Exception e) when (Failures.IsRecoverable(e))
        {
            var kept = new List<Article>(originals.Count);
            foreach (var article in originals)
            {
                try
                {
                    _extractor.Extract([article], memo);
                    kept.Add(article);
                }
                catch (Exception alone) when (Failures.IsRecoverable(alone))
                {
                    errors.Add(new InputError(article.Source, $"article {article.Id} left out of story {story.Id}'s extraction: {Failures.Describe(alone)}") { Story = story.Id });
                }
            }

            if (kept.Count == originals.Count || kept.Count == 0)
            {
                if (kept.Count == originals.Count)
                {
                    errors.Add(new InputError($"story {story.Id}", $"extraction failed: {Failures.Describe(e)}") { Story = story.Id });
                }

                return null;
            }

            originals.Clear();
            originals.AddRange(kept);
            return Guard(story.Id, "extraction", errors, () => _extractor.Extract(kept, memo));
        }
    }

    private static T? Guard<T>(Story story, string stage, ImmutableArray<InputError>.Builder errors, Func<T> run) => Guard(story.Id, stage, errors, run);

    private static T? Guard<T>(string story, string stage, ImmutableArray<InputError>.Builder errors, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (Failures.IsRecoverable(e))
        {
            errors.Add(new InputError($"story {story}", $"{stage} failed: {Failures.Describe(e)}") { Story = story });
            return default;
        }
    }
}
