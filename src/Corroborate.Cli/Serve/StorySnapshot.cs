using System.Collections.Frozen;
using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Storage;

namespace Corroborate.Cli.Serve;

/// <summary>
/// The stories and article summaries as of one moment, never mutated: readers take the current snapshot
/// without a lock while a write builds the next one.
/// </summary>
/// <param name="Version">Grows with every write; the story list's ETag.</param>
internal sealed record StorySnapshot(
    long Version,
    ImmutableArray<Story> NewestFirst,
    ImmutableDictionary<string, Story> ById,
    ImmutableDictionary<string, ArticleSummary> Articles,
    FrozenDictionary<string, string> StoryOfArticle)
{
    public IEnumerable<string> OutletsOf(Story story) =>
        story.ArticleIds.Select(id => Articles.GetValueOrDefault(id)?.Outlet).OfType<string>().Distinct(StringComparer.Ordinal);
}
